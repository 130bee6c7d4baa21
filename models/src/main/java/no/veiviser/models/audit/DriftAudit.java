package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.veiviser.core.bundle.FeatureProfile;
import no.veiviser.core.bundle.TrainingProfile;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.data.table.Table;
import no.veiviser.models.profile.TrainingProfiler;

/**
 * Drift between the training data ({@code training-profile.json}) and the audited data: the
 * population stability index per feature, over the training profile's decile bins (numbers) or
 * levels (categories and booleans) plus a bin for missing values. PSI above 0.2 is flagged.
 */
public final class DriftAudit {
    public static final double THRESHOLD = 0.2;
    /** Floor for a bin's share, so that an empty bin does not make the index infinite. */
    public static final double FLOOR = 1e-4;

    private DriftAudit() {
    }

    public static ObjectNode of(TrainingProfile profile, Table table) {
        List<ObjectNode> features = new ArrayList<>();
        for (int f = 0; f < table.schema().features().size(); f++) {
            FeatureSpec spec = table.schema().features().get(f);
            var training = profile.feature(spec.name());
            if (training.isEmpty()) {
                continue;
            }
            double psi = psi(expected(training.get(), spec), observed(training.get(), spec, table, f));
            ObjectNode node = AuditJson.object().put("feature", spec.name());
            node.set("label", AuditJson.text(spec.label()));
            node.put("psi", psi);
            node.put("flagged", psi > THRESHOLD);
            features.add(node);
        }
        features.sort(Comparator.comparingDouble((ObjectNode n) -> -n.path("psi").asDouble()));
        ObjectNode root = AuditJson.object().put("threshold", THRESHOLD);
        ArrayNode array = root.putArray("features");
        features.forEach(array::add);
        return root;
    }

    /** Training shares: one per bin or level, then missing. */
    private static double[] expected(FeatureProfile profile, FeatureSpec spec) {
        List<Double> shares = new ArrayList<>();
        if (spec.type() == FeatureType.CATEGORICAL || spec.type() == FeatureType.BOOLEAN) {
            for (String code : codes(spec)) {
                shares.add(profile.levelShares().getOrDefault(code, 0.0) * (1 - profile.missingShare()));
            }
        } else {
            profile.binShares().forEach(s -> shares.add(s * (1 - profile.missingShare())));
        }
        shares.add(profile.missingShare());
        return shares.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] observed(FeatureProfile profile, FeatureSpec spec, Table table, int f) {
        boolean levels = spec.type() == FeatureType.CATEGORICAL || spec.type() == FeatureType.BOOLEAN;
        int bins = levels ? codes(spec).size() : profile.binEdges().size() + 1;
        double[] counts = new double[bins + 1];
        for (int row = 0; row < table.rowCount(); row++) {
            double v = table.feature(f, row);
            if (Double.isNaN(v)) {
                counts[bins]++;
            } else {
                counts[levels ? (int) v : TrainingProfiler.bin(v, profile.binEdges())]++;
            }
        }
        for (int b = 0; b < counts.length; b++) {
            counts[b] /= table.rowCount();
        }
        return counts;
    }

    public static double psi(double[] expected, double[] observed) {
        double psi = 0;
        for (int b = 0; b < expected.length; b++) {
            double e = Math.max(FLOOR, expected[b]);
            double a = Math.max(FLOOR, observed[b]);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    private static List<String> codes(FeatureSpec spec) {
        return spec.type() == FeatureType.BOOLEAN ? List.of("false", "true")
                : spec.levels().stream().map(no.veiviser.core.schema.Level::code).toList();
    }
}
