package no.veiviser.models.bundle;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.BundleException;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.BundleSealer;
import no.veiviser.core.bundle.Manifest;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.TestModels;
import no.veiviser.models.train.TrainedModel;
import no.veiviser.models.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real bundle whose booster.json was swapped for another model's, even with the manifest sealed again, is refused at load. */
class BundleMismatchTest {
    @TempDir
    Path dir;

    @Test
    void aSykefravaerBoosterInAnArbeidssokerBundleIsRefused() throws IOException {
        Path original = TestModels.bundle("arbeidssoker");
        Path swapped = dir.resolve("swapped");
        Files.createDirectories(swapped);
        try (var files = Files.list(original)) {
            for (Path file : files.toList()) {
                Files.copy(file, swapped.resolve(file.getFileName()));
            }
        }
        Table data = SyntheticGenerators.create("sykefravaer").generate(new GeneratorOptions(2000, 3)).table();
        TrainedModel other = new Trainer(TestModels.SMALL).train(data.select(IntStream.range(0, 1600).toArray()),
                data.select(IntStream.range(1600, 2000).toArray()), 1);
        Files.write(swapped.resolve(BundleFiles.BOOSTER), other.boosterJson());
        Manifest manifest = ModelBundle.load(original).manifest();
        BundleSealer.seal(swapped, manifest.modelId(), manifest.dataset(), manifest.createdAt(), manifest.createdBy());

        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(swapped));
        assertTrue(e.getMessage().contains("booster-layout.json: the booster booster.json has " + other.layout().columns().size() + " columns, the layout names "
                + ModelBundle.load(original).scores().input().columnCount()), e.getMessage());
        assertTrue(e.getMessage().contains("(is it from another model?)"), e.getMessage());
    }
}
