package no.veiviser.models.retrain;

import no.veiviser.models.evaluate.Interval;

/**
 * One metric of champion and challenger on the same rows, and the challenger's improvement over the champion
 * (signed so that above 0 is better: champion − challenger for losses, challenger − champion otherwise) with its
 * paired-bootstrap 95 % interval.
 */
record MetricDifference(String metric, boolean lowerIsBetter, double champion, double challenger, double improvement,
                        Interval improvement95) {
    /** Which model the whole interval favours: "challenger", "champion" or "neither". */
    String favours() {
        if (improvement95.low() > 0) {
            return "challenger";
        }
        return improvement95.high() < 0 ? "champion" : "neither";
    }
}
