package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples sex, immigrant background and age of a new job seeker.
 *
 * <p>Men are a small majority of registered job seekers; immigrants are over-represented compared
 * with the population. The age-group mix depends on background: Norwegian-born children of
 * immigrants are mostly young, immigrants mostly 30–49. Overall about a third are under 30, as
 * reported for registered unemployed in Meld. St. 33 (2015–2016), ch. 3.2.2.
 */
final class DemographySampler {
    static final double SHARE_MEN = 0.56;
    /** NORSK, INNVANDRER_EUROPA, INNVANDRER_UTENFOR_EUROPA, NORSKFODT_MED_INNVANDRERFORELDRE. */
    private static final double[] BACKGROUND = Draws.cumulative(0.63, 0.13, 0.19, 0.05);
    /** Share under 30, 30–49 and 50 and older, per background in enum order. */
    private static final double[][] AGE_GROUP = {
            Draws.cumulative(0.34, 0.38, 0.28),
            Draws.cumulative(0.22, 0.55, 0.23),
            Draws.cumulative(0.25, 0.58, 0.17),
            Draws.cumulative(0.70, 0.27, 0.03),
    };
    private static final int MIN_AGE = 16;
    private static final double[] AGE_UNDER_30 = Draws.cumulative(
            0.15, 0.35, 0.7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);  // 16..29: few register before 18
    private static final double[] AGE_30_TO_49 = Draws.cumulative(
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);  // 30..49
    private static final double[] AGE_50_TO_67 = Draws.cumulative(
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.8, 0.6, 0.45, 0.3, 0.2, 0.1);  // 50..67: fewer near retirement

    Demography sample(RandomGenerator random) {
        Kjonn kjonn = Draws.bernoulli(random, SHARE_MEN) ? Kjonn.M : Kjonn.K;
        Innvandrerbakgrunn background = Innvandrerbakgrunn.values()[Draws.fromCumulative(random, BACKGROUND)];
        int age = switch (Draws.fromCumulative(random, AGE_GROUP[background.ordinal()])) {
            case 0 -> MIN_AGE + Draws.fromCumulative(random, AGE_UNDER_30);
            case 1 -> 30 + Draws.fromCumulative(random, AGE_30_TO_49);
            default -> 50 + Draws.fromCumulative(random, AGE_50_TO_67);
        };
        return new Demography(kjonn, background, age);
    }
}
