package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples the answers to the barrier questions.
 *
 * <p>A health barrier ("JA") follows poor health, age and earlier AAP, and is slightly more often
 * reported by women. Other barriers (care duties, housing, language and the like) follow social
 * disadvantage and social assistance, and are more often reported by women aged 25–44 (care
 * duties) and by immigrants from outside Europe. "VET_IKKE" (don't know) is more common among
 * immigrants. Each question is left unanswered rarely, more often by immigrants from outside
 * Europe and by teenagers.
 */
final class BarrierSampler {
    Barriers sample(RandomGenerator random, Demography person, HiddenFactors hidden, PriorBenefits benefits) {
        int age = person.age();
        boolean outsideEurope = person.innvandrerbakgrunn() == Innvandrerbakgrunn.INNVANDRER_UTENFOR_EUROPA;
        boolean immigrant = person.innvandrerbakgrunn().immigrant();
        double missing = 0.008 + (outsideEurope ? 0.02 : 0.0) + (age < 20 ? 0.01 : 0.0);

        double healthYes = -2.3 + 1.4 * hidden.health() + 0.03 * (age - 40) + (benefits.aap() ? 1.2 : 0.0)
                + (person.woman() ? 0.15 : 0.0);
        double healthDontKnow = -3.4 + 0.5 * hidden.health() + (immigrant ? 0.5 : 0.0);
        BarrierAnswer health = answer(random, healthYes, healthDontKnow, missing);

        boolean careYears = person.woman() && age >= 25 && age < 45;
        double otherYes = -2.7 + 1.0 * hidden.social() + (careYears ? 0.35 : 0.0) + (benefits.sosialhjelp() ? 0.6 : 0.0)
                + (outsideEurope ? 0.3 : 0.0);
        double otherDontKnow = -3.2 + 0.4 * hidden.social() + (immigrant ? 0.5 : 0.0);
        BarrierAnswer other = answer(random, otherYes, otherDontKnow, missing);
        return new Barriers(health, other);
    }

    private static BarrierAnswer answer(RandomGenerator random, double yesLogit, double dontKnowLogit, double missing) {
        BarrierAnswer answer;
        if (Draws.bernoulliLogit(random, yesLogit)) {
            answer = BarrierAnswer.JA;
        } else if (Draws.bernoulliLogit(random, dontKnowLogit)) {
            answer = BarrierAnswer.VET_IKKE;
        } else {
            answer = BarrierAnswer.NEI;
        }
        return Draws.bernoulli(random, missing) ? BarrierAnswer.NOT_ANSWERED : answer;
    }
}
