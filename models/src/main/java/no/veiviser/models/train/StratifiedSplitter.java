package no.veiviser.models.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded stratified splits: every part gets each class in (close to) the same share as the whole
 * data. The same classes and seed always give the same split.
 */
public final class StratifiedSplitter {
    private StratifiedSplitter() {
    }

    /** Splits rows into train / validation / calibration / test by the config's shares. */
    public static DataSplit split(int[] classes, int classCount, TrainingConfig config, long seed) {
        double[] shares = {config.trainShare(), config.validationShare(), config.calibrationShare(), config.testShare()};
        int[][] parts = split(classes, classCount, shares, seed);
        return new DataSplit(parts[0], parts[1], parts[2], parts[3]);
    }

    /** Assigns each row to one of {@code k} folds, stratified by class. */
    public static int[] folds(int[] classes, int classCount, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        }
        double[] shares = new double[k];
        Arrays.fill(shares, 1.0 / k);
        int[][] parts = split(classes, classCount, shares, seed);
        int[] fold = new int[classes.length];
        for (int f = 0; f < k; f++) {
            for (int row : parts[f]) {
                fold[row] = f;
            }
        }
        return fold;
    }

    /** Rows whose fold is {@code f} ({@code inFold}) or is not (otherwise), in increasing order. */
    public static int[] rowsWhere(int[] fold, int f, boolean inFold) {
        return java.util.stream.IntStream.range(0, fold.length).filter(row -> (fold[row] == f) == inFold).toArray();
    }

    /** Splits rows into parts of the given shares (summing to 1); each part in increasing row order. */
    public static int[][] split(int[] classes, int classCount, double[] shares, long seed) {
        List<List<Integer>> parts = new ArrayList<>();
        for (int p = 0; p < shares.length; p++) {
            parts.add(new ArrayList<>());
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int cls = 0; cls < classCount; cls++) {
            int[] rows = rowsOfClass(classes, cls);
            shuffle(rows, random);
            double cumulative = 0;
            int start = 0;
            for (int p = 0; p < shares.length; p++) {
                cumulative += shares[p];
                int end = p == shares.length - 1 ? rows.length : (int) Math.round(cumulative * rows.length);
                for (int i = start; i < end; i++) {
                    parts.get(p).add(rows[i]);
                }
                start = end;
            }
        }
        int[][] result = new int[shares.length][];
        for (int p = 0; p < shares.length; p++) {
            result[p] = parts.get(p).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return result;
    }

    private static int[] rowsOfClass(int[] classes, int cls) {
        return java.util.stream.IntStream.range(0, classes.length).filter(row -> classes[row] == cls).toArray();
    }

    private static void shuffle(int[] rows, SplittableRandom random) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
    }
}
