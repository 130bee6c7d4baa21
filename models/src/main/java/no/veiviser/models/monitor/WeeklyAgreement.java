package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.veiviser.core.decision.Decision;
import no.veiviser.core.decision.DecisionRecord;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ModelDecisions;
import no.veiviser.models.evaluate.Interval;

/**
 * Caseworker agreement over time: of the monitored model's decisions in a log ({@link ModelDecisions}, as the
 * audit reads them), the share that accepted the suggestion per ISO week of the decision (UTC), with a 95 %
 * Wilson interval, and the change from the first week to the last with a 95 % interval (Newcombe's hybrid
 * score interval of a difference of proportions); the change is flagged when that interval excludes zero.
 */
final class WeeklyAgreement {
    private static final double Z = 1.959963984540054;

    private record Week(long decisions, long accepted) {
        double share() {
            return decisions == 0 ? Double.NaN : (double) accepted / decisions;
        }
    }

    private WeeklyAgreement() {
    }

    static ObjectNode of(Path log, String modelId) {
        ModelDecisions read = ModelDecisions.read(log, modelId);
        TreeMap<String, long[]> counts = new TreeMap<>();
        for (DecisionRecord record : read.decisions()) {
            ZonedDateTime at = record.entry().decidedAt().atZone(ZoneOffset.UTC);
            String week = String.format(Locale.ROOT, "%d-W%02d", at.get(IsoFields.WEEK_BASED_YEAR), at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            long[] tally = counts.computeIfAbsent(week, w -> new long[2]);
            tally[0]++;
            tally[1] += record.entry().decision() == Decision.ACCEPTED ? 1 : 0;
        }
        ObjectNode root = AuditJson.object().put("log", log.getFileName().toString())
                .put("chain_intact", read.verification().intact()).put("decisions", read.decisions().size());
        ArrayNode weeks = root.putArray("weeks");
        Week first = null;
        Week last = null;
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            Week week = new Week(entry.getValue()[0], entry.getValue()[1]);
            ObjectNode node = weeks.addObject().put("week", entry.getKey()).put("decisions", week.decisions())
                    .put("accepted", week.accepted());
            AuditJson.number(node, "agreement_rate", week.share());
            node.set("interval95", pair(wilson(week)));
            first = first == null ? week : first;
            last = week;
        }
        ObjectNode change = root.putObject("change");
        if (first != null && counts.size() > 1) {
            double[] interval = newcombe(last, first);
            change.put("from_week", counts.firstKey()).put("to_week", counts.lastKey());
            AuditJson.number(change, "value", last.share() - first.share());
            change.set("interval95", pair(interval));
            change.put("flagged", interval[0] > 0 || interval[1] < 0);
        } else {
            change.putNull("value").put("flagged", false).put("note", "fewer than two weeks of decisions");
        }
        return root;
    }

    private static ArrayNode pair(double[] interval) {
        return AuditJson.interval(new Interval(interval[0], interval[1]));
    }

    /** Wilson score interval of a proportion. */
    private static double[] wilson(Week week) {
        if (week.decisions() == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double n = week.decisions();
        double p = week.share();
        double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Newcombe's interval of {@code a − b} from the two Wilson intervals. */
    private static double[] newcombe(Week a, Week b) {
        double[] wa = wilson(a);
        double[] wb = wilson(b);
        double d = a.share() - b.share();
        double low = d - Math.sqrt(Math.pow(a.share() - wa[0], 2) + Math.pow(wb[1] - b.share(), 2));
        double high = d + Math.sqrt(Math.pow(wa[1] - a.share(), 2) + Math.pow(b.share() - wb[0], 2));
        return new double[] {low, high};
    }
}
