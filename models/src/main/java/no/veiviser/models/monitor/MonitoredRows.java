package no.veiviser.models.monitor;

import java.util.List;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.explain.Reason;
import no.veiviser.core.suggest.InputHashKey;
import no.veiviser.core.suggest.ScoringOptions;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionMaker;
import no.veiviser.core.suggest.Warning;
import no.veiviser.core.suggest.WarningKind;
import no.veiviser.data.table.Table;

/**
 * Recent rows as caseworkers see them: every row suggested by core's {@link SuggestionMaker} (the very
 * path a caseworker tool uses, with its validation, decision policy, reasons and warnings), kept as plain
 * arrays — the calibrated probabilities, the suggested class, the feature of the first reason towards the
 * suggestion and the warnings. Chunks are suggested in parallel and stored by row, so nothing depends on
 * the thread count. The target, when the data have one, is never read.
 */
final class MonitoredRows {
    static final int CHUNK = 1000;
    /** {@link #topReason} of a row whose suggestion has no reason towards it. */
    static final int NO_REASON = -1;

    final Table table;
    final double[][] probabilities;
    final int[] suggested;
    /** Schema feature index of the first reason towards the suggestion, or {@link #NO_REASON}. */
    final int[] topReason;
    /** [row][feature]: the row's value of the feature lies outside the training data. */
    final boolean[][] outsideTraining;
    /** The row has a low-confidence (argmax) or near-threshold (threshold policy) warning. */
    final boolean[] uncertain;

    private MonitoredRows(Table table) {
        int n = table.rowCount();
        this.table = table;
        this.probabilities = new double[n][];
        this.suggested = new int[n];
        this.topReason = new int[n];
        this.outsideTraining = new boolean[n][];
        this.uncertain = new boolean[n];
    }

    /** Every row suggested by the bundle with the default scoring options, as a caseworker tool would. */
    static MonitoredRows suggest(ModelBundle bundle, Table table) {
        // the input hashes of these suggestions are never used: a throwaway key keeps the default-key warning out
        return suggest(new SuggestionMaker(bundle, ScoringOptions.defaults().withInputHashKey(InputHashKey.generate())), table);
    }

    private static MonitoredRows suggest(SuggestionMaker maker, Table table) {
        MonitoredRows rows = new MonitoredRows(table);
        int chunks = (table.rowCount() + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int start = c * CHUNK;
            int end = Math.min(table.rowCount(), start + CHUNK);
            List<Suggestion> suggestions = maker.suggest(table.cases(start, end));
            for (int i = 0; i < suggestions.size(); i++) {
                rows.keep(start + i, suggestions.get(i));
            }
        });
        return rows;
    }

    int rowCount() {
        return suggested.length;
    }

    int classCount() {
        return table.schema().target().classCount();
    }

    private void keep(int row, Suggestion suggestion) {
        var schema = table.schema();
        double[] p = new double[suggestion.probabilities().size()];
        for (int c = 0; c < p.length; c++) {
            p[c] = suggestion.probabilities().get(c).probability();
        }
        probabilities[row] = p;
        suggested[row] = schema.target().indexOf(suggestion.suggestedClass().code()).orElseThrow();
        List<Reason> towards = suggestion.explanation().towards();
        topReason[row] = towards.isEmpty() ? NO_REASON : schema.featureIndex(towards.get(0).feature());
        boolean[] outside = new boolean[schema.features().size()];
        for (Warning warning : suggestion.warnings()) {
            if (warning.kind() == WarningKind.OUTSIDE_TRAINING_DATA) {
                warning.field().ifPresent(field -> outside[schema.featureIndex(field)] = true);
            } else {
                uncertain[row] = true;
            }
        }
        outsideTraining[row] = outside;
    }
}
