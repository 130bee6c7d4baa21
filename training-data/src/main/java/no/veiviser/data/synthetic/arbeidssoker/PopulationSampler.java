package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples one job seeker's recorded covariates and protected attributes, in a fixed order of
 * random draws: demography, unrecorded health and social factors, education, work history, prior
 * benefits, barriers, local unemployment, own estimate and desired occupation. The unrecorded
 * factors are dropped once the recorded values exist.
 */
final class PopulationSampler {
    private final DemographySampler demography = new DemographySampler();
    private final EducationSampler education = new EducationSampler();
    private final WorkHistorySampler workHistory = new WorkHistorySampler();
    private final PriorBenefitSampler benefits = new PriorBenefitSampler();
    private final BarrierSampler barriers = new BarrierSampler();
    private final LocalUnemploymentSampler localUnemployment = new LocalUnemploymentSampler();
    private final OwnEstimateSampler ownEstimate = new OwnEstimateSampler();
    private final DesiredOccupationSampler desiredOccupation = new DesiredOccupationSampler();

    JobSeeker sample(RandomGenerator random) {
        Demography person = demography.sample(random);
        HiddenFactors hidden = HiddenFactors.sample(random);
        Education edu = education.sample(random, person, hidden);
        WorkHistory work = workHistory.sample(random, person, hidden, edu);
        PriorBenefits prior = benefits.sample(random, person, hidden, work);
        Barriers answers = barriers.sample(random, person, hidden, prior);
        double rate = localUnemployment.sample(random, person, hidden);
        OwnEstimate estimate = ownEstimate.sample(random, person, hidden, work, answers, rate);
        int occupation = desiredOccupation.sample(random, person, hidden, edu, prior);
        return new JobSeeker(person.age(), person.kjonn(), person.innvandrerbakgrunn(),
                edu.level(), edu.passed(), edu.approved(),
                work.monthsWorked12(), work.monthsWorked36(), work.worked6ContinuousOf12(),
                work.daysSinceLastEmployment(), work.registrationsLast5Years(),
                prior.dagpenger(), prior.aap(), prior.sosialhjelp(),
                answers.health(), answers.other(), estimate, occupation, rate);
    }
}
