package no.veiviser.models.audit.recourse;

import java.util.List;
import java.util.Locale;
import no.veiviser.core.schema.LocalizedText;

/** The recourse section's outcome in plain words, in bokmål and English. */
final class RecourseFinding {
    private RecourseFinding() {
    }

    /**
     * @param overall        the tally of every searched case
     * @param eligible       rows whose suggestion could move towards the target
     * @param biggerChanges  labels of the groups that need bigger changes, with their grouping ("Kvinne / Woman (kjonn)")
     * @param notCompared    groups with too few searched cases to compare
     */
    static LocalizedText of(RecourseTally overall, int eligible, List<String> biggerChanges, int notCompared) {
        String nb = String.format(Locale.ROOT, "Av %d utvalgte saker (av %d aktuelle) har %s en vei til målklassen med én endring, "
                        + "%s med høyst to, og for %s fant søket ingen innen tre endringer.", overall.cases(), eligible,
                percent(overall.shareOneChange()), percent(overall.shareAtMostTwo()), percent(overall.shareNoneFound()));
        String en = String.format(Locale.ROOT, "Of %d sampled cases (of %d eligible), %s have a recourse of one change, "
                        + "%s of at most two, and for %s the search found none within three changes.", overall.cases(), eligible,
                percent(overall.shareOneChange()), percent(overall.shareAtMostTwo()), percent(overall.shareNoneFound()));
        if (biggerChanges.isEmpty()) {
            nb += " Ingen gruppe trenger tydelig større endringer enn referansegruppen for å få samme forslag.";
            en += " No group needs clearly bigger changes than its reference group to get the same suggestion.";
        } else {
            String groups = String.join("; ", biggerChanges);
            nb += " Noen grupper trenger større endringer for å få samme forslag: " + groups + ".";
            en += " Some groups need bigger changes to get the same suggestion: " + groups + ".";
        }
        if (notCompared > 0) {
            nb += " " + notCompared + (notCompared == 1 ? " gruppe" : " grupper") + " hadde for få utvalgte saker til å sammenlignes.";
            en += " " + notCompared + (notCompared == 1 ? " group" : " groups") + " had too few sampled cases to compare.";
        }
        return new LocalizedText(nb, en);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
