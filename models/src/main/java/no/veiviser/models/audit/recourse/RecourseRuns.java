package no.veiviser.models.audit.recourse;

import java.util.stream.IntStream;
import no.veiviser.core.recourse.RecourseFinder;
import no.veiviser.core.recourse.RecourseRequest;
import no.veiviser.core.suggest.CanonicalInput;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.InvalidCaseException;
import no.veiviser.data.table.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches the cheapest recourse of each sampled row, in parallel; each row's answer lands in its own
 * place, so the result does not depend on the thread count. A row the public API refuses as a case
 * (say, a value outside the schema's declared range) is left out and counted.
 */
final class RecourseRuns {
    private static final Logger LOG = LoggerFactory.getLogger(RecourseRuns.class);

    private RecourseRuns() {
    }

    /** One answer per row in {@code rows}; null for a row refused as a case. */
    static CheapestRecourse[] search(RecourseFinder finder, Table data, int[] rows, RecourseRequest request) {
        CheapestRecourse[] results = new CheapestRecourse[rows.length];
        IntStream.range(0, rows.length).parallel().forEach(i -> {
            Case input = Case.of(CanonicalInput.of(data.schema(), data.featureRow(rows[i])).values());
            try {
                results[i] = CheapestRecourse.of(finder.find(input, request));
            } catch (InvalidCaseException e) {
                LOG.debug("row {} is not a valid case, left out of the recourse audit: {}", rows[i], e.getMessage());
            }
        });
        return results;
    }
}
