package no.veiviser.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.data.schemas.ShippedSchemas;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableBuilder;

/**
 * Generated two-class data for the tests: arbeidssoker rows whose innsatsgruppe is cut into
 * "Nei"/"No" (below a class) and "Ja"/"Yes" (that class or higher), with the schema's features and
 * protected attributes and, where they still hold, the true probabilities summed to the two sides.
 */
public final class BinaryData {
    /** Class index of situasjonsbestemt innsats: "Ja" is more than standard innsats, about 53 % of rows — the hardest cut. */
    public static final int MORE_THAN_STANDARD = 1;
    /** Class index of spesielt tilpasset innsats: "Ja" is spesielt or varig tilpasset innsats, about 23 % of rows. */
    public static final int ADAPTED = 2;

    private BinaryData() {
    }

    /** {@code rows} generated arbeidssoker rows cut at {@code firstPositive}. */
    public static Table generate(int rows, long seed, int firstPositive) {
        return cut(SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(rows, seed)).table(), firstPositive);
    }

    /** The table with its target cut in two: JA when the innsatsgruppe is {@code firstPositive} or higher, else NEI. */
    public static Table cut(Table table, int firstPositive) {
        return cut(table, firstPositive, false);
    }

    /**
     * The same, with an ordered NEI &lt; JA target when {@code ordered} (which keeps the shipped schema's monotone
     * directions: "at least a class" moves with them as every class threshold does).
     */
    public static Table cut(Table table, int firstPositive, boolean ordered) {
        DatasetSchema schema = schema(table.schema().target().classes().get(firstPositive).label(), ordered);
        TableBuilder builder = Table.builder(schema, table.rowCount()).withTarget().withProtectedAttributes();
        if (table.hasTrueProbabilities()) {
            builder.withTrueProbabilities();
        }
        int classes = table.schema().target().classCount();
        for (int row = 0; row < table.rowCount(); row++) {
            builder.id(row, table.id(row));
            for (int f = 0; f < schema.features().size(); f++) {
                builder.feature(f, row, table.feature(f, row));
            }
            for (int a = 0; a < schema.protectedAttributes().size(); a++) {
                builder.protectedValue(a, row, table.hasProtectedAttribute(a) ? table.protectedValue(a, row) : Double.NaN);
            }
            builder.target(row, table.target(row) >= firstPositive ? 1 : 0);
            if (table.hasTrueProbabilities()) {
                double yes = 0;
                for (int c = firstPositive; c < classes; c++) {
                    yes += table.trueProbability(c, row);
                }
                builder.trueProbability(0, row, 1 - yes).trueProbability(1, row, yes);
            }
        }
        return builder.build();
    }

    /**
     * A seeded subset of a two-class table in which about {@code share} of the rows are JA: JA rows are
     * dropped at random (a shift in the class shares only, so the true probabilities no longer hold and are left out).
     */
    public static Table withPositiveShare(Table binary, double share, long seed) {
        int[] all = IntStream.range(0, binary.rowCount()).toArray();
        long positives = IntStream.of(all).filter(row -> binary.target(row) == 1).count();
        long negatives = all.length - positives;
        double keep = Math.min(1.0, share / (1 - share) * negatives / positives);
        SplittableRandom random = new SplittableRandom(seed);
        int[] kept = IntStream.of(all).filter(row -> binary.target(row) == 0 | random.nextDouble() < keep).toArray();
        Table subset = binary.select(kept);
        TableBuilder builder = Table.builder(subset.schema(), subset.rowCount()).withTarget().withProtectedAttributes();
        for (int row = 0; row < subset.rowCount(); row++) {
            builder.id(row, subset.id(row)).target(row, subset.target(row));
            for (int f = 0; f < subset.schema().features().size(); f++) {
                builder.feature(f, row, subset.feature(f, row));
            }
            for (int a = 0; a < subset.schema().protectedAttributes().size(); a++) {
                builder.protectedValue(a, row, subset.protectedValue(a, row));
            }
        }
        return builder.build();
    }

    /** The table without its protected-attribute columns (data an auditor gets without them). */
    public static Table withoutProtectedAttributes(Table table) {
        TableBuilder builder = Table.builder(table.schema(), table.rowCount()).withTarget();
        for (int row = 0; row < table.rowCount(); row++) {
            builder.id(row, table.id(row)).target(row, table.target(row));
            for (int f = 0; f < table.schema().features().size(); f++) {
                builder.feature(f, row, table.feature(f, row));
            }
        }
        return builder.build();
    }

    /** The arbeidssoker schema with a yes/no target (NEI, JA: at least the class labelled {@code cut}) and true-probability columns. */
    public static DatasetSchema schema(LocalizedText cut) {
        return schema(cut, false);
    }

    /** The two-class schema, its target ordered or not. */
    public static DatasetSchema schema(LocalizedText cut, boolean ordered) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(ShippedSchemas.text("arbeidssoker"));
            root.put("name", "arbeidssoker_ja_nei");
            root.remove("decisionRules");
            ObjectNode target = (ObjectNode) root.get("target");
            if (!ordered) {
                UnorderedTargets.unordered(root);
            }
            target.put("name", "tilpasset_innsats");
            target.putObject("label").put("nb", "Minst «" + cut.nb() + "»").put("en", "At least “" + cut.en() + "”");
            target.putObject("description").put("nb", "Om innsatsgruppen er minst en gitt gruppe (testdata).")
                    .put("en", "Whether the innsatsgruppe is at least a given group (test data).");
            ArrayNode classes = target.putArray("classes");
            classes.addObject().put("code", "NEI").putObject("label").put("nb", "Nei").put("en", "No");
            classes.addObject().put("code", "JA").putObject("label").put("nb", "Ja").put("en", "Yes");
            root.putObject("trueProbabilityColumns").put("NEI", "p_true_nei").put("JA", "p_true_ja");
            return SchemaReader.read(root, "two-class schema");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
