package no.veiviser.data.synthetic.arbeidssoker;

/** Legal sex as registered in Folkeregisteret; a protected attribute, never an input of the outcome model. */
enum Kjonn {
    K, M;

    String code() {
        return name();
    }
}
