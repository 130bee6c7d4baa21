package no.veiviser.data.synthetic.arbeidssoker;

import java.util.SplittableRandom;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.schemas.ShippedSchemas;
import no.veiviser.data.synthetic.CalibrationReport;
import no.veiviser.data.synthetic.ChunkedParallel;
import no.veiviser.data.synthetic.GeneratedData;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerator;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableBuilder;

/**
 * Synthetic job-seeker registrations (arbeidssøkerregistrering joined with Folkeregisteret,
 * Aa-registeret and NAV's benefit registers) with the innsatsgruppe of the follow-up decision as
 * target and its exact true class probabilities.
 *
 * <p>Each row: covariates from {@link PopulationSampler}, latent need from {@link LatentNeedModel}
 * (plus the optional {@link LabelBiasShift}), class probabilities from the cumulative logit
 * {@link InnsatsgruppeModel}, and a label drawn from exactly those probabilities. Generation runs
 * in {@link ChunkedParallel} chunks, so the table depends only on the options.
 */
public final class ArbeidssokerGenerator implements SyntheticGenerator {
    /** Name of the dataset and of its shipped schema. */
    public static final String DATASET = "arbeidssoker";
    private static final String ID_PREFIX = "AS";
    private static final int ID_DIGITS = 7;

    private final DatasetSchema schema;
    private final ArbeidssokerColumns columns;
    private final PopulationSampler population = new PopulationSampler();
    private final LatentNeedModel need = new LatentNeedModel();

    /** A generator for the shipped arbeidssoker schema. */
    public ArbeidssokerGenerator() {
        this.schema = ShippedSchemas.load(DATASET);
        this.columns = new ArbeidssokerColumns(schema);
        if (schema.target().classCount() != InnsatsgruppeModel.CLASSES) {
            throw new IllegalStateException("the arbeidssoker schema must have " + InnsatsgruppeModel.CLASSES + " target classes");
        }
    }

    @Override
    public String datasetName() {
        return DATASET;
    }

    @Override
    public DatasetSchema schema() {
        return schema;
    }

    @Override
    public GeneratedData generate(GeneratorOptions options) {
        LabelBiasShift bias = LabelBiasShift.of(schema, options.labelBias());
        TableBuilder builder = Table.builder(schema, options.rows())
                .withProtectedAttributes().withTarget().withTrueProbabilities();
        ChunkedParallel.run(options.rows(), options.seed(), (chunk, from, to, random) -> fill(builder, bias, from, to, random));
        Table table = builder.build();
        CalibrationReport report = ArbeidssokerCalibration.report(DATASET, table, columns);
        return new GeneratedData(table, report);
    }

    private int fill(TableBuilder builder, LabelBiasShift bias, int fromRow, int toRow, SplittableRandom random) {
        double[] probabilities = new double[InnsatsgruppeModel.CLASSES];
        for (int row = fromRow; row < toRow; row++) {
            JobSeeker person = population.sample(random);
            double eta = need.score(person) + bias.shift(person);
            InnsatsgruppeModel.probabilities(eta, person, probabilities);
            int label = InnsatsgruppeModel.sample(random, probabilities);
            builder.id(row, id(row));
            columns.write(builder, row, person);
            builder.target(row, label);
            for (int k = 0; k < probabilities.length; k++) {
                builder.trueProbability(k, row, probabilities[k]);
            }
        }
        return toRow - fromRow;
    }

    /** "AS" followed by the one-based row number, zero-padded to seven digits. */
    static String id(int row) {
        String number = Integer.toString(row + 1);
        StringBuilder id = new StringBuilder(ID_PREFIX.length() + Math.max(ID_DIGITS, number.length())).append(ID_PREFIX);
        for (int pad = number.length(); pad < ID_DIGITS; pad++) {
            id.append('0');
        }
        return id.append(number).toString();
    }
}
