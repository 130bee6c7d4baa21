package no.veiviser.data.synthetic.arbeidssoker;

/** A recorded yes/no value that may be missing (a boolean column with missing values allowed). */
enum YesNoAnswer {
    YES, NO,
    /** Not asked or not answered: a missing value in the data. */
    NOT_ANSWERED;

    static YesNoAnswer of(boolean value) {
        return value ? YES : NO;
    }
}
