package no.veiviser.models.audit.recourse;

/** The recourse numbers groups are compared by, and which way is worse for the group. */
enum RecourseMetric {
    SHARE_FOUND("share_found", "Share with a recourse of at most three changes", false, true),
    SHARE_ONE_CHANGE("share_one_change", "Share with a one-change recourse", false, true),
    MEAN_CHANGES("mean_changes", "Mean number of changes of the cheapest recourse", true, false),
    MEAN_QUANTILE_COST("mean_quantile_cost", "Mean distance of the cheapest recourse in training-quantile units", true, false);

    final String key;
    final String label;
    /** Whether a higher value means the group needs bigger changes. */
    final boolean higherIsWorse;
    /** Whether the metric is a share of the cases (else a mean over the cases with a recourse). */
    final boolean share;

    RecourseMetric(String key, String label, boolean higherIsWorse, boolean share) {
        this.key = key;
        this.label = label;
        this.higherIsWorse = higherIsWorse;
        this.share = share;
    }
}
