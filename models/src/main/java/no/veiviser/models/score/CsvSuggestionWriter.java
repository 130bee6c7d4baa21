package no.veiviser.models.score;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.explain.Reason;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.suggest.ClassProbability;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.Warning;
import no.veiviser.data.table.CsvFields;

/**
 * One CSV row per suggestion (RFC 4180 quoting): id, line, suggested class, the probability of every
 * class, the top reasons towards and against (feature name and TreeSHAP contribution; empty when a
 * suggestion has fewer), and the warnings as {@code KIND} or {@code KIND:field}, joined by {@code ;}.
 */
final class CsvSuggestionWriter implements SuggestionWriter {
    private final Writer out;
    private final List<String> classCodes;
    private final int reasons;
    private final StringBuilder line = new StringBuilder(512);

    CsvSuggestionWriter(Writer out, DatasetSchema schema, int reasonsPerDirection) {
        this.out = out;
        this.classCodes = schema.target().classCodes();
        this.reasons = reasonsPerDirection;
        List<String> header = new ArrayList<>(List.of("id", "line", "suggested_class"));
        classCodes.forEach(code -> header.add("p_" + code));
        for (String direction : List.of("towards", "against")) {
            for (int k = 1; k <= reasons; k++) {
                header.add(direction + "_" + k);
                header.add(direction + "_" + k + "_contribution");
            }
        }
        header.add("warnings");
        for (int c = 0; c < header.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            CsvFields.append(line, header.get(c));
        }
        line.append('\n');
    }

    @Override
    public void write(String id, long lineNumber, Suggestion s) throws IOException {
        CsvFields.append(line, id).append(',').append(lineNumber).append(',');
        CsvFields.append(line, s.suggestedClass().code());
        List<ClassProbability> probabilities = s.probabilities();
        for (int c = 0; c < classCodes.size(); c++) {
            ClassProbability p = probabilities.get(c);
            if (!p.code().equals(classCodes.get(c))) {
                throw new IllegalStateException("suggestion classes are not in the schema's order");
            }
            line.append(',').append(p.probability());
        }
        appendReasons(s.explanation().towards());
        appendReasons(s.explanation().against());
        line.append(',');
        StringBuilder warnings = new StringBuilder();
        for (Warning w : s.warnings()) {
            if (warnings.length() > 0) {
                warnings.append(';');
            }
            warnings.append(w.kind().name());
            w.field().ifPresent(f -> warnings.append(':').append(f));
        }
        CsvFields.append(line, warnings.toString()).append('\n');
        if (line.length() >= 1 << 15) {
            flushLine();
        }
    }

    private void appendReasons(List<Reason> list) {
        for (int k = 0; k < reasons; k++) {
            line.append(',');
            if (k < list.size()) {
                CsvFields.append(line, list.get(k).feature()).append(',').append(list.get(k).contribution());
            } else {
                line.append(',');
            }
        }
    }

    private void flushLine() throws IOException {
        out.append(line);
        line.setLength(0);
    }

    @Override
    public void close() throws IOException {
        try {
            flushLine();
        } finally {
            out.close();
        }
    }
}
