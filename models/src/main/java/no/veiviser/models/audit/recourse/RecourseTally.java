package no.veiviser.models.audit.recourse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import no.veiviser.core.recourse.RecourseStatus;
import no.veiviser.models.audit.AuditJson;

/**
 * The recourse numbers of a set of searched cases: how many have a cheapest recourse of one, two and
 * three changes, how many none (of which how many had nothing the person can change), and, over the
 * cases with one, the mean number of changes and the mean distance in training-quantile units.
 */
record RecourseTally(int cases, int oneChange, int twoChanges, int threeChanges, int noneFound, int nothingActionable,
                     double meanChanges, double meanCost) {

    /** The tally of the cases at {@code positions}, each counted once. */
    static RecourseTally of(CheapestRecourse[] results, int[] positions) {
        return of(results, positions, null);
    }

    /**
     * The tally of the cases at {@code positions}, each counted {@code weights[position]} times (a
     * bootstrap resample), or once when {@code weights} is null.
     */
    static RecourseTally of(CheapestRecourse[] results, int[] positions, int[] weights) {
        int[] bySize = new int[4];
        int nothing = 0;
        int cases = 0;
        double changes = 0;
        double cost = 0;
        for (int position : positions) {
            CheapestRecourse result = results[position];
            int w = weights == null ? 1 : weights[position];
            cases += w;
            bySize[Math.min(result.changes(), 3)] += w;
            nothing += result.status() == RecourseStatus.NOTHING_ACTIONABLE ? w : 0;
            if (result.found()) {
                changes += w * result.changes();
                cost += w * result.cost();
            }
        }
        int found = cases - bySize[0];
        return new RecourseTally(cases, bySize[1], bySize[2], bySize[3], bySize[0], nothing,
                found == 0 ? Double.NaN : changes / found, found == 0 ? Double.NaN : cost / found);
    }

    /** Cases with a recourse of at most three changes. */
    int found() {
        return cases - noneFound;
    }

    /** The cases a metric counts: for a share, those it counts (with a recourse; with one change); for a mean, those with a recourse. */
    int events(RecourseMetric metric) {
        return metric == RecourseMetric.SHARE_ONE_CHANGE ? oneChange : found();
    }

    /** The value of one of {@link RecourseMetric}. */
    double value(RecourseMetric metric) {
        return switch (metric) {
            case SHARE_FOUND -> cases == 0 ? Double.NaN : 1 - shareNoneFound();
            case SHARE_ONE_CHANGE -> shareOneChange();
            case MEAN_CHANGES -> meanChanges;
            case MEAN_QUANTILE_COST -> meanCost;
        };
    }

    double shareOneChange() {
        return share(oneChange);
    }

    double shareAtMostTwo() {
        return share(oneChange + twoChanges);
    }

    double shareNoneFound() {
        return share(noneFound);
    }

    private double share(int count) {
        return cases == 0 ? Double.NaN : (double) count / cases;
    }

    ObjectNode toJson() {
        ObjectNode node = AuditJson.object().put("cases", cases).put("one_change", oneChange).put("two_changes", twoChanges)
                .put("three_changes", threeChanges).put("none_found", noneFound).put("nothing_actionable", nothingActionable);
        AuditJson.number(node, "share_one_change", shareOneChange());
        AuditJson.number(node, "share_at_most_two_changes", shareAtMostTwo());
        AuditJson.number(node, "share_none_found", shareNoneFound());
        AuditJson.number(node, "mean_changes", meanChanges);
        AuditJson.number(node, "mean_quantile_cost", meanCost);
        return node;
    }
}
