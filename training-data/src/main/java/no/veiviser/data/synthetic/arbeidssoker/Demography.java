package no.veiviser.data.synthetic.arbeidssoker;

/** Sex, immigrant background and age of one job seeker. */
record Demography(Kjonn kjonn, Innvandrerbakgrunn innvandrerbakgrunn, int age) {
    boolean woman() {
        return kjonn == Kjonn.K;
    }
}
