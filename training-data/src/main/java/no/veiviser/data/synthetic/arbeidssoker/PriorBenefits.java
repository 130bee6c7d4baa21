package no.veiviser.data.synthetic.arbeidssoker;

/** Benefits received before this registration, from NAV's benefit registers. */
record PriorBenefits(boolean dagpenger, boolean aap, boolean sosialhjelp) {
}
