package no.veiviser.data.synthetic.arbeidssoker;

/**
 * Employment history from Aa-registeret and earlier registration spells.
 *
 * @param monthsWorked12          months with employment in the last 12 months
 * @param monthsWorked36          months with employment in the last 36 months
 * @param worked6ContinuousOf12   six continuous months of employment within the last 12 months
 * @param daysSinceLastEmployment days since the last employment ended, or {@link JobSeeker#NOT_RECORDED} if never employed
 * @param registrationsLast5Years earlier job-seeker registration spells in the last five years
 */
record WorkHistory(int monthsWorked12, int monthsWorked36, boolean worked6ContinuousOf12, int daysSinceLastEmployment,
                   int registrationsLast5Years) {
    boolean neverEmployed() {
        return daysSinceLastEmployment == JobSeeker.NOT_RECORDED;
    }
}
