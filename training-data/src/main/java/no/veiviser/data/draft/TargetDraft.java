package no.veiviser.data.draft;

import static no.veiviser.data.draft.ColumnDraft.column;
import static no.veiviser.data.draft.ColumnDraft.plural;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.RawValues;
import no.veiviser.core.schema.TargetCut;
import no.veiviser.core.schema.TargetSpec;

/**
 * Infers the target from its column's profile:
 * <ul>
 *   <li>with a cut: a number column cut into ordered classes ({@code UP_TO_0}, {@code OVER_0});</li>
 *   <li>exactly two values forming a known true/false pair in any case ({@link BooleanPair}): two
 *       classes, false first, coded by the pair's words in upper case ({@code NO}, {@code YES}), each
 *       listing the spellings seen as raw codes;</li>
 *   <li>whole numbers with at most {@value #MAX_NUMBER_CLASSES} distinct values: one ordered class per
 *       value, in numeric order; other numbers are refused with the advice to cut them;</li>
 *   <li>texts: one class per distinct text (at most {@value ColumnProfile#MAX_LEVELS}), in text order.</li>
 * </ul>
 * Every row needs a class, so a target with missing values is refused.
 */
final class TargetDraft {
    static final int MAX_NUMBER_CLASSES = 10;
    /** Classes with fewer rows than this get a note. */
    static final int FEW_ROWS = 10;

    private final DraftTexts texts;
    private final List<String> problems;
    private final List<String> notes;

    TargetDraft(DraftTexts texts, List<String> problems, List<String> notes) {
        this.texts = texts;
        this.problems = problems;
        this.notes = notes;
    }

    /** The drafted target, or null when the column cannot be one (the reason is added to the problems). */
    TargetSpec draft(ColumnProfile profile, String name, Optional<TargetCut> cut) {
        String header = profile.header;
        String target = "target " + column(header);
        if (profile.isEmpty()) {
            problems.add(target + " has no values");
            return null;
        }
        if (profile.missing + profile.blank > 0) {
            long empty = profile.missing + profile.blank;
            problems.add(target + " is empty in " + empty + " row" + plural(empty) + ": every row needs a class, so remove"
                    + " those rows (or fill them in) and draft again");
            return null;
        }
        if (profile.mixesKinds()) {
            problems.add(target + " mixes JSON texts, numbers and true/false values: a column holds one kind of value");
            return null;
        }
        if (cut.isPresent()) {
            return cutTarget(profile, name, cut.get());
        }
        Optional<BooleanPair> pair = profile.tooManyValues() ? Optional.empty() : BooleanPair.of(profile.values().keySet());
        if (pair.isPresent()) {
            return yesNoTarget(profile, name, pair.get());
        }
        if (profile.allNumeric()) {
            if (profile.allIntegral() && !profile.tooManyValues() && profile.values().size() <= MAX_NUMBER_CLASSES) {
                return numberTarget(profile, name);
            }
            problems.add(target + " holds numbers with " + (profile.tooManyValues() ? "more than " + ColumnProfile.MAX_LEVELS
                    : profile.values().size()) + " distinct values (from " + RawValues.plain(profile.min) + " to "
                    + RawValues.plain(profile.max) + "), but a model suggests one of a few classes: cut it into classes with"
                    + " --cut T (values ≤ T form the first class, values above T the second; several thresholds,"
                    + " comma-separated, give more classes)");
            return null;
        }
        if (profile.tooManyValues()) {
            problems.add(target + " has more than " + ColumnProfile.MAX_LEVELS + " distinct values, but a model suggests one"
                    + " of a few classes: merge its codes into fewer classes first");
            return null;
        }
        if (profile.values().size() < 2) {
            problems.add(target + " has a single value: a model needs at least two classes");
            return null;
        }
        List<Level> classes = profile.values().keySet().stream().sorted().map(code -> new Level(code, DraftTexts.same(code))).toList();
        noteSmallClasses(header, classes.stream().map(Level::code).toList(),
                classes.stream().mapToLong(c -> profile.values().get(c.code())).toArray());
        return spec(profile, name, false, classes, Map.of(), Optional.empty());
    }

    private TargetSpec cutTarget(ColumnProfile profile, String name, TargetCut cut) {
        String header = profile.header;
        if (!profile.allNumeric()) {
            problems.add("--cut needs numbers, but target " + column(header) + " holds text");
            return null;
        }
        List<Level> classes = cutClasses(header, cut.thresholds());
        long[] counts = profile.cutCounts();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                problems.add("--cut " + String.join(",", cut.thresholds().stream().map(RawValues::plain).toList())
                        + " leaves class \"" + classes.get(k).label().en() + "\" without rows: choose thresholds inside the"
                        + " observed values, " + RawValues.plain(profile.min) + " to " + RawValues.plain(profile.max));
            }
        }
        noteSmallClasses(header, classes.stream().map(Level::code).toList(), counts);
        return spec(profile, name, true, classes, Map.of(), Optional.of(cut));
    }

    private TargetSpec yesNoTarget(ColumnProfile profile, String name, BooleanPair pair) {
        Map<String, List<String>> rawCodes = new LinkedHashMap<>();
        long[] counts = new long[2];
        List<String> codes = List.of(pair.falseCode(), pair.trueCode());
        for (int k = 0; k < 2; k++) {
            boolean side = k == 1;
            List<String> raw = new ArrayList<>();
            profile.values().entrySet().stream().filter(e -> pair.isTrue(e.getKey()) == side)
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> raw.add(e.getKey()));
            counts[k] = raw.stream().mapToLong(profile.values()::get).sum();
            raw.remove(codes.get(k));
            if (!raw.isEmpty()) {
                rawCodes.put(codes.get(k), raw);
            }
        }
        List<Level> classes = List.of(new Level(codes.get(0), DraftTexts.no()), new Level(codes.get(1), DraftTexts.yes()));
        noteSmallClasses(profile.header, codes, counts);
        return spec(profile, name, false, classes, rawCodes, Optional.empty());
    }

    private TargetSpec numberTarget(ColumnProfile profile, String name) {
        Map<Double, List<String>> spellings = new TreeMap<>();
        Map<Double, Long> counts = new TreeMap<>();
        profile.values().forEach((text, count) -> {
            double value = RawValues.number(text);
            spellings.computeIfAbsent(value, v -> new ArrayList<>()).add(text);
            counts.merge(value, count, Long::sum);
        });
        List<Level> classes = new ArrayList<>();
        Map<String, List<String>> rawCodes = new LinkedHashMap<>();
        spellings.forEach((value, texts) -> {
            String code = RawValues.plain(value);
            classes.add(new Level(code, DraftTexts.number(value)));
            List<String> raw = texts.stream().filter(t -> !t.equals(code)).sorted().toList();
            if (!raw.isEmpty()) {
                rawCodes.put(code, raw);
            }
        });
        noteSmallClasses(profile.header, classes.stream().map(Level::code).toList(),
                counts.values().stream().mapToLong(Long::longValue).toArray());
        return spec(profile, name, true, classes, rawCodes, Optional.empty());
    }

    private TargetSpec spec(ColumnProfile profile, String name, boolean ordered, List<Level> classes,
                            Map<String, List<String>> rawCodes, Optional<TargetCut> cut) {
        return new TargetSpec(name, profile.header, ordered, DraftTexts.same(profile.header),
                texts.targetDescription(profile.header), classes, rawCodes, cut);
    }

    private void noteSmallClasses(String header, List<String> codes, long[] counts) {
        for (int k = 0; k < codes.size(); k++) {
            if (counts[k] > 0 && counts[k] < FEW_ROWS) {
                notes.add("target " + column(header) + ": class " + codes.get(k) + " has only " + counts[k] + " row"
                        + plural(counts[k]) + ", too few to learn from");
            }
        }
    }

    /**
     * Ordered classes for a cut: {@code UP_TO_t1}, {@code OVER_t1_UP_TO_t2}, …, {@code OVER_tK}; numbers in
     * codes are written with _ for the decimal point and {@code MINUS_} for a minus sign; labels read
     * "header ≤ t1", "t1 &lt; header ≤ t2", "header &gt; tK" (decimal comma in bokmål).
     */
    static List<Level> cutClasses(String header, List<Double> thresholds) {
        List<Level> classes = new ArrayList<>();
        int last = thresholds.size();
        for (int k = 0; k <= last; k++) {
            String code;
            LocalizedText label;
            if (k == 0) {
                code = "UP_TO_" + codeOf(thresholds.get(0));
                label = texts(header + " ≤ ", DraftTexts.number(thresholds.get(0)));
            } else if (k == last) {
                code = "OVER_" + codeOf(thresholds.get(last - 1));
                label = texts(header + " > ", DraftTexts.number(thresholds.get(last - 1)));
            } else {
                code = "OVER_" + codeOf(thresholds.get(k - 1)) + "_UP_TO_" + codeOf(thresholds.get(k));
                LocalizedText low = DraftTexts.number(thresholds.get(k - 1));
                LocalizedText high = DraftTexts.number(thresholds.get(k));
                label = new LocalizedText(low.nb() + " < " + header + " ≤ " + high.nb(), low.en() + " < " + header + " ≤ " + high.en());
            }
            classes.add(new Level(code, label));
        }
        return classes;
    }

    private static LocalizedText texts(String before, LocalizedText number) {
        return new LocalizedText(before + number.nb(), before + number.en());
    }

    private static String codeOf(double threshold) {
        return RawValues.plain(threshold).replace("-", "MINUS_").replace('.', '_');
    }
}
