package no.veiviser.models.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.TestModels;
import no.veiviser.models.audit.AuditFindings;
import no.veiviser.models.audit.AuditReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundle's training-row fingerprints tell an in-sample evaluation from an out-of-sample one, and hold no raw data. */
class TrainingOverlapTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The rows {@link TestModels#bundle} was trained on (6,000 generated rows, seed 5): 80 % of them built the model. */
    static Table trainingFile() {
        return SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(6000, 5)).table();
    }

    @Test
    void anInSampleEvaluationIsFlaggedAndAnOutOfSampleOneIsNot() {
        ModelBundle bundle = ModelBundle.load(TestModels.bundle("arbeidssoker"));
        TrainingOverlap inSample = TrainingOverlap.estimate(bundle.trainingRows(), trainingFile());
        assertTrue(inSample.warn(), inSample.toString());
        assertEquals(0.8, inSample.share(), 0.06, "train, validation and calibration splits are 80 % of the file: " + inSample);
        assertTrue(inSample.low() <= 0.8 && 0.8 <= inSample.high(), inSample.toString());
        assertTrue(inSample.warning().orElseThrow().matches("about (7[4-9]|8[0-6]) % of the evaluated rows .*"), inSample.warning().orElseThrow());

        Table later = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(3000, 6)).table();
        TrainingOverlap outOfSample = TrainingOverlap.estimate(bundle.trainingRows(), later);
        assertFalse(outOfSample.warn(), outOfSample.toString());
        assertEquals(0.0, outOfSample.share(), 0.05, outOfSample.toString());
        assertTrue(outOfSample.summary().startsWith("training overlap: no sign"), outOfSample.summary());
        assertTrue(outOfSample.testedRows() > 500, "about half of the evaluated rows are tested: " + outOfSample);
    }

    @Test
    void theAuditWarnsAboutAnInSampleAudit() {
        Table part = trainingFile().select(IntStream.range(0, 1500).toArray());
        JsonNode report = AuditReport.build(ModelBundle.load(TestModels.bundle("arbeidssoker")), part, "training file", Optional.empty(),
                10, 1, message -> { });
        assertTrue(report.path("training_overlap").path("warning").asBoolean(), report.path("training_overlap").toString());
        AuditFindings findings = AuditFindings.of(report);
        assertTrue(findings.overlapWarning() && findings.overlap().contains("measured partly or wholly on rows the model was built with"), findings.overlap());
    }

    /** 12,000 generated rows: the first 8,000 play the training rows, the rest unseen ones. */
    private static final Table ROWS = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(12_000, 8)).table();
    private static final TrainingRowSample SAMPLE = TrainingRowSample.of(ROWS, IntStream.range(0, 8000).toArray(), "test-data", 1);

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 0.7})
    void estimatesAKnownShareOfSeenRows(double seen) {
        Table rows = ROWS;
        TrainingRowSample sample = SAMPLE;
        int fromTraining = (int) Math.round(seen * 4000);
        int[] evaluated = IntStream.concat(IntStream.range(0, fromTraining), IntStream.range(8000, 8000 + 4000 - fromTraining)).toArray();
        TrainingOverlap overlap = TrainingOverlap.estimate(Optional.of(sample.toJson()), rows.select(evaluated));
        assertEquals(seen, overlap.share(), 0.07, overlap.toString());
        assertTrue(overlap.low() - 0.01 <= seen && seen <= overlap.high() + 0.01, overlap.toString());
        assertEquals(seen > 0, overlap.warn(), overlap.toString());
    }

    @Test
    void theFileHoldsOnlyASampleOfTruncatedKeyedFingerprintsAndNoRawData() throws IOException {
        Path bundle = TestModels.bundle("arbeidssoker");
        JsonNode file = MAPPER.readTree(bundle.resolve(BundleFiles.TRAINING_ROWS).toFile());
        Set<String> keys = new TreeSet<>();
        file.fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(List.of("method", "key", "training_rows", "rank_limit", "bits", "fingerprints")), keys);
        assertEquals(4800, file.path("training_rows").asInt(), "train, validation and calibration rows of 6,000");
        int bits = file.path("bits").asInt();
        JsonNode fingerprints = file.path("fingerprints");
        assertTrue(fingerprints.size() <= TrainingRowSample.MAX_SAMPLE && fingerprints.size() <= 2400, "at most half the rows: "
                + fingerprints.size());
        assertTrue(fingerprints.size() > 1900, "the sample is used: " + fingerprints.size());
        double chance = fingerprints.size() / Math.pow(2, bits);
        assertTrue(chance > 0.015 && chance < 0.04, "about one in 32 unseen rows matches by chance: " + chance);
        for (JsonNode fingerprint : fingerprints) {
            assertTrue(fingerprint.asLong() >= 0 && fingerprint.asLong() < (1L << bits));
        }
        String text = Files.readString(bundle.resolve(BundleFiles.TRAINING_ROWS));
        Table training = trainingFile();
        for (int row = 0; row < training.rowCount(); row += 97) {
            assertFalse(text.contains("\"" + training.id(row) + "\""), "no ids in the file");
        }
    }

    @Test
    void theSameDataAndSeedGiveTheSameSampleAndAnotherSeedAnotherKey() {
        Table rows = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(3000, 9)).table();
        int[] all = IntStream.range(0, rows.rowCount()).toArray();
        assertEquals(TrainingRowSample.of(rows, all, "data", 4).toJson(), TrainingRowSample.of(rows, all, "data", 4).toJson());
        TrainingRowSample other = TrainingRowSample.of(rows, all, "data", 5);
        assertFalse(other.key().equals(TrainingRowSample.of(rows, all, "data", 4).key()));
        int kept = TrainingRowSample.of(rows, all, "data", 4).fingerprints().length;
        assertTrue(kept <= 1500 && kept > 1440, "half of 3,000 distinct rows, less the few truncated fingerprints that coincide: " + kept);
    }
}
