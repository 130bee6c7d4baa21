package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an audit checked and what it found, read from its {@code report.json}, in plain sentences:
 * one for fairness (or that it could not be checked because the data have no protected attributes),
 * drift, the decision log and the overlap with the training rows. The HTML summary and the command
 * line print the same sentences.
 *
 * @param attributes     protected attributes found in the data (each a grouping of its own)
 * @param pairs          pairs of attributes checked as intersections
 * @param groups         groups checked, over all groupings
 * @param flaggedGroups  groups flagged (treated differently given the outcomes)
 * @param disparities    flagged ratios of base rate, selection rate or error rates (differences to look at, not verdicts)
 * @param features       features checked for drift
 * @param drifted        features above the drift threshold
 * @param driftThreshold the PSI threshold
 * @param decisions      the decision-log sentence
 * @param overlap        the training-overlap sentence
 * @param overlapWarning whether the audited rows were partly seen in training
 * @param recourse       the recourse sentence
 * @param biggerChanges  groups that need bigger changes than their reference group to get the same suggestion
 */
public record AuditFindings(List<String> attributes, int pairs, int groups, int flaggedGroups, int disparities, int features,
                            int drifted, double driftThreshold, String decisions, String overlap, boolean overlapWarning,
                            String recourse, int biggerChanges) {

    public static AuditFindings of(JsonNode report) {
        List<String> attributes = new ArrayList<>();
        int pairs = 0;
        int groups = 0;
        int flaggedGroups = 0;
        int disparities = 0;
        for (JsonNode grouping : ReportJson.list(report.path("fairness").get("groupings"))) {
            List<String> names = ReportJson.texts(grouping.get("attributes"));
            if (names.size() == 1) {
                attributes.add(names.get(0));
            } else {
                pairs++;
            }
            for (JsonNode group : ReportJson.list(grouping.get("groups"))) {
                groups++;
                flaggedGroups += ReportJson.flag(group.get("flagged")) ? 1 : 0;
                for (Map.Entry<String, JsonNode> metric : group.path("metrics").properties()) {
                    if (!FairnessAudit.VERDICT_METRICS.contains(metric.getKey()) && ReportJson.flag(metric.getValue().get("flagged"))) {
                        disparities++;
                    }
                }
            }
        }
        int features = 0;
        int drifted = 0;
        for (JsonNode feature : ReportJson.list(report.path("drift").get("features"))) {
            features++;
            drifted += ReportJson.flag(feature.get("flagged")) ? 1 : 0;
        }
        Double threshold = ReportJson.number(report.path("drift").get("threshold"));
        JsonNode overlap = report.path("training_overlap");
        return new AuditFindings(attributes, pairs, groups, flaggedGroups, disparities, features, drifted,
                threshold == null ? Double.NaN : threshold, decisions(report.path("decisions")),
                overlap.isObject() ? ReportJson.text(overlap.get("summary"))
                        : "training overlap not checked: the report has no training_overlap section",
                ReportJson.flag(overlap.get("warning")), recourse(report.path("recourse")), biggerChanges(report.path("recourse")));
    }

    /** Whether fairness could be checked at all. */
    public boolean fairnessChecked() {
        return !attributes.isEmpty();
    }

    public String fairness() {
        if (!fairnessChecked()) {
            return "fairness not checked: the audited data have no protected attributes";
        }
        return String.format(Locale.ROOT, "fairness checked for %d group%s of %s%s: %s, %s", groups, groups == 1 ? "" : "s",
                String.join(", ", attributes), pairs == 0 ? "" : " and " + pairs + " pair" + (pairs == 1 ? "" : "s") + " of them",
                flaggedGroups == 0 ? "no group flagged" : flaggedGroups + " group" + (flaggedGroups == 1 ? "" : "s") + " flagged",
                disparities == 0 ? "no disparity listed" : disparities + " disparit" + (disparities == 1 ? "y" : "ies")
                        + " listed (flagged differences in base, selection or error rates: to look at, not verdicts)");
    }

    public String drift() {
        String threshold = Double.isNaN(driftThreshold) ? "its threshold" : String.format(Locale.ROOT, "PSI %.1f", driftThreshold);
        return String.format(Locale.ROOT, "drift checked for %d feature%s: %s", features, features == 1 ? "" : "s",
                drifted == 0 ? "none above " + threshold : drifted + " above " + threshold);
    }

    /** Every sentence, in report order. */
    public List<String> sentences() {
        return List.of(fairness(), recourse, drift(), decisions, overlap);
    }

    /** Whether any check raised something a reader must look at. */
    public boolean anythingFound() {
        return flaggedGroups > 0 || disparities > 0 || biggerChanges > 0 || drifted > 0 || overlapWarning || decisions.contains("BROKEN");
    }

    private static String recourse(JsonNode recourse) {
        if (!recourse.isObject()) {
            return "recourse not checked: the report has no recourse section";
        }
        JsonNode overall = recourse.path("overall");
        int bigger = biggerChanges(recourse);
        return String.format(Locale.ROOT, "recourse checked for %d sampled cases: %s with one change, %s with at most two, none found for %s; %s",
                ReportJson.countOrZero(overall.get("cases")), Html.percent(ReportJson.number(overall.get("share_one_change"))),
                Html.percent(ReportJson.number(overall.get("share_at_most_two_changes"))),
                Html.percent(ReportJson.number(overall.get("share_none_found"))),
                bigger == 0 ? "no group needs clearly bigger changes"
                        : bigger + " group" + (bigger == 1 ? " needs" : "s need") + " bigger changes to get the same suggestion");
    }

    private static int biggerChanges(JsonNode recourse) {
        int count = 0;
        for (JsonNode grouping : ReportJson.list(recourse.get("groupings"))) {
            for (JsonNode group : ReportJson.list(grouping.get("groups"))) {
                count += ReportJson.flag(group.get("needs_bigger_changes")) ? 1 : 0;
            }
        }
        return count;
    }

    private static String decisions(JsonNode decisions) {
        if (!decisions.isObject()) {
            return "decisions not checked: no decision log given";
        }
        JsonNode intact = decisions.get("chain_intact");
        Long records = ReportJson.count(decisions.get("records"));
        Long made = ReportJson.count(decisions.get("decisions"));
        long approvals = ReportJson.countOrZero(decisions.path("approvals").get("proposals"));
        Double agreement = ReportJson.number(decisions.path("agreement_rate").get("value"));
        return String.format(Locale.ROOT, "decision log checked: %s records of this model%s, hash chain %s%s",
                records == null ? "no" : String.format(Locale.ROOT, "%,d", records),
                made == null || made.equals(records) ? ""
                        : String.format(Locale.ROOT, " (%,d decisions, %,d of them needing a second approver)", made, approvals),
                intact != null && intact.isBoolean() && !intact.asBoolean() ? "BROKEN" : "intact",
                agreement == null ? "" : String.format(Locale.ROOT, ", agreement %.2f", agreement));
    }
}
