package no.veiviser.core.recourse;

/** What came of a search for what would change a suggestion. */
public enum RecourseStatus {
    /** At least one set of changes reaches the requested class. */
    FOUND,
    /** No set of changes within the limits reaches it. */
    NONE_FOUND,
    /** The suggestion already is the requested class. */
    ALREADY_SUGGESTED,
    /** No class was requested and there is no default: the suggestion is already the lowest class. */
    NO_LOWER_CLASS,
    /** The case has no value the schema lets a person change (or the model never uses one). */
    NOTHING_ACTIONABLE
}
