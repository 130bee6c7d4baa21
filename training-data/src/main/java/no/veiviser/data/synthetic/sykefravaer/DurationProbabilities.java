package no.veiviser.data.synthetic.sykefravaer;

/**
 * The true class probabilities of a spell on leave after checkpoint week {@code k}, computed
 * analytically from its post-checkpoint hazards.
 *
 * <p>After the checkpoint the hazard of week {@code w} is {@code 1 - exp(-lambda_w * m_phase(w))},
 * with one multiplier {@code m_p = exp(eta_p)} per phase that depends only on the recorded row (and
 * on the label bias). The survival through week {@code b} given survival through week {@code k} is
 * therefore {@code S_b = exp(-H_b)} with {@code H_b = sum_p m_p * L_p(k, b)}, where
 * {@code L_p(k, b)} sums the baseline {@code lambda_w} over the weeks {@code k < w <= b} of phase
 * {@code p}. The classes are the differences {@code 1 - S_27}, {@code S_27 - S_38},
 * {@code S_38 - S_52} and {@code S_52}.
 */
final class DurationProbabilities {
    /** baselineSums[p][c]: sum of lambda over the weeks after the checkpoint up to the last week of class c, in phase p. */
    private final double[][] baselineSums = new double[RecoveryHazard.PHASES][DurationClass.LAST_WEEK.length];

    DurationProbabilities(BaselineHazard baseline, int checkpointWeek) {
        for (int c = 0; c < DurationClass.LAST_WEEK.length; c++) {
            for (int w = checkpointWeek + 1; w <= DurationClass.LAST_WEEK[c]; w++) {
                baselineSums[RecoveryHazard.phaseOf(w)][c] += baseline.lambda(w);
            }
        }
    }

    /** Fills {@code probabilities} (class order) from the post-checkpoint phase multipliers {@code m_p}. */
    void probabilities(double[] phaseMultipliers, double[] probabilities) {
        double h27 = cumulative(phaseMultipliers, 0);
        double h38 = cumulative(phaseMultipliers, 1);
        double h52 = cumulative(phaseMultipliers, 2);
        double s27 = Math.exp(-h27);
        double s38 = Math.exp(-h38);
        probabilities[0] = -Math.expm1(-h27);
        probabilities[1] = -s27 * Math.expm1(-(h38 - h27));
        probabilities[2] = -s38 * Math.expm1(-(h52 - h38));
        probabilities[3] = Math.exp(-h52);
    }

    private double cumulative(double[] multipliers, int boundary) {
        double sum = 0;
        for (int p = 0; p < multipliers.length; p++) {
            sum += multipliers[p] * baselineSums[p][boundary];
        }
        return sum;
    }
}
