package no.veiviser.models.audit.recourse;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The rows the recourse audit searches: those whose suggestion can move towards the default target
 * (for an ordered target, rows whose suggested class has a lower class; for an unordered one, every
 * row), at most {@code limit} of them, chosen by a seeded shuffle of the eligible rows, so the same
 * data and seed give the same rows.
 *
 * @param eligible how many rows were eligible
 * @param rows     the sampled row indexes, increasing
 */
public record RecourseSample(int eligible, int[] rows) {
    public RecourseSample {
        rows = rows.clone();
    }

    /**
     * @param suggested the suggested class of every row
     * @param ordered   whether the target is ordered (then the lowest class is not eligible)
     * @param limit     the most rows to sample, at least 1
     * @param seed      the shuffle's seed
     */
    public static RecourseSample of(int[] suggested, boolean ordered, int limit, long seed) {
        if (limit < 1) {
            throw new IllegalArgumentException("the recourse sample needs at least one row, got " + limit);
        }
        int[] eligible = IntStream.range(0, suggested.length).filter(row -> !ordered || suggested[row] > 0).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        int size = Math.min(limit, eligible.length);
        // a partial Fisher-Yates shuffle: the first `size` places hold a uniform sample
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(eligible.length - i);
            int swap = eligible[i];
            eligible[i] = eligible[j];
            eligible[j] = swap;
        }
        int[] rows = Arrays.copyOf(eligible, size);
        Arrays.sort(rows);
        return new RecourseSample(eligible.length, rows);
    }

    public int size() {
        return rows.length;
    }

    /** The sampled rows that are also in {@code group} (increasing row indexes), as positions in {@link #rows}. */
    int[] positionsIn(int[] group) {
        return IntStream.range(0, rows.length).filter(i -> Arrays.binarySearch(group, rows[i]) >= 0).toArray();
    }
}
