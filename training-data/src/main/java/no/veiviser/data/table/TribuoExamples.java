package no.veiviser.data.table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.encoding.EncodedRow;
import no.veiviser.core.encoding.FeatureEncoding;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Turns a {@link Table} into Tribuo examples through the schema's {@link FeatureEncoding}, the
 * same encoding scoring uses. Labels are the target class codes.
 */
public final class TribuoExamples {
    private static final LabelFactory LABELS = new LabelFactory();

    private TribuoExamples() {
    }

    /** One example per row, in row order; the table must have a target. */
    public static List<Example<Label>> examples(Table table) {
        if (!table.hasTarget()) {
            throw new IllegalArgumentException("the data have no target column " + table.schema().target().name());
        }
        FeatureEncoding encoding = FeatureEncoding.of(table.schema());
        List<String> classes = table.schema().target().classCodes();
        Label[] labels = classes.stream().map(Label::new).toArray(Label[]::new);
        List<Example<Label>> examples = new ArrayList<>(table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            examples.add(example(encoding, table.featureRow(row), labels[table.target(row)]));
        }
        return examples;
    }

    /** A Tribuo example for one row: the encoding's columns, named as Tribuo's one-hot names them. */
    public static Example<Label> example(FeatureEncoding encoding, double[] featureValues, Label label) {
        EncodedRow row = encoding.encode(featureValues);
        String[] names = new String[row.columns().length];
        for (int i = 0; i < names.length; i++) {
            names[i] = encoding.columnName(row.columns()[i]);
        }
        return new ArrayExample<>(label, names, row.values());
    }

    /** A Tribuo dataset of every row; {@code description} names the data in the provenance. */
    public static MutableDataset<Label> dataset(Table table, String description) {
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance(description, OffsetDateTime.now(), LABELS), LABELS);
        dataset.addAll(examples(table));
        return dataset;
    }
}
