package no.veiviser.core.recourse;

import java.util.List;
import no.veiviser.core.schema.Language;
import no.veiviser.core.schema.LocalizedText;

/** The sentences of a what-if answer, in bokmål and English. */
public final class RecourseText {
    private RecourseText() {
    }

    /** The answer as plain text for a caseworker: its summary, then each set of changes on its own line. */
    public static String format(Recourse recourse, Language language) {
        StringBuilder text = new StringBuilder(language == Language.NB ? "Hva ville endret forslaget?\n" : "What would change the suggestion?\n");
        text.append(recourse.summary().in(language)).append('\n');
        for (Counterfactual option : recourse.options()) {
            text.append("  * ").append(option.text().in(language)).append('\n');
        }
        return text.toString();
    }

    /** "Hvis «A» var 6 i stedet for 2 og «B» var ja i stedet for nei, ville forslaget vært «X»." */
    static LocalizedText counterfactual(List<Change> changes, LocalizedText className) {
        return new LocalizedText(
                "Hvis " + list(changes, Language.NB) + ", ville forslaget vært " + quoted(className, Language.NB) + ".",
                "If " + list(changes, Language.EN) + ", the suggestion would be " + quoted(className, Language.EN) + ".");
    }

    private static String list(List<Change> changes, Language language) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            if (i > 0) {
                text.append(i == changes.size() - 1 ? (language == Language.NB ? " og " : " and ") : ", ");
            }
            Change change = changes.get(i);
            text.append(quoted(change.label(), language))
                    .append(language == Language.NB ? " var " : " were ").append(change.shownTo().in(language))
                    .append(language == Language.NB ? " i stedet for " : " instead of ").append(change.shownFrom().in(language));
        }
        return text.toString();
    }

    static LocalizedText found(int count, LocalizedText target, LocalizedText suggested) {
        return new LocalizedText(
                (count == 1 ? "Fant én måte" : "Fant " + count + " måter") + " forslaget kunne blitt " + quoted(target, Language.NB)
                        + " i stedet for " + quoted(suggested, Language.NB) + ". Hver er kontrollert ved å beregne forslaget for den endrede saken.",
                "Found " + (count == 1 ? "one way" : count + " ways") + " the suggestion could be " + quoted(target, Language.EN)
                        + " instead of " + quoted(suggested, Language.EN) + ". Each was checked by scoring the changed case.");
    }

    static LocalizedText noneFound(int maxChanges, LocalizedText target, boolean budgetExhausted, int whatIfs) {
        String nbLimit = budgetExhausted ? " (søket stoppet ved grensen på " + whatIfs + " beregnede hva-hvis)" : "";
        String enLimit = budgetExhausted ? " (the search stopped at its limit of " + whatIfs + " what-ifs)" : "";
        return new LocalizedText(
                "Ingen endring av inntil " + maxChanges + " forhold som personen kan påvirke, innenfor verdiene i treningsdataene, ville gitt forslaget "
                        + quoted(target, Language.NB) + nbLimit + ".",
                "No change of up to " + maxChanges + " things the person can change, within the values in the training data, would give the suggestion "
                        + quoted(target, Language.EN) + enLimit + ".");
    }

    static LocalizedText alreadySuggested(LocalizedText suggested) {
        return new LocalizedText("Forslaget er allerede " + quoted(suggested, Language.NB) + ".",
                "The suggestion already is " + quoted(suggested, Language.EN) + ".");
    }

    static LocalizedText noLowerClass(LocalizedText suggested) {
        return new LocalizedText(
                "Forslaget " + quoted(suggested, Language.NB)
                        + " er allerede den laveste klassen; be om en bestemt klasse for å se hva som ville endret det.",
                "The suggestion " + quoted(suggested, Language.EN)
                        + " is already the lowest class; ask for a specific class to see what would change it.");
    }

    static LocalizedText nothingActionable() {
        return new LocalizedText(
                "Saken har ingen verdi som personen kan endre: skjemaet merker de andre forholdene som faste, eller modellen bruker dem ikke.",
                "The case has no value the person can change: the schema marks the others as fixed, or the model does not use them.");
    }

    private static String quoted(LocalizedText text, Language language) {
        return language == Language.NB ? "«" + text.nb() + "»" : "“" + text.en() + "”";
    }
}
