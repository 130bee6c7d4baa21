package no.veiviser.data.synthetic.arbeidssoker;

/** Answers to the two barrier questions of the registration form. */
record Barriers(BarrierAnswer health, BarrierAnswer other) {
}
