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
