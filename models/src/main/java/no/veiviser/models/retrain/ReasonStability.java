package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ScoredData;
import no.veiviser.models.evaluate.Bootstrap;

/**
 * Whether the two models give a case the same reasons: per case, the Jaccard index of the champion's and the
 * challenger's top-{@value ScoredData#TOP_REASONS} reason features (each explaining its own suggestion, as a caseworker
 * would read it), averaged over the cases with a bootstrap 95 % interval, for all cases and split by whether the two
 * suggest the same class; how the per-case values are spread; and per feature, the share of cases whose top reasons
 * hold it under each model.
 */
final class ReasonStability {
    private ReasonStability() {
    }

    static ObjectNode of(ScoredData champion, ScoredData challenger, List<String> featureNames, int rounds, long seed) {
        int n = champion.suggested().length;
        double[] jaccard = new double[n];
        boolean[] sameSuggestion = new boolean[n];
        long[][] holding = new long[2][featureNames.size()];
        for (int row = 0; row < n; row++) {
            int[] a = champion.topReasons(row);
            int[] b = challenger.topReasons(row);
            jaccard[row] = SetOverlap.jaccard(a, b);
            sameSuggestion[row] = champion.suggested()[row] == challenger.suggested()[row];
            for (int f : a) {
                holding[0][f]++;
            }
            for (int f : b) {
                holding[1][f]++;
            }
        }
        ObjectNode node = AuditJson.object().put("top_reasons", ScoredData.TOP_REASONS).put("rows", n);
        node.put("definition", "per case, |A ∩ B| ÷ |A ∪ B| of the two models' top-" + ScoredData.TOP_REASONS
                + " reason features (largest |contribution| to each model's own suggestion), averaged over the cases");
        mean(node.putObject("all"), jaccard, null, true, rounds, seed);
        mean(node.putObject("same_suggestion"), jaccard, sameSuggestion, true, rounds, seed);
        mean(node.putObject("different_suggestion"), jaccard, sameSuggestion, false, rounds, seed);
        Map<Double, Integer> spread = new TreeMap<>();
        for (double value : jaccard) {
            spread.merge(Math.round(value * 1000) / 1000.0, 1, Integer::sum);
        }
        ArrayNode distribution = node.putArray("distribution");
        spread.forEach((value, count) -> {
            ObjectNode bin = distribution.addObject().put("jaccard", value).put("rows", count);
            AuditJson.number(bin, "share", (double) count / n);
        });
        ArrayNode features = node.putArray("features");
        for (int f = 0; f < featureNames.size(); f++) {
            if (holding[0][f] + holding[1][f] == 0) {
                continue;
            }
            ObjectNode feature = features.addObject().put("feature", featureNames.get(f));
            AuditJson.number(feature, "champion_share", (double) holding[0][f] / n);
            AuditJson.number(feature, "challenger_share", (double) holding[1][f] / n);
        }
        return node;
    }

    /** The mean of the values whose flag equals {@code keep} (all values when {@code flags} is null). */
    private static void mean(ObjectNode node, double[] values, boolean[] flags, boolean keep, int rounds, long seed) {
        boolean[] include = null;
        int count = values.length;
        if (flags != null) {
            include = new boolean[values.length];
            count = 0;
            for (int row = 0; row < values.length; row++) {
                include[row] = flags[row] == keep;
                count += include[row] ? 1 : 0;
            }
        }
        Bootstrap.Mean mean = Bootstrap.mean(values, include, rounds, seed);
        node.put("rows", count);
        AuditJson.number(node, "mean_jaccard", mean.value());
        node.set("interval95", AuditJson.interval(mean.interval95()));
    }
}
