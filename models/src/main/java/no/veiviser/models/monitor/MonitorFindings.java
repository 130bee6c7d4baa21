package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a monitoring run found, read from its {@code monitor.json}, in plain sentences (the HTML summary and the
 * command line print the same ones) and the list of what it flags: drifted features, drifted suggested classes or
 * expected outcomes, an estimated metric clearly worse than at training, a clear change in caseworker agreement.
 */
public record MonitorFindings(List<String> sentences, List<String> flags) {
    public MonitorFindings {
        sentences = List.copyOf(sentences);
        flags = List.copyOf(flags);
    }

    public static MonitorFindings of(JsonNode report) {
        List<String> sentences = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        JsonNode metrics = report.path("estimated_performance").path("overall").path("metrics");
        sentences.add("Estimated from the calibrated probabilities: accuracy " + estimate(metrics.path("accuracy"))
                + ", macro AUC " + estimate(metrics.path("auc_macro")));
        metrics.properties().forEach(metric -> {
            if (metric.getValue().path("worse_than_at_training").asBoolean()) {
                flags.add("ESTIMATED PERFORMANCE " + metric.getKey() + ": " + estimate(metric.getValue()));
            }
        });
        List<String> drifted = new ArrayList<>();
        JsonNode features = report.path("drift").path("features");
        features.forEach(f -> {
            if (f.path("flagged").asBoolean()) {
                drifted.add(f.path("feature").asText());
                flags.add(String.format(Locale.ROOT, "DRIFT %s: PSI %.3f", f.path("feature").asText(), f.path("psi").asDouble()));
            }
        });
        sentences.add(String.format(Locale.ROOT, "Feature drift: %d of %d features above PSI %.2f%s", drifted.size(), features.size(),
                report.path("drift").path("threshold").asDouble(), drifted.isEmpty() ? "" : " (" + String.join(", ", drifted) + ")"));
        JsonNode prediction = report.path("prediction_drift");
        sentences.add("Suggested classes against the bundle's test rows: PSI " + psi(prediction.path("suggested_classes"))
                + "; expected outcomes against the test rows' classes: PSI " + psi(prediction.path("expected_outcomes")));
        for (String part : List.of("suggested_classes", "expected_outcomes")) {
            if (prediction.path(part).path("flagged").asBoolean()) {
                flags.add("PREDICTION DRIFT " + part.replace('_', ' ') + ": PSI " + psi(prediction.path(part)));
            }
        }
        JsonNode warnings = report.path("warnings");
        sentences.add(String.format(Locale.ROOT, "Warnings: %.1f %% of the rows have a value outside the training data, %.1f %% are %s",
                100 * warnings.path("outside_training_data").path("share").asDouble(), 100 * warnings.path("uncertain").path("share").asDouble(),
                warnings.path("uncertain").path("kind").asText().toLowerCase(Locale.ROOT).replace('_', ' ')));
        JsonNode top = report.path("reasons").path("top_reason").path(0);
        if (!top.isMissingNode()) {
            JsonNode reference = report.path("reasons").path("reference");
            sentences.add(String.format(Locale.ROOT, "The most common top reason is %s (%.1f %% of the rows)%s", top.path("feature").asText(),
                    100 * top.path("share").asDouble(), reference.isObject()
                            ? String.format(Locale.ROOT, "; top reasons against the bundle's held-out rows: PSI %.3f", reference.path("psi").asDouble())
                            : ""));
            if (reference.path("flagged").asBoolean()) {
                flags.add(String.format(Locale.ROOT, "REASON DRIFT: PSI %.3f", reference.path("psi").asDouble()));
            }
        }
        sentences.add(decisions(report.path("decisions"), flags));
        return new MonitorFindings(sentences, flags);
    }

    private static String decisions(JsonNode decisions, List<String> flags) {
        if (!decisions.isObject()) {
            return "Caseworker agreement not monitored: no decision log was given";
        }
        if (!decisions.path("chain_intact").asBoolean(true)) {
            flags.add("DECISION LOG: the hash chain of " + decisions.path("log").asText() + " is broken");
        }
        JsonNode change = decisions.path("change");
        if (!change.path("value").isNumber()) {
            return String.format(Locale.ROOT, "Caseworker agreement: %d decisions, %s", decisions.path("decisions").asInt(),
                    change.path("note").asText("no change to measure"));
        }
        String sentence = String.format(Locale.ROOT, "Caseworker agreement changed by %+.3f from %s to %s (95 %% interval %s)",
                change.path("value").asDouble(), change.path("from_week").asText(), change.path("to_week").asText(),
                interval(change.path("interval95")));
        if (change.path("flagged").asBoolean()) {
            flags.add("AGREEMENT " + sentence);
        }
        return sentence;
    }

    private static String estimate(JsonNode metric) {
        String text = String.format(Locale.ROOT, "%.3f (95 %% interval %s)", metric.path("value").asDouble(Double.NaN),
                interval(metric.path("interval95")));
        return metric.path("at_training").isNumber()
                ? text + String.format(Locale.ROOT, " against %.3f on the test rows", metric.path("at_training").asDouble()) : text;
    }

    private static String interval(JsonNode pair) {
        return pair.path(0).isNumber() && pair.path(1).isNumber()
                ? String.format(Locale.ROOT, "%.3f–%.3f", pair.path(0).asDouble(), pair.path(1).asDouble()) : "n/a";
    }

    private static String psi(JsonNode part) {
        return part.path("psi").isNumber() ? String.format(Locale.ROOT, "%.3f", part.path("psi").asDouble()) : "n/a";
    }
}
