package no.veiviser.models.audit.recourse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ProtectedGroups;

/**
 * One grouping of the recourse section: each group's tally of its searched cases, and its
 * {@link GroupComparison} with the reference group (the one with most searched cases). Groups with
 * fewer than {@value #MIN_CASES} searched cases are shown but not compared. A group that needs bigger
 * changes says why; when a group is clearly better off than the reference, the reference says why.
 */
final class RecourseGrouping {
    static final int MIN_CASES = 20;

    private RecourseGrouping() {
    }

    /**
     * @param attributes the grouping's protected attributes (indexes)
     * @param results    the cheapest recourse per sample position; null for a row refused as a case
     * @param resamples  bootstrap weights over the sample positions
     */
    static ObjectNode of(Table data, int[] attributes, RecourseSample sample, CheapestRecourse[] results,
                                       List<int[]> resamples) {
        List<String> names = ProtectedGroups.names(data, attributes);
        List<ProtectedGroups.Group> groups = ProtectedGroups.of(data, attributes);
        List<int[]> positions = new ArrayList<>();
        int reference = -1;
        for (int g = 0; g < groups.size(); g++) {
            int[] inGroup = IntStream.of(sample.positionsIn(groups.get(g).rows())).filter(p -> results[p] != null).toArray();
            positions.add(inGroup);
            if (reference < 0 || inGroup.length > positions.get(reference).length) {
                reference = g;
            }
        }
        ObjectNode node = AuditJson.object();
        ArrayNode attributeNames = node.putArray("attributes");
        names.forEach(attributeNames::add);
        node.put("reference", reference < 0 ? "" : groups.get(reference).key());
        ArrayNode groupNodes = node.putArray("groups");
        List<String> referenceReasons = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            ProtectedGroups.Group group = groups.get(g);
            ObjectNode groupNode = groupNodes.addObject().put("group", group.key()).put("label", group.label())
                    .put("rows", group.rows().length);
            groupNode.setAll(RecourseTally.of(results, positions.get(g)).toJson());
            boolean comparable = g != reference && positions.get(g).length >= MIN_CASES
                    && positions.get(reference).length >= MIN_CASES;
            GroupComparison comparison = comparable
                    ? GroupComparison.of(results, positions.get(g), positions.get(reference), resamples) : null;
            groupNode.put("needs_bigger_changes", comparison != null && comparison.needsBiggerChanges());
            groupNode.set("comparison", comparison == null ? null : comparison.toJson());
            ArrayNode reasons = groupNode.putArray("reasons");
            if (comparison != null) {
                comparison.reasons(groups.get(reference).key()).forEach(reasons::add);
                referenceReasons.addAll(comparison.referenceReasons(group.key()));
            }
        }
        if (!referenceReasons.isEmpty()) {
            ObjectNode referenceNode = (ObjectNode) groupNodes.get(reference);
            referenceNode.put("needs_bigger_changes", true);
            referenceReasons.forEach(((ArrayNode) referenceNode.get("reasons"))::add);
        }
        return node;
    }
}
