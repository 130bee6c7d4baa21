package no.veiviser.models.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.veiviser.core.decision.DecisionRecord;
import no.veiviser.core.decision.DecisionStep;
import no.veiviser.core.decision.LogVerification;
import no.veiviser.core.decision.LogVerifier;

/**
 * One model's records in a decision log, read while the whole log's hash chain is verified.
 *
 * @param verification the hash-chain check of the whole log
 * @param steps        every record of the model, in log order
 * @param decisions    the caseworkers' decisions among the steps: decisions final at once and proposals, but not
 *                     the proposals a second person sent back (the caseworker decided again) nor the second
 *                     person's steps
 */
public record ModelDecisions(LogVerification verification, List<DecisionRecord> steps, List<DecisionRecord> decisions) {
    public ModelDecisions {
        steps = List.copyOf(steps);
        decisions = List.copyOf(decisions);
    }

    /** Reads and verifies {@code log}, keeping the records of {@code modelId}. */
    public static ModelDecisions read(Path log, String modelId) {
        List<DecisionRecord> steps = new ArrayList<>();
        LogVerification verification = LogVerifier.verify(log, record -> {
            if (record.entry().modelId().equals(modelId)) {
                steps.add(record);
            }
        });
        Set<String> sentBack = new HashSet<>();
        steps.stream().filter(r -> r.entry().step() == DecisionStep.SENT_BACK).forEach(r -> r.entry().decisionId().ifPresent(sentBack::add));
        List<DecisionRecord> decisions = steps.stream().filter(r -> r.entry().isCaseworkerStep())
                .filter(r -> r.entry().decisionId().filter(sentBack::contains).isEmpty()).toList();
        return new ModelDecisions(verification, steps, decisions);
    }

    /**
     * The row of each distinct input in the data, by the input hash a decision record carries (the first row when
     * several rows hold the same input): how decisions are matched to data without the log holding personal data.
     */
    public static java.util.Map<String, Integer> rowsByInputHash(no.veiviser.data.table.Table table,
                                                                  no.veiviser.core.suggest.InputHashKey key) {
        java.util.Map<String, Integer> rows = new java.util.HashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            rows.putIfAbsent(no.veiviser.core.suggest.CanonicalInput.of(table.schema(), table.featureRow(row)).hash(key), row);
        }
        return rows;
    }
}
