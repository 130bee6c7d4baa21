package no.veiviser.models.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.TargetSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyFitterTest {
    static TargetSpec target(boolean ordered, String... codes) {
        return new TargetSpec("outcome", "outcome", ordered, new LocalizedText("Utfall", "Outcome"), new LocalizedText("…", "…"),
                java.util.Arrays.stream(codes).map(c -> new Level(c, new LocalizedText(c, c))).toList(), java.util.Map.of(), java.util.Optional.empty());
    }

    /** Rows with about {@code positiveShare} positives and a noisy, informative score (some scores tied, as isotonic maps give). */
    record Split(double[] scores, boolean[] positive) {
        static Split random(long seed, int n, double positiveShare) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] scores = new double[n];
            boolean[] positive = new boolean[n];
            for (int i = 0; i < n; i++) {
                positive[i] = random.nextDouble() < positiveShare;
                double raw = 1 / (1 + Math.exp(-(random.nextGaussian() + (positive[i] ? 1.2 : -0.4) - 1.5)));
                scores[i] = random.nextInt(4) == 0 ? Math.round(raw * 20) / 20.0 : raw;
            }
            return new Split(scores, positive);
        }

        double balancedAccuracy(double threshold) {
            double tp = 0;
            double p = 0;
            double tn = 0;
            double n = 0;
            for (int i = 0; i < scores.length; i++) {
                boolean flag = scores[i] >= threshold;
                if (positive[i]) {
                    p++;
                    tp += flag ? 1 : 0;
                } else {
                    n++;
                    tn += flag ? 0 : 1;
                }
            }
            return 0.5 * (tp / p + tn / n);
        }

        double flaggedShare(double threshold) {
            return java.util.Arrays.stream(scores).filter(s -> s >= threshold).count() / (double) scores.length;
        }
    }

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    /** Seeded property: no threshold gives a better balanced accuracy than the chosen one (checked against every candidate). */
    @ParameterizedTest
    @MethodSource("seeds")
    void theBalancedAccuracyThresholdIsOptimal(long seed) {
        Split split = Split.random(seed, 150 + (int) (seed * 37 % 400), 0.14);
        double threshold = SplitThreshold.balancedAccuracy(split.scores(), split.positive());
        double chosen = split.balancedAccuracy(threshold);
        for (double candidate : split.scores()) {
            assertTrue(split.balancedAccuracy(candidate) <= chosen + 1e-12, "threshold " + candidate + " beats " + threshold);
        }
        for (double s : split.scores()) {
            assertTrue(s != threshold || threshold == java.util.Arrays.stream(split.scores()).min().orElseThrow(),
                    "the threshold lies between scores, not on one");
        }
        assertTrue(split.flaggedShare(threshold) > 0.14, "with 14 % positives, balanced accuracy flags more than the base rate");
    }

    /** Seeded property: the capacity threshold flags at most the share, and as many as ties allow. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theCapacityThresholdFlagsAtMostTheShare(long seed) {
        Split split = Split.random(seed, 200 + (int) (seed * 53 % 500), 0.2);
        double share = 0.05 + (seed % 7) * 0.05;
        double threshold = SplitThreshold.capacity(split.scores(), share);
        double flagged = split.flaggedShare(threshold);
        assertTrue(flagged <= share + 1e-12, "flagged " + flagged + " of at most " + share);
        double nextLower = java.util.Arrays.stream(split.scores()).filter(s -> s < threshold).max().orElse(Double.NaN);
        if (!Double.isNaN(nextLower)) {
            assertTrue(split.flaggedShare(nextLower) > share, "a lower threshold would exceed the capacity");
        }
        assertTrue(flagged > share - 0.06, "ties aside, the capacity is used: " + flagged + " of " + share);
    }

    @Test
    void fitsABinaryBalancedAccuracyPolicyAndReportsItsValidationFigures() {
        Split split = Split.random(3, 2000, 0.14);
        double[][] p = new double[split.scores().length][];
        int[] y = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[] {1 - split.scores()[i], split.scores()[i]};
            y[i] = split.positive()[i] ? 1 : 0;
        }
        FittedPolicy fitted = PolicyFitter.fit(new DecisionGoal("balanced_accuracy", List.of()), target(false, "NEI", "JA"), p, y);
        DecisionPolicy policy = fitted.policy();
        assertEquals(SplitThreshold.balancedAccuracy(split.scores(), split.positive()), policy.threshold(1));
        JsonNode splitFigures = fitted.figures().path("splits").get(0);
        assertEquals("JA", splitFigures.path("at_least").asText());
        assertEquals(split.balancedAccuracy(policy.threshold(1)), splitFigures.path("balanced_accuracy").asDouble(), 1e-12);
        assertEquals(split.flaggedShare(policy.threshold(1)), splitFigures.path("validation_flagged_share").asDouble(), 1e-12);
        JsonNode validation = fitted.figures().path("validation");
        assertEquals(2000, validation.path("rows").asInt());
        assertEquals(split.balancedAccuracy(policy.threshold(1)), validation.path("balanced_accuracy").asDouble(), 1e-12);
        long argmaxPositives = java.util.Arrays.stream(p).filter(row -> DecisionPolicy.argMax(row) == 1).count();
        long policyPositives = java.util.Arrays.stream(policy.decideAll(p)).filter(c -> c == 1).count();
        assertTrue(policyPositives > 3 * Math.max(1, argmaxPositives), policyPositives + " against " + argmaxPositives);
        assertTrue(fitted.summary().get(0).startsWith("threshold policy, chosen on 2,000 validation rows for balanced accuracy"),
                fitted.summary().toString());
    }

    @Test
    void fitsOneThresholdPerSplitOfAnOrderedTarget() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 1500;
        double[][] p = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double latent = random.nextGaussian();
            double[] raw = {Math.exp(-latent), 1, Math.exp(latent), Math.exp(2 * latent - 1)};
            double sum = raw[0] + raw[1] + raw[2] + raw[3];
            p[i] = new double[] {raw[0] / sum, raw[1] / sum, raw[2] / sum, raw[3] / sum};
            double u = random.nextDouble();
            double cumulative = 0;
            y[i] = 3;
            for (int c = 0; c < 4; c++) {
                cumulative += p[i][c];
                if (u < cumulative) {
                    y[i] = c;
                    break;
                }
            }
        }
        TargetSpec ordered = target(true, "A", "B", "C", "D");
        FittedPolicy capacity = PolicyFitter.fit(new DecisionGoal("capacity", List.of(0.5, 0.2, 0.05)), ordered, p, y);
        double[] shares = {0.5, 0.2, 0.05};
        for (int k = 1; k <= 3; k++) {
            JsonNode split = capacity.figures().path("splits").get(k - 1);
            assertEquals(ordered.classes().get(k).code(), split.path("at_least").asText());
            assertTrue(split.path("validation_flagged_share").asDouble() <= shares[k - 1] + 1e-12, split.toString());
            assertTrue(split.path("validation_flagged_share").asDouble() > shares[k - 1] - 0.02, split.toString());
        }
        FittedPolicy balanced = PolicyFitter.fit(new DecisionGoal("balanced_accuracy", List.of()), ordered, p, y);
        assertEquals(3, balanced.policy().thresholds().length);
        for (int decided : balanced.policy().decideAll(p)) {
            assertTrue(decided >= 0 && decided < 4);
        }
    }

    @Test
    void refusesThresholdsForAnUnorderedTargetAndCapacitySharesThatDoNotFit() {
        double[][] p = {{0.5, 0.3, 0.2}, {0.2, 0.3, 0.5}};
        int[] y = {0, 2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyFitter.fit(
                new DecisionGoal("balanced_accuracy", List.of()), target(false, "A", "B", "C"), p, y));
        assertTrue(e.getMessage().contains("needs a binary or ordered target; outcome has 3 unordered classes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PolicyFitter.fit(
                new DecisionGoal("capacity", List.of(0.2)), target(true, "A", "B", "C"), p, y));
        assertTrue(e.getMessage().contains("needs 2 shares, one per class after the first"), e.getMessage());
        FittedPolicy argmax = PolicyFitter.fit(DecisionGoal.argmax(), target(false, "A", "B", "C"), p, y);
        assertEquals(DecisionPolicy.argmax(), argmax.policy());
        assertEquals(1.0, argmax.figures().path("validation").path("accuracy").asDouble(), 1e-12);
    }

    @Test
    void refusesBalancedAccuracyWhenTheValidationRowsHoldOnlyOneSide() {
        double[][] p = {{0.8, 0.2}, {0.6, 0.4}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyFitter.fit(
                new DecisionGoal("balanced_accuracy", List.of()), target(false, "NEI", "JA"), p, new int[] {0, 0}));
        assertTrue(e.getMessage().contains("the validation split has no rows of class ≥ JA"), e.getMessage());
    }
}
