package no.veiviser.models.audit.recourse;

/** The recourse numbers groups are compared by, and which way is worse for the group. */
enum RecourseMetric {
    SHARE_FOUND("share_found", "Share with a recourse of at most three changes", false),
    SHARE_ONE_CHANGE("share_one_change", "Share with a one-change recourse", false),
    MEAN_CHANGES("mean_changes", "Mean number of changes of the cheapest recourse", true),
    MEAN_QUANTILE_COST("mean_quantile_cost", "Mean distance of the cheapest recourse in training-quantile units", true);

    final String key;
    final String label;
    /** Whether a higher value means the group needs bigger changes. */
    final boolean higherIsWorse;

    RecourseMetric(String key, String label, boolean higherIsWorse) {
        this.key = key;
        this.label = label;
        this.higherIsWorse = higherIsWorse;
    }
}
