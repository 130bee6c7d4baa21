package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.data.table.Table;

/**
 * The groups the audit compares: each protected attribute present in the data, then each pair of
 * them (intersections); within a grouping, one group per combination of values, keyed by the value
 * codes ("K & NORSK") and labelled "nb / en". Rows lacking a value of a grouping's attribute belong to
 * none of its groups. The protected attributes are read from the data for the audit only; the model
 * never sees them.
 */
public final class ProtectedGroups {
    private ProtectedGroups() {
    }

    /**
     * One group of rows.
     *
     * @param key   the value codes joined by " &amp; "
     * @param label the values for people, "nb / en"
     * @param rows  the group's row indexes, increasing
     */
    public record Group(String key, String label, int[] rows) {
    }

    /** Each protected attribute present in the data, then each pair of them (indexes into the schema's protected attributes). */
    public static List<int[]> groupings(Table table) {
        List<Integer> present = IntStream.range(0, table.schema().protectedAttributes().size())
                .filter(table::hasProtectedAttribute).boxed().toList();
        List<int[]> result = new ArrayList<>();
        present.forEach(a -> result.add(new int[] {a}));
        for (int i = 0; i < present.size(); i++) {
            for (int j = i + 1; j < present.size(); j++) {
                result.add(new int[] {present.get(i), present.get(j)});
            }
        }
        return result;
    }

    /** The names of a grouping's attributes. */
    public static List<String> names(Table table, int[] attributes) {
        return IntStream.of(attributes).mapToObj(a -> table.schema().protectedAttributes().get(a).name()).toList();
    }

    /** The non-empty groups of one grouping, in order of their keys. */
    public static List<Group> of(Table table, int[] attributes) {
        Map<String, List<Integer>> rowsByKey = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            StringBuilder key = new StringBuilder();
            StringBuilder label = new StringBuilder();
            boolean complete = true;
            for (int a : attributes) {
                double value = table.protectedValue(a, row);
                if (Double.isNaN(value)) {
                    complete = false;
                    break;
                }
                FeatureSpec spec = table.schema().protectedAttributes().get(a);
                if (!key.isEmpty()) {
                    key.append(" & ");
                    label.append(" & ");
                }
                key.append(spec.format(value));
                label.append(spec.decode(value).map(v -> display(spec, value)).orElse(""));
            }
            if (complete) {
                rowsByKey.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(row);
                labels.putIfAbsent(key.toString(), label.toString());
            }
        }
        return rowsByKey.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), labels.get(e.getKey()), e.getValue().stream().mapToInt(Integer::intValue).toArray()))
                .toList();
    }

    private static String display(FeatureSpec spec, double value) {
        if (spec.levels().isEmpty()) {
            return spec.format(value);
        }
        var level = spec.levels().get((int) value).label();
        return level.nb().equals(level.en()) ? level.nb() : level.nb() + " / " + level.en();
    }
}
