package no.veiviser.models.audit.recourse;

import no.veiviser.core.recourse.Recourse;
import no.veiviser.core.recourse.RecourseStatus;

/**
 * The cheapest recourse found for one case: how many features it changes and its distance in
 * training-quantile units; with none found, 0 changes and cost NaN.
 */
record CheapestRecourse(RecourseStatus status, int changes, double cost) {
    static CheapestRecourse of(Recourse recourse) {
        if (recourse.options().isEmpty()) {
            return new CheapestRecourse(recourse.status(), 0, Double.NaN);
        }
        return new CheapestRecourse(recourse.status(), recourse.fewestChanges(), recourse.options().get(0).cost());
    }

    boolean found() {
        return changes > 0;
    }
}
