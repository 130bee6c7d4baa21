package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.suggest.ScoringOptions;
import no.veiviser.core.suggest.WarningKind;
import no.veiviser.models.audit.AuditJson;

/**
 * The warnings caseworkers saw: the share of rows with a value outside the training data (any feature, and per
 * feature), and the share whose suggestion was uncertain — low confidence under the argmax policy, a deciding
 * probability near its threshold under a threshold policy — with the default {@link ScoringOptions}.
 */
final class WarningShares {
    private WarningShares() {
    }

    static ObjectNode of(MonitoredRows data, DecisionPolicy policy) {
        List<FeatureSpec> features = data.table.schema().features();
        long outside = 0;
        long uncertain = 0;
        long[] byFeature = new long[features.size()];
        for (int row = 0; row < data.rowCount(); row++) {
            boolean any = false;
            for (int f = 0; f < byFeature.length; f++) {
                if (data.outsideTraining[row][f]) {
                    byFeature[f]++;
                    any = true;
                }
            }
            outside += any ? 1 : 0;
            uncertain += data.uncertain[row] ? 1 : 0;
        }
        double n = Math.max(1, data.rowCount());
        ScoringOptions options = ScoringOptions.defaults();
        ObjectNode root = AuditJson.object();
        ObjectNode outsideNode = root.putObject("outside_training_data").put("rows", outside).put("share", outside / n);
        ArrayNode perFeature = outsideNode.putArray("by_feature");
        for (int f = 0; f < byFeature.length; f++) {
            if (byFeature[f] > 0) {
                ObjectNode node = perFeature.addObject().put("feature", features.get(f).name());
                node.set("label", AuditJson.text(features.get(f).label()));
                node.put("rows", byFeature[f]).put("share", byFeature[f] / n);
            }
        }
        boolean argmax = policy.isArgmax();
        root.putObject("uncertain").put("kind", (argmax ? WarningKind.LOW_CONFIDENCE : WarningKind.NEAR_THRESHOLD).name())
                .put("rule", argmax ? "the suggested class's probability is below " + options.lowConfidenceBelow()
                        : "a deciding probability lies within " + options.nearThresholdWithin() + " of its threshold")
                .put("rows", uncertain).put("share", uncertain / n);
        return root;
    }
}
