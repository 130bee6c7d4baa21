package no.veiviser.models.train;

import java.util.List;
import java.util.Optional;
import no.veiviser.models.evaluate.PairedBootstrap;

/**
 * What tuning tried and chose.
 *
 * @param rows           rows the tuning cross-validated on
 * @param folds          stratified folds
 * @param candidates     every parameter set tried, in the order tried (the config's own first)
 * @param lowestLoss     index of the candidate with the lowest cross-validated log-loss (the earlier on a tie)
 * @param chosen         index of the chosen candidate: {@code lowestLoss} when it beats the config's own parameters by
 *                       more than noise, else 0
 * @param gainOverConfig the lowest-loss candidate's per-row log-loss gain over the config's own parameters on the
 *                       out-of-fold rows, when it is another candidate
 * @param reason         why the chosen candidate won, with the numbers
 */
public record TuningResult(int rows, int folds, List<Candidate> candidates, int lowestLoss, int chosen,
                           Optional<PairedBootstrap.Gain> gainOverConfig, String reason) {
    public TuningResult {
        candidates = List.copyOf(candidates);
        if (lowestLoss < 0 || lowestLoss >= candidates.size() || (chosen != 0 && chosen != lowestLoss)) {
            throw new IllegalArgumentException("the chosen candidate is the config's own or the one with the lowest loss");
        }
    }

    /**
     * One parameter set and how it did.
     *
     * @param fromConfig whether these are the config's own parameters
     * @param cvLogLoss  the lowest mean log-loss over the folds' held-out rows along the boosting rounds
     * @param cvRounds   the round count of that lowest mean
     */
    public record Candidate(TreeParameters parameters, boolean fromConfig, double cvLogLoss, int cvRounds) {
    }

    /** The chosen candidate. */
    public Candidate best() {
        return candidates.get(chosen);
    }

    /** The config with the chosen candidate's parameters. */
    public TrainingConfig tunedConfig(TrainingConfig config) {
        return best().parameters().applyTo(config);
    }
}
