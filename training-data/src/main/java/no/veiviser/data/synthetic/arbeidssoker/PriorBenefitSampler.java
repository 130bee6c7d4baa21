package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples earlier benefit receipt.
 *
 * <ul>
 *   <li>Dagpenger (unemployment benefit) requires earlier income, so only the ever-employed can
 *       have it; it rises with months worked and earlier registration spells — a sign of labour-market
 *       attachment rather than of need.</li>
 *   <li>AAP (work assessment allowance) follows poor health, rises with age and is more common among
 *       women, as in NAV's statistics.</li>
 *   <li>Økonomisk sosialhjelp follows social disadvantage, weak work history, youth and immigration
 *       from outside Europe.</li>
 * </ul>
 */
final class PriorBenefitSampler {
    PriorBenefits sample(RandomGenerator random, Demography person, HiddenFactors hidden, WorkHistory work) {
        int age = person.age();
        boolean dagpenger = !work.neverEmployed() && Draws.bernoulliLogit(random,
                -2.3 + 0.05 * work.monthsWorked36() + 0.45 * Math.min(work.registrationsLast5Years(), 4));
        boolean aap = Draws.bernoulliLogit(random, -3.7 + 1.5 * hidden.health() + 0.3 * hidden.social()
                + 0.035 * (age - 35) + (person.woman() ? 0.3 : 0.0) - (age < 18 ? 2.0 : 0.0));
        boolean sosialhjelp = Draws.bernoulliLogit(random, -3.0 + 1.3 * hidden.social() + 0.3 * hidden.health()
                + (person.innvandrerbakgrunn() == Innvandrerbakgrunn.INNVANDRER_UTENFOR_EUROPA ? 0.8 : 0.0)
                + (age < 30 ? 0.4 : 0.0) - 0.03 * work.monthsWorked36() + (work.neverEmployed() ? 0.3 : 0.0));
        return new PriorBenefits(dagpenger, aap, sosialhjelp);
    }
}
