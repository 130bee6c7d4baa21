package no.veiviser.core.suggest;

import java.util.Locale;
import no.veiviser.core.explain.Reason;
import no.veiviser.core.schema.Language;

/** A suggestion as plain text for a caseworker, in bokmål or English. */
public final class SuggestionText {
    private SuggestionText() {
    }

    public static String format(Suggestion s, Language language) {
        boolean nb = language == Language.NB;
        StringBuilder text = new StringBuilder();
        text.append(nb ? "Forslag: " : "Suggestion: ").append(s.suggestedClass().label().in(language))
                .append(String.format(Locale.ROOT, " (%.0f %%)%n", 100 * s.suggestedClass().probability()));
        text.append(nb ? "Dette er et forslag. Du vurderer og bestemmer.\n" : "This is a suggestion. You assess and decide.\n");
        text.append(nb ? "Sannsynligheter:\n" : "Probabilities:\n");
        for (ClassProbability p : s.probabilities()) {
            text.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100 * p.probability(), p.label().in(language)));
        }
        for (CumulativeProbability c : s.cumulative()) {
            text.append(String.format(Locale.ROOT, "  P(%s) = %.1f %%%n", c.description().in(language), 100 * c.probability()));
        }
        text.append(nb ? "Trekker mot forslaget:\n" : "Pushing towards the suggestion:\n");
        for (Reason r : s.explanation().towards()) {
            text.append("  + ").append(r.text().in(language)).append('\n');
        }
        text.append(nb ? "Trekker bort fra forslaget:\n" : "Pushing away from the suggestion:\n");
        for (Reason r : s.explanation().against()) {
            text.append("  - ").append(r.text().in(language)).append('\n');
        }
        for (Warning w : s.warnings()) {
            text.append(nb ? "ADVARSEL: " : "WARNING: ").append(w.message().in(language)).append('\n');
        }
        text.append(nb ? "Modell " : "Model ").append(s.modelId()).append(", ").append(nb ? "forslag " : "suggestion ")
                .append(s.suggestionId()).append('\n');
        return text.toString();
    }
}
