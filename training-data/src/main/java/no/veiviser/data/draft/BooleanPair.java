package no.veiviser.data.draft;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pairs of texts a draft reads as true and false, whatever their case and surrounding spaces:
 * true/false, yes/no, ja/nei, y/n, j/n, t/f and 1/0.
 */
enum BooleanPair {
    TRUE_FALSE("true", "false"), YES_NO("yes", "no"), JA_NEI("ja", "nei"), Y_N("y", "n"), J_N("j", "n"), T_F("t", "f"),
    ONE_ZERO("1", "0");

    private final String trueWord;
    private final String falseWord;

    BooleanPair(String trueWord, String falseWord) {
        this.trueWord = trueWord;
        this.falseWord = falseWord;
    }

    /** The pair that exactly two distinct values (ignoring case and surrounding spaces) form, if any. */
    static Optional<BooleanPair> of(Collection<String> values) {
        Set<String> words = values.stream().map(BooleanPair::word).collect(Collectors.toSet());
        if (words.size() != 2) {
            return Optional.empty();
        }
        for (BooleanPair pair : values()) {
            if (words.equals(Set.of(pair.trueWord, pair.falseWord))) {
                return Optional.of(pair);
            }
        }
        return Optional.empty();
    }

    boolean isTrue(String value) {
        return word(value).equals(trueWord);
    }

    /** Class code of the true side: the true word in upper case. */
    String trueCode() {
        return trueWord.toUpperCase(Locale.ROOT);
    }

    String falseCode() {
        return falseWord.toUpperCase(Locale.ROOT);
    }

    private static String word(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
