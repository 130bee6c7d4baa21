package no.veiviser.core.suggest;

/** Why a caseworker must look twice at a suggestion. */
public enum WarningKind {
    /** A value lies outside what the model saw in training, or a category it never saw. */
    OUTSIDE_TRAINING_DATA,
    /** The most likely class is not very likely. */
    LOW_CONFIDENCE
}
