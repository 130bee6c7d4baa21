package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ReportJson;

/**
 * The audit's fairness section of champion and challenger on the same rows, side by side: per grouping and group,
 * each metric's ratio to the reference group with its interval and flag under both models, and the groups each
 * model flags (its calibration ratio or AUC clearly outside the audit's band). Groups that only the challenger flags
 * are "newly flagged".
 */
final class FairnessComparison {
    private FairnessComparison() {
    }

    static ObjectNode of(JsonNode champion, JsonNode challenger) {
        ObjectNode node = AuditJson.object();
        node.set("ratio_band", champion.path("ratio_band").deepCopy());
        node.set("metrics", champion.path("metrics").deepCopy());
        node.set("metric_labels", champion.path("metric_labels").deepCopy());
        ArrayNode groupings = node.putArray("groupings");
        ArrayNode championFlagged = node.putArray("champion_flagged");
        ArrayNode challengerFlagged = node.putArray("challenger_flagged");
        ArrayNode newlyFlagged = node.putArray("newly_flagged");
        List<JsonNode> first = ReportJson.list(champion.path("groupings"));
        List<JsonNode> second = ReportJson.list(challenger.path("groupings"));
        for (int g = 0; g < first.size(); g++) {
            JsonNode a = first.get(g);
            JsonNode b = second.get(g);
            ObjectNode grouping = groupings.addObject();
            grouping.set("attributes", a.path("attributes").deepCopy());
            grouping.set("reference", a.path("reference").deepCopy());
            String attributes = String.join(" & ", ReportJson.texts(a.path("attributes")));
            ArrayNode groups = grouping.putArray("groups");
            List<JsonNode> groupsA = ReportJson.list(a.path("groups"));
            List<JsonNode> groupsB = ReportJson.list(b.path("groups"));
            for (int i = 0; i < groupsA.size(); i++) {
                JsonNode ga = groupsA.get(i);
                JsonNode gb = groupsB.get(i);
                String name = attributes + ": " + ReportJson.text(ga.path("group"));
                boolean flaggedA = ga.path("flagged").asBoolean();
                boolean flaggedB = gb.path("flagged").asBoolean();
                ObjectNode group = groups.addObject().put("group", ReportJson.text(ga.path("group")))
                        .put("label", ReportJson.text(ga.path("label"))).put("count", ga.path("count").asLong())
                        .put("champion_flagged", flaggedA).put("challenger_flagged", flaggedB);
                group.set("champion_flag_reasons", ga.path("flag_reasons").deepCopy());
                group.set("challenger_flag_reasons", gb.path("flag_reasons").deepCopy());
                ObjectNode metrics = group.putObject("metrics");
                ga.path("metrics").fieldNames().forEachRemaining(metric -> {
                    JsonNode ma = ga.path("metrics").path(metric);
                    JsonNode mb = gb.path("metrics").path(metric);
                    ObjectNode m = metrics.putObject(metric);
                    m.set("champion_ratio", ma.path("ratio").deepCopy());
                    m.set("champion_ratio_interval95", ma.path("ratio_interval95").deepCopy());
                    m.put("champion_flagged", ma.path("flagged").asBoolean());
                    m.set("challenger_ratio", mb.path("ratio").deepCopy());
                    m.set("challenger_ratio_interval95", mb.path("ratio_interval95").deepCopy());
                    m.put("challenger_flagged", mb.path("flagged").asBoolean());
                });
                if (flaggedA) {
                    championFlagged.add(name);
                }
                if (flaggedB) {
                    challengerFlagged.add(name);
                    if (!flaggedA) {
                        newlyFlagged.add(name);
                    }
                }
            }
        }
        return node;
    }
}
