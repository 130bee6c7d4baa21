package no.veiviser.core.suggest;

import no.veiviser.core.explain.Reason;
import no.veiviser.core.schema.Language;
import no.veiviser.core.schema.LocalizedNumbers;

/** A suggestion as plain text for a caseworker, in bokmål or English (numbers with the language's decimal sign). */
public final class SuggestionText {
    private SuggestionText() {
    }

    public static String format(Suggestion s, Language language) {
        boolean nb = language == Language.NB;
        StringBuilder text = new StringBuilder();
        text.append(nb ? "Forslag: " : "Suggestion: ").append(s.suggestedClass().label().in(language))
                .append(" (").append(LocalizedNumbers.percent(s.suggestedClass().probability(), 0, language)).append(")\n");
        text.append(s.basis().in(language)).append('\n');
        text.append(nb ? "Dette er et forslag. Du vurderer og bestemmer.\n" : "This is a suggestion. You assess and decide.\n");
        text.append(nb ? "Sannsynligheter:\n" : "Probabilities:\n");
        for (ClassProbability p : s.probabilities()) {
            text.append("  ").append(padLeft(LocalizedNumbers.percent(p.probability(), 1, language), 7)).append("  ")
                    .append(p.label().in(language)).append('\n');
        }
        for (CumulativeProbability c : s.cumulative()) {
            text.append("  P(").append(c.description().in(language)).append(") = ")
                    .append(LocalizedNumbers.percent(c.probability(), 1, language)).append('\n');
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

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
