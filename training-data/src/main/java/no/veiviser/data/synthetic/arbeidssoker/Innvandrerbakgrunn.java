package no.veiviser.data.synthetic.arbeidssoker;

/**
 * Immigrant background in SSB's classification (landgruppe 1 = EU/EEA, the UK, the USA, Canada,
 * Australia and New Zealand; landgruppe 2 = all other countries). A protected attribute, never an
 * input of the outcome model.
 */
enum Innvandrerbakgrunn {
    NORSK, INNVANDRER_EUROPA, INNVANDRER_UTENFOR_EUROPA, NORSKFODT_MED_INNVANDRERFORELDRE;

    String code() {
        return name();
    }

    boolean immigrant() {
        return this == INNVANDRER_EUROPA || this == INNVANDRER_UTENFOR_EUROPA;
    }
}
