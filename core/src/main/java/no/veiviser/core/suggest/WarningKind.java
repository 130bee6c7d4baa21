package no.veiviser.core.suggest;

/** Why a caseworker must look twice at a suggestion. */
public enum WarningKind {
    /** A value lies outside what the model saw in training, or a category it never saw. */
    OUTSIDE_TRAINING_DATA,
    /** With the argmax policy: the most likely class is not very likely. */
    LOW_CONFIDENCE,
    /** With a threshold policy: a probability that decides the suggestion lies close to its threshold. */
    NEAR_THRESHOLD
}
