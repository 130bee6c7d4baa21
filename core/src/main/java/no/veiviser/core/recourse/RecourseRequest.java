package no.veiviser.core.recourse;

import java.util.Objects;
import java.util.Optional;

/**
 * What to look for in {@link no.veiviser.core.Veiviser#whatWouldChange}: the class the suggestion
 * should move to, how many features one set of changes may touch, how many sets to return, and how
 * many what-ifs the search may score.
 *
 * @param targetClass the class code to reach; empty for the default: for an ordered target the
 *                    adjacent class towards less follow-up (a shorter leave), for an unordered
 *                    target the second most likely class
 * @param maxChanges  the most features one set of changes may touch, 1 to 3
 * @param results     how many sets of changes to return at most, 1 to 10
 * @param budget      the most what-ifs the search may score, 100 to 1,000,000
 */
public record RecourseRequest(Optional<String> targetClass, int maxChanges, int results, int budget) {
    public static final int MAX_CHANGES = 3;
    public static final int DEFAULT_RESULTS = 3;
    public static final int DEFAULT_BUDGET = 20_000;

    public RecourseRequest {
        Objects.requireNonNull(targetClass, "targetClass");
        if (maxChanges < 1 || maxChanges > MAX_CHANGES) {
            throw new IllegalArgumentException("maxChanges must be 1 to " + MAX_CHANGES + ", got " + maxChanges);
        }
        if (results < 1 || results > 10) {
            throw new IllegalArgumentException("results must be 1 to 10, got " + results);
        }
        if (budget < 100 || budget > 1_000_000) {
            throw new IllegalArgumentException("budget must be 100 to 1000000 what-ifs, got " + budget);
        }
    }

    /** Up to three sets of at most three changes towards the default class. */
    public static RecourseRequest defaults() {
        return new RecourseRequest(Optional.empty(), MAX_CHANGES, DEFAULT_RESULTS, DEFAULT_BUDGET);
    }

    /** The same request towards a given class (its code). */
    public RecourseRequest towards(String classCode) {
        return new RecourseRequest(Optional.of(Objects.requireNonNull(classCode, "classCode")), maxChanges, results, budget);
    }

    public RecourseRequest withMaxChanges(int changes) {
        return new RecourseRequest(targetClass, changes, results, budget);
    }

    public RecourseRequest withResults(int count) {
        return new RecourseRequest(targetClass, maxChanges, count, budget);
    }

    public RecourseRequest withBudget(int whatIfs) {
        return new RecourseRequest(targetClass, maxChanges, results, whatIfs);
    }
}
