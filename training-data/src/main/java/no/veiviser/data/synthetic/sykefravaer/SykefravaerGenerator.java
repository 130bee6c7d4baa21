package no.veiviser.data.synthetic.sykefravaer;

import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.schemas.ShippedSchemas;
import no.veiviser.data.synthetic.ChunkedParallel;
import no.veiviser.data.synthetic.GeneratedData;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerator;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableBuilder;

/**
 * Synthetic doctor-certified sick-leave spells (legemeldt sykefravær) observed at a checkpoint
 * week, like NAV's sick-leave predictor, which asked at week 17 whether a person would still be on
 * leave after week 28.
 *
 * <p>Whole spells are simulated from their first day with weekly recovery hazards that depend on
 * the person, the diagnosis, the job, the municipality, the certifying doctor, earlier sick leave
 * and the sick-leave grade. The full simulated population reproduces published Norwegian figures
 * (see the calibration report); the rows are the spells still on leave at the end of the
 * checkpoint week, about one in ten. Their true class probabilities follow analytically from the
 * post-checkpoint hazards, which depend on the recorded row alone. The process is documented in
 * {@code training-data/README.md (section sykefravaer)}.
 *
 * <p>With a label bias, every week after the checkpoint of the chosen group's spells has its
 * log-hazard lowered by {@code strength}: the recorded leave of that group is longer, and the
 * true probabilities describe that recorded outcome. The rows themselves (the spells and their
 * features) are the same as without the bias.
 */
public final class SykefravaerGenerator implements SyntheticGenerator {
    public static final String DATASET = SykefravaerCalibration.DATASET;
    public static final int DEFAULT_CHECKPOINT_WEEK = 17;
    public static final int MIN_CHECKPOINT_WEEK = 4;
    public static final int MAX_CHECKPOINT_WEEK = 26;

    private final int checkpointWeek;
    private final DatasetSchema schema;
    private final SpellRows rows;
    private final BaselineHazard baseline;
    private final DurationProbabilities truth;

    /** A generator observing spells at week {@value #DEFAULT_CHECKPOINT_WEEK}. */
    public SykefravaerGenerator() {
        this(DEFAULT_CHECKPOINT_WEEK);
    }

    /**
     * A generator observing spells at the end of week {@code checkpointWeek}.
     *
     * @throws IllegalArgumentException unless 4 &lt;= checkpointWeek &lt;= 26
     */
    public SykefravaerGenerator(int checkpointWeek) {
        if (checkpointWeek < MIN_CHECKPOINT_WEEK || checkpointWeek > MAX_CHECKPOINT_WEEK) {
            throw new IllegalArgumentException("checkpoint week must be between " + MIN_CHECKPOINT_WEEK + " and "
                    + MAX_CHECKPOINT_WEEK + " (the first class ends with week 27), got " + checkpointWeek);
        }
        this.checkpointWeek = checkpointWeek;
        this.schema = ShippedSchemas.load(DATASET);
        this.rows = new SpellRows(schema);
        this.baseline = new BaselineHazard();
        this.truth = new DurationProbabilities(baseline, checkpointWeek);
    }

    /** The week at whose end the rows are observed. */
    public int checkpointWeek() {
        return checkpointWeek;
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
        ResolvedLabelBias bias = ResolvedLabelBias.resolve(options.labelBias(), schema);
        TableBuilder builder = Table.builder(schema, options.rows()).withProtectedAttributes().withTarget().withTrueProbabilities();
        List<PopulationTally> tallies = ChunkedParallel.run(options.rows(), options.seed(), (chunk, fromRow, toRow, random) -> {
            SpellSimulator simulator = new SpellSimulator(baseline, truth, checkpointWeek, bias);
            Spell spell = new Spell();
            PopulationTally tally = new PopulationTally();
            int row = fromRow;
            while (row < toRow) {
                simulator.simulate(spell, random);
                tally.add(spell);
                if (spell.onLeaveAfterCheckpoint) {
                    rows.write(builder, row, spell);
                    row++;
                }
            }
            return tally;
        });
        PopulationTally population = new PopulationTally();
        tallies.forEach(population::merge);
        Table table = builder.build();
        return new GeneratedData(table, SykefravaerCalibration.report(population, table, checkpointWeek));
    }
}
