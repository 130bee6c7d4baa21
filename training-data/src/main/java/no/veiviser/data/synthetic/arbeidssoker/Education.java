package no.veiviser.data.synthetic.arbeidssoker;

/**
 * Highest completed education as answered at registration.
 *
 * @param level    NUS level 0–8, or {@link JobSeeker#NOT_RECORDED} when not answered
 * @param passed   whether it was passed (bestått)
 * @param approved whether it is approved in Norway (godkjent)
 */
record Education(int level, YesNoAnswer passed, YesNoAnswer approved) {
    /** Highest NUS level. */
    static final int MAX_LEVEL = 8;
}
