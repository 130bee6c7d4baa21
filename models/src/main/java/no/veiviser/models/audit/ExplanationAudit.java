package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Level;

/**
 * Global explanations: mean |TreeSHAP| per feature overall and per class, dependence plots
 * (feature value against its contribution) for the most important features, each for the class
 * where the feature matters most, and how much of a suggestion the top 3 reasons carry.
 */
final class ExplanationAudit {
    /** Features that get a dependence plot. */
    static final int DEPENDENCE_PLOTS = 4;

    private ExplanationAudit() {
    }

    static ObjectNode of(ScoredData data) {
        DatasetSchema schema = data.table.schema();
        int k = data.outputs.size();
        int features = schema.features().size();
        double[] overall = new double[features];
        for (int f = 0; f < features; f++) {
            for (int c = 0; c < k; c++) {
                overall[f] += data.meanAbsContribution[c][f] / k;
            }
        }
        List<Integer> order = IntStream.range(0, features).boxed()
                .sorted(Comparator.comparingDouble((Integer f) -> -overall[f]).thenComparing(f -> f)).toList();
        ObjectNode root = AuditJson.object();
        ArrayNode featureNodes = root.putArray("features");
        for (int f : order) {
            FeatureSpec spec = schema.features().get(f);
            ObjectNode node = featureNodes.addObject().put("feature", spec.name());
            node.set("label", AuditJson.text(spec.label()));
            node.put("mean_abs", overall[f]);
            ObjectNode byClass = node.putObject("mean_abs_by_class");
            for (int c = 0; c < k; c++) {
                byClass.put(data.outputs.get(c), data.meanAbsContribution[c][f]);
            }
        }
        ArrayNode plots = root.putArray("dependence");
        for (int f : order.subList(0, Math.min(DEPENDENCE_PLOTS, order.size()))) {
            plots.add(dependence(data, f));
        }
        ArrayNode outputs = root.putArray("outputs");
        data.outputs.forEach(outputs::add);
        root.put("top3_share", data.topThreeShare);
        root.put("explained_rows", data.explainedRows);
        return root;
    }

    private static ObjectNode dependence(ScoredData data, int feature) {
        DatasetSchema schema = data.table.schema();
        FeatureSpec spec = schema.features().get(feature);
        int cls = 0;
        for (int c = 1; c < data.outputs.size(); c++) {
            if (data.meanAbsContribution[c][feature] > data.meanAbsContribution[cls][feature]) {
                cls = c;
            }
        }
        ObjectNode node = AuditJson.object().put("feature", spec.name());
        node.set("label", AuditJson.text(spec.label()));
        node.put("class", data.outputs.get(cls));
        node.put("categorical", spec.type() == FeatureType.CATEGORICAL);
        ArrayNode levels = node.putArray("levels");
        spec.levels().stream().map(Level::code).forEach(levels::add);
        ArrayNode points = node.putArray("points");
        for (int i = 0; i < data.sampleRows.length; i++) {
            double x = data.table.feature(feature, data.sampleRows[i]);
            if (!Double.isNaN(x)) {
                points.addArray().add(x).add(data.sampleContributions[i][cls][feature]);
            }
        }
        return node;
    }
}
