package no.veiviser.data.synthetic.sykefravaer;

/**
 * The baseline weekly recovery hazard of the reference person (every effect zero), and how each
 * week's hazard is spread over its seven days.
 *
 * <p>The weekly hazard is {@code h_w = 1 - exp(-lambda_w * exp(eta))}: {@code lambda_w} is the
 * baseline cumulative hazard of week {@code w}, given at anchor weeks and interpolated linearly in
 * between. Because the people with low hazards are the ones who stay on leave, the population's
 * hazard falls much faster than this baseline; the anchors are set so that the population hazard
 * has the shape Nossen &amp; Brage (Arbeid og velferd 3/2016) describe: high in the first weeks,
 * flattening out around week 26 (the second dialogue meeting) and rising again from about month 9
 * towards the 52-week maximum. The dip at week 39 offsets the change to the end-phase effects of
 * {@link RecoveryHazard}, so that the population hazard rises smoothly. In the first three weeks
 * the hazard is heavier at the end of the working week and on the weekend, where certificates
 * tend to end; later weeks are uniform within the week.
 */
final class BaselineHazard {
    static final int WEEKS = DurationClass.MAXIMUM_WEEK;

    private static final int[] ANCHOR_WEEK = {1, 2, 3, 4, 6, 8, 12, 17, 22, 26, 30, 38, 39, 44, 52};
    private static final double[] ANCHOR_LAMBDA = {
            0.520, 0.420, 0.270, 0.220, 0.170, 0.140, 0.150, 0.190, 0.230, 0.220, 0.200, 0.210, 0.170, 0.250, 0.450};
    private static final double[] EARLY_DAY_WEIGHTS = {0.8, 0.9, 1.0, 1.0, 1.3, 0.8, 1.2};
    private static final int WEEKS_WITH_DAY_PATTERN = 3;

    /** lambda[w] for w = 1..52 (index 0 unused). */
    private final double[] lambda = new double[WEEKS + 1];
    /** cumulativeDayShare[w][d]: share of week w's hazard falling on days 1..d+1 of the week. */
    private final double[][] cumulativeDayShare = new double[WEEKS + 1][7];

    BaselineHazard() {
        for (int w = 1; w <= WEEKS; w++) {
            lambda[w] = interpolate(w);
            double total = 0;
            for (int d = 0; d < 7; d++) {
                total += w <= WEEKS_WITH_DAY_PATTERN ? EARLY_DAY_WEIGHTS[d] : 1.0;
            }
            double running = 0;
            for (int d = 0; d < 7; d++) {
                running += w <= WEEKS_WITH_DAY_PATTERN ? EARLY_DAY_WEIGHTS[d] : 1.0;
                cumulativeDayShare[w][d] = running / total;
            }
            cumulativeDayShare[w][6] = 1.0;
        }
    }

    /** Baseline cumulative hazard of week {@code week} (1..52). */
    double lambda(int week) {
        return lambda[week];
    }

    /**
     * The day of the week (1..7) on which a spell ends when a share {@code fraction} (in (0, 1]) of
     * the week's hazard was needed to end it.
     */
    int dayWithinWeek(int week, double fraction) {
        double[] shares = cumulativeDayShare[week];
        for (int d = 0; d < 6; d++) {
            if (fraction <= shares[d]) {
                return d + 1;
            }
        }
        return 7;
    }

    private static double interpolate(int week) {
        for (int i = 1; i < ANCHOR_WEEK.length; i++) {
            if (week <= ANCHOR_WEEK[i]) {
                double t = (double) (week - ANCHOR_WEEK[i - 1]) / (ANCHOR_WEEK[i] - ANCHOR_WEEK[i - 1]);
                return ANCHOR_LAMBDA[i - 1] + t * (ANCHOR_LAMBDA[i] - ANCHOR_LAMBDA[i - 1]);
            }
        }
        return ANCHOR_LAMBDA[ANCHOR_LAMBDA.length - 1];
    }
}
