package no.veiviser.data.synthetic.sykefravaer;

/**
 * The target classes and their week boundaries. Week {@code w} of a spell is its days
 * {@code 7w-6 .. 7w}, counted from the first day of leave; the sickness-benefit maximum is the end
 * of week {@value #MAXIMUM_WEEK}.
 */
enum DurationClass {
    /** The last day of leave falls in week 27 or earlier (day 189 at the latest). */
    ENDS_BEFORE_WEEK_28,
    /** The last day of leave falls in weeks 28–38 (days 190–266). */
    WEEKS_28_TO_39,
    /** The last day of leave falls in weeks 39–52 (days 267–364), before the maximum is used up. */
    WEEKS_39_TO_52,
    /** Still on leave at the end of week 52: the sickness-benefit period is used up. */
    REACHES_MAXIMUM;

    /** Weeks of the sickness-benefit period. */
    static final int MAXIMUM_WEEK = 52;
    /** Last week of each class that ends before the maximum, in class order. */
    static final int[] LAST_WEEK = {27, 38, 52};
    static final int COUNT = values().length;

    /** The class of a spell that ends in week {@code endWeek}, or reaches the maximum when {@code endWeek > 52}. */
    static int indexOfEndWeek(int endWeek) {
        for (int c = 0; c < LAST_WEEK.length; c++) {
            if (endWeek <= LAST_WEEK[c]) {
                return c;
            }
        }
        return REACHES_MAXIMUM.ordinal();
    }
}
