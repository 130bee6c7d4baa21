package no.veiviser.data.synthetic.arbeidssoker;

/**
 * NAV's rule-based profiling at registration, as described publicly: it proposes standard innsats
 * ("good prospects") only for people aged 18–59 with six continuous months of work in the last
 * 12 months, a passed education approved in Norway above NUS level 0/1, and "no" to both barrier
 * questions. Anything missing counts against the proposal. Used for a calibration figure only.
 */
final class RuleBasedProfiler {
    private RuleBasedProfiler() {
    }

    static boolean proposesStandard(JobSeeker p) {
        return p.age() >= 18 && p.age() <= 59
                && p.worked6ContinuousOf12()
                && p.educationLevel() >= 2
                && p.educationPassed() == YesNoAnswer.YES
                && p.educationApproved() == YesNoAnswer.YES
                && p.healthBarrier() == BarrierAnswer.NEI
                && p.otherBarrier() == BarrierAnswer.NEI;
    }
}
