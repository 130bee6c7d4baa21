package no.veiviser.models.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.decision.Decisions;
import no.veiviser.core.decision.PersonView;
import no.veiviser.core.decision.Proposal;
import no.veiviser.core.decision.JsonLinesDecisionLog;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.InputHashKey;
import no.veiviser.core.suggest.ScoringOptions;
import no.veiviser.core.suggest.CanonicalInput;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.LabelBias;
import no.veiviser.data.synthetic.SyntheticGenerator;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableBuilder;
import no.veiviser.models.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit finds a known label bias and a known shift, and nothing where there is none. */
class AuditReportTest {
    static final String GROUP = "INNVANDRER_UTENFOR_EUROPA";
    static final LabelBias BIAS = new LabelBias("innvandrerbakgrunn", GROUP, 1.5);

    @TempDir
    Path dir;

    private static final SyntheticGenerator ARBEIDSSOKER = SyntheticGenerators.create("arbeidssoker");

    private static JsonNode group(JsonNode report, String attribute, String group) {
        for (JsonNode grouping : report.path("fairness").path("groupings")) {
            if (grouping.path("attributes").size() == 1 && grouping.path("attributes").get(0).asText().equals(attribute)) {
                for (JsonNode g : grouping.path("groups")) {
                    if (g.path("group").asText().equals(group)) {
                        return g;
                    }
                }
            }
        }
        throw new AssertionError("no group " + attribute + "=" + group);
    }

    private static ObjectNode audit(Path bundle, Table data, Optional<Path> decisions) {
        return AuditReport.build(ModelBundle.load(bundle), data, "test data", decisions, 60, 1, message -> { });
    }

    @Test
    void flagsTheGroupWhoseRecordedOutcomesAreBiased() {
        Table biased = ARBEIDSSOKER.generate(new GeneratorOptions(10_000, 22).withLabelBias(BIAS)).table();
        JsonNode report = audit(TestModels.bundle("arbeidssoker"), biased, Optional.empty());
        JsonNode flagged = group(report, "innvandrerbakgrunn", GROUP);
        assertTrue(flagged.path("flagged").asBoolean(), flagged.toPrettyString());
        assertTrue(flagged.path("metrics").path("calibration_ratio").path("flagged").asBoolean(), flagged.toPrettyString());
        assertTrue(flagged.path("flag_reasons").toString().contains("Calibration ratio"), flagged.toPrettyString());
        for (String other : List.of("NORSK", "INNVANDRER_EUROPA", "NORSKFODT_MED_INNVANDRERFORELDRE")) {
            assertFalse(group(report, "innvandrerbakgrunn", other).path("flagged").asBoolean(), other);
        }
        for (String sex : List.of("K", "M")) {
            assertFalse(group(report, "kjonn", sex).path("flagged").asBoolean(), "only the biased group is flagged: " + sex);
        }
    }

    @Test
    void flagsNoGroupOnUnbiasedData() {
        Table unbiased = ARBEIDSSOKER.generate(new GeneratorOptions(10_000, 22)).table();
        JsonNode report = audit(TestModels.bundle("arbeidssoker"), unbiased, Optional.empty());
        JsonNode group = group(report, "innvandrerbakgrunn", GROUP);
        assertFalse(group.path("flagged").asBoolean(), group.toPrettyString());
        for (JsonNode grouping : report.path("fairness").path("groupings")) {
            for (JsonNode g : grouping.path("groups")) {
                assertFalse(g.path("metrics").path("calibration_ratio").path("flagged").asBoolean(),
                        "calibration is fair on unbiased data: " + g.toPrettyString());
            }
        }
        assertEquals(6, report.path("fairness").path("groupings").size(), "3 attributes and 3 pairs");
    }

    @Test
    void flagsDriftInTheShiftedFeatureOnly() {
        Table later = ARBEIDSSOKER.generate(new GeneratorOptions(10_000, 23)).table();
        Table shifted = withFeature(later, "local_unemployment_rate", v -> Math.min(15.0, Math.round((v + 3.0) * 10) / 10.0));
        JsonNode drift = audit(TestModels.bundle("arbeidssoker"), shifted, Optional.empty()).path("drift");
        List<String> drifted = new ArrayList<>();
        drift.path("features").forEach(f -> {
            if (f.path("flagged").asBoolean()) {
                drifted.add(f.path("feature").asText());
            }
        });
        assertEquals(List.of("local_unemployment_rate"), drifted, drift.toPrettyString());

        JsonNode same = audit(TestModels.bundle("arbeidssoker"), later, Optional.empty()).path("drift");
        same.path("features").forEach(f -> assertFalse(f.path("flagged").asBoolean(), f.toString()));
    }

    @Test
    void auditsDecisionsMatchedToTheDataAndWritesHtmlAndJson() throws IOException {
        Table later = ARBEIDSSOKER.generate(new GeneratorOptions(3000, 24)).table();
        Path bundle = TestModels.bundle("arbeidssoker");
        Path log = dir.resolve("decisions.jsonl");
        InputHashKey key = InputHashKey.generate();
        Veiviser veiviser = Veiviser.load(bundle, ScoringOptions.defaults().withInputHashKey(key));
        try (JsonLinesDecisionLog decisionLog = JsonLinesDecisionLog.open(log)) {
            Decisions decisions = new Decisions(decisionLog);
            for (int row = 0; row < 40; row++) {
                Suggestion s = veiviser.suggest(Case.of(CanonicalInput.of(later.schema(), later.featureRow(row)).values()));
                if (row % 4 == 0 && !s.suggestedClass().code().equals("STANDARD_INNSATS")) {
                    decisions.override(s, "STANDARD_INNSATS", "Z1", "Brukeren har fått jobbtilbud og trenger mindre oppfølging.");
                } else {
                    decisions.accept(s, "Z2");
                }
            }
        }
        JsonNode withoutKey = audit(bundle, later, Optional.of(log)).path("decisions");
        assertEquals(0, withoutKey.path("matched_to_data").asInt(), "without the deployment's key no record matches a row");
        assertEquals(40, withoutKey.path("records_hashed_with_another_key").asInt());
        ObjectNode report = AuditReport.build(ModelBundle.load(bundle), later, "test data", Optional.of(log), key, 60, 1, message -> { });
        JsonNode decisions = report.path("decisions");
        assertEquals(40, decisions.path("records").asInt());
        assertEquals(40, decisions.path("matched_to_data").asInt(), "decisions are matched by the keyed input hash");
        assertEquals(0, decisions.path("records_hashed_with_another_key").asInt());
        assertTrue(decisions.path("chain_intact").asBoolean());
        double agreement = decisions.path("agreement_rate").path("value").asDouble();
        assertTrue(agreement >= 0.75 && agreement < 1.0, "agreement " + agreement);
        assertTrue(decisions.path("by_group").size() >= 4);
        assertTrue(decisions.path("override_directions").get(0).path("to").asText().equals("STANDARD_INNSATS"));

        Path html = AuditReport.write(report, dir.resolve("audit"));
        assertTrue(Files.readString(html).contains("<svg"));
        assertTrue(Files.readString(dir.resolve("audit/report.json")).contains("\"fairness\""));
        assertTrue(report.path("explanations").path("top3_share").asDouble() > 0.3);
        assertEquals(4, report.path("explanations").path("dependence").size());
    }

    @Test
    void auditsSecondApprovalsAndThePersonsViews() throws IOException {
        Table later = ARBEIDSSOKER.generate(new GeneratorOptions(400, 25)).table();
        Path bundle = TestModels.bundle("arbeidssoker");
        Path log = dir.resolve("steps.jsonl");
        InputHashKey key = InputHashKey.generate();
        Veiviser veiviser = Veiviser.load(bundle, ScoringOptions.defaults().withInputHashKey(key));
        no.veiviser.core.schema.DecisionRules rules = veiviser.schema().decisionRules();
        assertTrue(rules.needsSecondApprover("VARIG_TILPASSET_INNSATS"), "the shipped arbeidssoker rules: " + rules);
        MutableClock clock = new MutableClock();
        String why = "Helseplagene krever tett oppfølging sammen med fastlegen.";
        List<String> proposals = new java.util.ArrayList<>();
        java.util.Map<String, PersonView> proposalViews = new java.util.HashMap<>();
        java.util.Map<String, java.time.Instant> proposedAt = new java.util.HashMap<>();
        java.time.Instant approvedAt;
        int agrees = 0;
        int asked = 0;
        try (JsonLinesDecisionLog decisionLog = JsonLinesDecisionLog.open(log)) {
            Decisions decisions = new Decisions(decisionLog, clock, false, rules);
            for (int row = 0; row < 60; row++) {
                Suggestion s = veiviser.suggest(Case.of(CanonicalInput.of(later.schema(), later.featureRow(row)).values()));
                boolean toVarig = row % 10 == 3 && !s.suggestedClass().code().equals("VARIG_TILPASSET_INNSATS");
                Proposal proposal = toVarig ? Proposal.choose("VARIG_TILPASSET_INNSATS", "Z1") : Proposal.accept("Z2");
                PersonView view = switch (row % 3) {
                    case 0 -> PersonView.agrees();
                    case 1 -> PersonView.disagrees("Jeg trenger mindre oppfølging enn dette.");
                    default -> PersonView.notAsked();
                };
                var record = decisions.decide(s, proposal.because(why).withPersonView(view));
                if (record.entry().step() == no.veiviser.core.decision.DecisionStep.PROPOSED) {
                    proposals.add(record.entry().decisionId().orElseThrow());
                    proposalViews.put(record.entry().decisionId().orElseThrow(), view);
                    proposedAt.put(record.entry().decisionId().orElseThrow(), record.entry().decidedAt());
                } else if (view.answer() != PersonView.Answer.NOT_ASKED) {
                    asked++;
                    agrees += view.answer() == PersonView.Answer.AGREES ? 1 : 0;
                }
                clock.advance(java.time.Duration.ofMinutes(10));
            }
            assertTrue(proposals.size() >= 6, "proposals: " + proposals.size());
            clock.advance(java.time.Duration.ofHours(5));
            approvedAt = clock.instant();
            decisions.sendBack(proposals.get(0), "Z9", "Vurder spesielt tilpasset innsats først, arbeidsevnen er ikke avklart.");
            for (int p = 1; p < proposals.size() - 1; p++) {
                decisions.approve(proposals.get(p), "Z9", null);
                PersonView view = proposalViews.get(proposals.get(p));
                if (view.answer() != PersonView.Answer.NOT_ASKED) {
                    asked++;
                    agrees += view.answer() == PersonView.Answer.AGREES ? 1 : 0;
                }
            }
        }
        ObjectNode report = AuditReport.build(ModelBundle.load(bundle), later, "test data", Optional.of(log), key, 60, 1, message -> { });
        JsonNode decisions = report.path("decisions");
        int n = proposals.size();
        assertEquals(60 + n - 1, decisions.path("records").asInt(), "every step is a record");
        assertEquals(59, decisions.path("decisions").asInt(), "the sent-back proposal is no decision");
        JsonNode approvals = decisions.path("approvals");
        assertEquals(n, approvals.path("proposals").asInt());
        assertEquals(n - 2, approvals.path("approved").asInt());
        assertEquals(1, approvals.path("sent_back").asInt());
        assertEquals(1, approvals.path("pending").asInt());
        double[] hours = proposals.subList(1, n - 1).stream()
                .mapToDouble(id -> java.time.Duration.between(proposedAt.get(id), approvedAt).toSeconds() / 3600.0).sorted().toArray();
        assertEquals(hours[hours.length - 1], approvals.path("hours_to_approval").path("max").asDouble(), 1e-9);
        assertTrue(approvals.path("hours_to_approval").path("median").asDouble() >= hours[0], approvals.toString());
        JsonNode views = decisions.path("person_views");
        assertEquals(60 - n + (n - 2), views.path("final_decisions").asInt(), "final at once, or approved");
        assertEquals(views.path("final_decisions").asInt(), views.path("recorded").asInt(), "every decision recorded a view");
        assertEquals(asked, views.path("asked").asInt());
        double agreeWithDecision = views.path("agree_with_decision").asDouble();
        assertEquals((double) agrees / asked, agreeWithDecision, 1e-12);
        assertTrue(views.path("agree_with_suggestion").asDouble() <= agreeWithDecision);
        assertTrue(views.path("by_group").size() >= 4, views.toString());
        assertTrue(views.path("by_final_class").size() >= 2);
        List<String> order = veiviser.schema().target().classCodes();
        for (int i = 1; i < views.path("by_final_class").size(); i++) {
            assertTrue(order.indexOf(views.path("by_final_class").get(i - 1).path("class").asText())
                    < order.indexOf(views.path("by_final_class").get(i).path("class").asText()), "rows in class order: " + views);
        }

        String html = Files.readString(AuditReport.write(report, dir.resolve("steps-audit")));
        assertTrue(html.contains("Second approver") && html.contains((n - 2) + " approved, 1 sent back, 1 waiting"), "approvals rendered");
        assertTrue(html.contains("The person's own view") && html.contains("Agreement of persons by group"), "person views rendered");
    }

    /** A clock a test moves by hand. */
    static final class MutableClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-11-30T08:00:00Z");

        void advance(java.time.Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    /** A copy of a table with one feature's values transformed (a shifted population). */
    static Table withFeature(Table table, String feature, DoubleUnaryOperator change) {
        int f = table.schema().featureIndex(feature);
        TableBuilder builder = Table.builder(table.schema(), table.rowCount()).withProtectedAttributes().withTarget();
        for (int row = 0; row < table.rowCount(); row++) {
            builder.id(row, table.id(row)).target(row, table.target(row));
            for (int g = 0; g < table.schema().features().size(); g++) {
                double v = table.feature(g, row);
                builder.feature(g, row, g == f && !Double.isNaN(v) ? change.applyAsDouble(v) : v);
            }
            for (int a = 0; a < table.schema().protectedAttributes().size(); a++) {
                builder.protectedValue(a, row, table.protectedValue(a, row));
            }
        }
        return builder.build();
    }
}
