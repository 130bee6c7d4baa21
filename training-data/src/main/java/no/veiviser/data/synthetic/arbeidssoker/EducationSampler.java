package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples the education answers of the registration form.
 *
 * <p>The NUS level comes from an ordered-probit latent variable lowered by social disadvantage,
 * slightly raised for women, and lowered for immigrants, most for immigrants from outside Europe,
 * of whom a share has no or only primary schooling. The level is capped by what is attainable at
 * the person's age. The passed/approved questions are asked only for a recorded level above 0;
 * education from abroad is often not approved in Norway, and immigrants more often answer
 * "don't know" to that question (recorded as missing).
 */
final class EducationSampler {
    /** Cut points of the latent variable between NUS levels 0|1, 1|2, …, 7|8. */
    private static final double[] CUT_POINTS = {-2.825, -2.380, -0.775, -0.393, 0.278, 0.452, 1.137, 2.380};
    private static final double SOCIAL_EFFECT = -0.45;
    private static final double WOMAN_EFFECT = 0.15;
    /** Latent shift per background, in enum order. */
    private static final double[] BACKGROUND_EFFECT = {0.0, -0.10, -0.55, -0.20};
    /** Share with no or only primary schooling regardless of the latent variable, per background. */
    private static final double[] BASIC_SCHOOLING_ONLY = {0.0, 0.02, 0.10, 0.0};

    Education sample(RandomGenerator random, Demography person, HiddenFactors hidden) {
        Innvandrerbakgrunn background = person.innvandrerbakgrunn();
        int level;
        if (Draws.bernoulli(random, BASIC_SCHOOLING_ONLY[background.ordinal()])) {
            level = Draws.bernoulli(random, 0.6) ? 0 : 1;
        } else {
            double latent = random.nextGaussian() + SOCIAL_EFFECT * hidden.social()
                    + (person.woman() ? WOMAN_EFFECT : 0.0) + BACKGROUND_EFFECT[background.ordinal()];
            level = 0;
            while (level < CUT_POINTS.length && latent >= CUT_POINTS[level]) {
                level++;
            }
        }
        level = Math.min(level, maxLevelAtAge(person.age()));

        double missingLevel = 0.02
                + (background == Innvandrerbakgrunn.INNVANDRER_UTENFOR_EUROPA ? 0.05 : 0.0)
                + (background == Innvandrerbakgrunn.INNVANDRER_EUROPA ? 0.03 : 0.0)
                + (person.age() >= 60 ? 0.02 : 0.0);
        if (Draws.bernoulli(random, missingLevel)) {
            return new Education(JobSeeker.NOT_RECORDED, YesNoAnswer.NOT_ANSWERED, YesNoAnswer.NOT_ANSWERED);
        }
        if (level == 0) {
            // No education: the follow-up questions are not asked.
            return new Education(0, YesNoAnswer.NOT_ANSWERED, YesNoAnswer.NOT_ANSWERED);
        }
        return new Education(level, passed(random, person, hidden, level), approved(random, person));
    }

    /** Highest NUS level attainable at an age (upper secondary finishes at 18–19, a master's degree at 24 or later). */
    static int maxLevelAtAge(int age) {
        if (age <= 17) {
            return 2;
        }
        if (age <= 18) {
            return 3;
        }
        if (age <= 19) {
            return 4;
        }
        if (age <= 21) {
            return 5;
        }
        if (age <= 23) {
            return 6;
        }
        return age <= 26 ? 7 : Education.MAX_LEVEL;
    }

    private static YesNoAnswer passed(RandomGenerator random, Demography person, HiddenFactors hidden, int level) {
        double logit = 2.8 - 0.6 * hidden.social() - (person.age() < 22 ? 0.8 : 0.0) - (level == 3 ? 0.3 : 0.0);
        boolean passed = Draws.bernoulliLogit(random, logit);
        return Draws.bernoulli(random, 0.01) ? YesNoAnswer.NOT_ANSWERED : YesNoAnswer.of(passed);
    }

    private static YesNoAnswer approved(RandomGenerator random, Demography person) {
        boolean young = person.age() < 30;
        double probability = switch (person.innvandrerbakgrunn()) {
            case NORSK, NORSKFODT_MED_INNVANDRERFORELDRE -> 0.995;
            case INNVANDRER_EUROPA -> Draws.logistic(1.0 + (young ? 0.6 : 0.0));
            case INNVANDRER_UTENFOR_EUROPA -> Draws.logistic(-0.1 + (young ? 0.6 : 0.0));
        };
        boolean approved = Draws.bernoulli(random, probability);
        double dontKnow = person.innvandrerbakgrunn().immigrant() ? 0.05 : 0.005;
        return Draws.bernoulli(random, dontKnow) ? YesNoAnswer.NOT_ANSWERED : YesNoAnswer.of(approved);
    }
}
