package no.veiviser.models.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.decision.Decisions;
import no.veiviser.core.decision.JsonLinesDecisionLog;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.TestModels;
import no.veiviser.models.audit.HeadlessChromium;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.train.TrainingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Champion–challenger on generated arbeidssoker data. The champion is trained on 2,000 rows; a challenger trained on
 * 16,000 new rows with the champion's settings must win by more than noise and be promoted; one trained on new rows
 * whose outcomes were shuffled must lose on real held-out rows and be kept, and one compared on its own shuffled
 * test split (where every model looks alike) must be kept because it learnt nothing beyond the class shares.
 */
class RetrainReportTest {
    private static final int CHAMPION_ROWS = 2_000;
    private static final int NEW_ROWS = 16_000;
    private static final int DECISIONS = 600;
    private static final int ROUNDS = 60;

    @TempDir
    static Path dir;
    private static Path champion;
    private static Path log;
    private static ObjectNode moreData;
    private static ObjectNode shuffledOnRealRows;
    private static ObjectNode shuffledEverywhere;

    @BeforeAll
    static void retrain() throws IOException {
        TrainingConfig config = TrainingConfig.withOverrides(TestModels.SMALL,
                new ObjectMapper().createObjectNode().put("calibration", "temperature"), "tests");
        champion = dir.resolve("champion");
        BundleWriter.write(new TrainingPipeline(config, 7, message -> { }).run(generate(CHAMPION_ROWS, 5)), champion);
        ModelBundle bundle = ModelBundle.load(champion);
        RetrainOptions options = RetrainOptions.defaults().withBootstrapRounds(ROUNDS);

        Table fresh = generate(NEW_ROWS, 9);
        log = dir.resolve("decisions.jsonl");
        knowingCaseworkers(fresh, log);
        moreData = RetrainReport.build(bundle, RetrainData.of(fresh, "fresh.csv"), dir.resolve("more/challenger"),
                options.withDecisions(log, no.veiviser.core.suggest.InputHashKey.defaultKey()), message -> { });
        RetrainReport.write(moreData, dir.resolve("more"));

        Table shuffled = shuffle(generate(8_000, 13), 3);
        shuffledOnRealRows = RetrainReport.build(bundle, RetrainData.of(shuffled, "shuffled.csv").withHoldout(generate(4_000, 17), "real.csv"),
                dir.resolve("shuffled/challenger"), options.withoutSeedCheck(), message -> { });
        shuffledEverywhere = RetrainReport.build(bundle, RetrainData.of(shuffle(generate(6_000, 19), 4), "shuffled.csv"),
                dir.resolve("everywhere/challenger"), options.withoutSeedCheck(), message -> { });
    }

    @Test
    void aChallengerTrainedOnMoreDataWinsByMoreThanNoiseAndIsPromoted() {
        assertEquals("promote", moreData.path("recommendation").path("verdict").asText(), moreData.path("recommendation").toString());
        JsonNode logLoss = metric(moreData, "log_loss");
        assertEquals("challenger", logLoss.path("favours").asText(), logLoss.toString());
        assertEquals(logLoss.path("champion").asDouble() - logLoss.path("challenger").asDouble(), logLoss.path("improvement").asDouble(), 1e-12);
        assertTrue(metric(moreData, "auc_macro").path("improvement").asDouble() > 0, metric(moreData, "auc_macro").toString());
        moreData.path("recommendation").path("checks").forEach(check -> assertTrue(check.path("passed").asBoolean(), check.toString()));
        assertEquals(NEW_ROWS / 5, moreData.path("held_out_rows").asInt(), 2);
        assertTrue(Files.isRegularFile(dir.resolve("more/challenger/manifest.json")), "the challenger's bundle is written");
    }

    @Test
    void aChallengerTrainedOnShuffledOutcomesLosesOnRealRowsAndIsKept() {
        assertEquals("keep", shuffledOnRealRows.path("recommendation").path("verdict").asText());
        assertEquals("champion", metric(shuffledOnRealRows, "log_loss").path("favours").asText());
        assertEquals("champion", metric(shuffledOnRealRows, "auc_macro").path("favours").asText());
        assertEquals(4_000, shuffledOnRealRows.path("held_out_rows").asInt());
        assertTrue(shuffledOnRealRows.path("held_out").asText().contains("real.csv"));
    }

    @Test
    void aChallengerThatLearntNothingIsKeptEvenWhereEveryModelLooksAlike() {
        JsonNode checks = shuffledEverywhere.path("recommendation").path("checks");
        assertEquals("keep", shuffledEverywhere.path("recommendation").path("verdict").asText(), checks.toString());
        JsonNode learnt = find(checks, "learnt more than the class shares");
        assertTrue(!learnt.path("passed").asBoolean(), learnt.toString());
    }

    @Test
    void groupsTooSmallForTheirIntervalsAreNeverFlagged() {
        int small = 0;
        for (ObjectNode report : List.of(moreData, shuffledOnRealRows, shuffledEverywhere)) {
            for (JsonNode grouping : report.path("fairness").path("groupings")) {
                for (JsonNode group : grouping.path("groups")) {
                    if (group.path("count").asInt() < no.veiviser.models.audit.FairnessAudit.MIN_FLAGGED_ROWS) {
                        small++;
                        assertTrue(!group.path("champion_flagged").asBoolean() && !group.path("challenger_flagged").asBoolean(), group.toString());
                    }
                }
            }
        }
        assertTrue(small > 0, "the intersections of the generated data include small groups");
    }

    @Test
    void theSameChampionDataAndSeedGiveTheSameReport() {
        ObjectNode again = RetrainReport.build(ModelBundle.load(champion), RetrainData.of(shuffle(generate(6_000, 19), 4), "shuffled.csv"),
                dir.resolve("again/challenger"), RetrainOptions.defaults().withBootstrapRounds(ROUNDS).withoutSeedCheck(), message -> { });
        ObjectNode first = shuffledEverywhere.deepCopy();
        for (ObjectNode report : List.of(first, again)) {
            // When it was made, and so the sealed bundle's hash, is all that may differ.
            report.remove("generated_at");
            ((ObjectNode) report.path("challenger")).remove(List.of("created_at", "bundle_sha256"));
        }
        assertEquals(first, again);
    }

    @Test
    void agreementReasonsAndTopRiskAreMeasuredOnTheSameRows() {
        int rows = moreData.path("held_out_rows").asInt();
        JsonNode agreement = moreData.path("agreement");
        long total = 0;
        long same = 0;
        for (int a = 0; a < agreement.path("cross_table").size(); a++) {
            for (int b = 0; b < agreement.path("cross_table").get(a).size(); b++) {
                total += agreement.path("cross_table").get(a).get(b).asLong();
                same += a == b ? agreement.path("cross_table").get(a).get(b).asLong() : 0;
            }
        }
        assertEquals(rows, total);
        assertEquals((double) same / rows, agreement.path("share").asDouble(), 1e-12);
        JsonNode reasons = moreData.path("reason_stability");
        double jaccard = reasons.path("all").path("mean_jaccard").asDouble();
        assertTrue(jaccard > 0 && jaccard <= 1, reasons.toString());
        assertEquals(rows, reasons.path("same_suggestion").path("rows").asInt() + reasons.path("different_suggestion").path("rows").asInt());
        double shares = 0;
        for (JsonNode bin : reasons.path("distribution")) {
            shares += bin.path("share").asDouble();
        }
        assertEquals(1, shares, 1e-9);
        JsonNode seed = moreData.path("seed_stability");
        double topRisk = seed.path("top_risk_jaccard").asDouble();
        assertTrue(topRisk > 0 && topRisk <= 1, seed.toString());
        assertEquals(topRisk >= 0.8, seed.path("stable").asBoolean());
        assertEquals((int) Math.ceil(rows * 0.1), seed.path("top_risk_rows").asInt());
    }

    @Test
    void overridesTowardsTheOutcomeShowAsBetterThanTheSuggestions() {
        JsonNode overrides = moreData.path("overrides");
        assertEquals(DECISIONS, overrides.path("decisions").asInt());
        assertEquals(DECISIONS, overrides.path("matched_to_data").asInt());
        assertTrue(overrides.path("chain_intact").asBoolean());
        assertEquals("overrides_better", overrides.path("verdict").asText(), overrides.toString());
        JsonNode over = overrides.path("overrides");
        assertTrue(over.path("caseworker_hit_rate").asDouble() > over.path("suggestion_hit_rate").asDouble(), over.toString());
    }

    /** A decision log edited after the fact is still read, but the report says its hash chain is broken. */
    @Test
    void aTamperedDecisionLogIsReportedAsBroken() throws IOException {
        Path tampered = dir.resolve("tampered.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
        String line = lines.get(10);
        String edited = line.contains("\"ACCEPTED\"") ? line.replace("\"ACCEPTED\"", "\"OVERRIDDEN\"") : line.replace("\"OVERRIDDEN\"", "\"ACCEPTED\"");
        assertTrue(!edited.equals(line), line);
        lines.set(10, edited);
        Files.write(tampered, lines);
        JsonNode overrides = OverrideOutcomes.of(tampered, ModelBundle.load(champion).modelId(), generate(NEW_ROWS, 9),
                no.veiviser.core.suggest.InputHashKey.defaultKey(), ROUNDS, 7);
        assertTrue(!overrides.path("chain_intact").asBoolean(), overrides.toString());
        assertTrue(overrides.path("chain_problem_count").asInt() >= 1, overrides.toString());
    }

    @Test
    void theReportRendersInHeadlessChromiumWithEverySection() throws IOException {
        Path html = dir.resolve("more/retrain.html");
        assertTrue(Files.isRegularFile(dir.resolve("more/retrain.json")));
        String dom = HeadlessChromium.assertReportLoads(dir, html,
                List.of("recommendation", "metrics", "fairness", "agreement", "reasons", "seed", "overrides"));
        assertTrue(dom.contains("PROMOTE"), "the DOM shows the recommendation");
    }

    private static JsonNode metric(JsonNode report, String name) {
        return find(report.path("metrics").path("rows"), name, "metric");
    }

    private static JsonNode find(JsonNode checks, String name) {
        return find(checks, name, "check");
    }

    private static JsonNode find(JsonNode array, String name, String field) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no " + name + " in " + array);
    }

    private static Table generate(int rows, long seed) {
        return SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(rows, seed)).table();
    }

    /** The same rows with their outcomes permuted (a seeded Fisher–Yates shuffle). */
    static Table shuffle(Table table, long seed) {
        int[] targets = new int[table.rowCount()];
        for (int row = 0; row < targets.length; row++) {
            targets[row] = table.target(row);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = targets.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = targets[i];
            targets[i] = targets[j];
            targets[j] = swap;
        }
        return table.withTargets(targets);
    }

    /**
     * Caseworkers who decide the first {@link #DECISIONS} rows with the champion's suggestions: where the suggestion
     * misses the outcome, every third one overrides to the outcome (they know something the model does not); every
     * thirteenth correct suggestion is overridden to a neighbouring class; the rest are accepted.
     */
    private static void knowingCaseworkers(Table table, Path file) {
        Veiviser veiviser = Veiviser.load(champion);
        List<Suggestion> suggestions = veiviser.suggestAll(table.cases(0, DECISIONS));
        List<String> codes = table.schema().target().classCodes();
        try (JsonLinesDecisionLog decisionLog = JsonLinesDecisionLog.open(file)) {
            Decisions decisions = new Decisions(decisionLog);
            for (int row = 0; row < DECISIONS; row++) {
                Suggestion suggestion = suggestions.get(row);
                int suggested = codes.indexOf(suggestion.suggestedClass().code());
                int outcome = table.target(row);
                String caseworker = "Z99000" + (row % 5);
                if (suggested != outcome && row % 3 == 0) {
                    decisions.override(suggestion, codes.get(outcome), caseworker, "Kjenner saken fra tidligere samtaler med personen.");
                } else if (suggested == outcome && row % 13 == 0) {
                    decisions.override(suggestion, codes.get(suggested == 0 ? 1 : suggested - 1), caseworker,
                            "Vurderer at personen trenger en annen oppfølging nå.");
                } else {
                    decisions.accept(suggestion, caseworker);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
