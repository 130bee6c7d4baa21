package no.veiviser.models.foreign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import no.veiviser.data.table.CsvFields;
import no.veiviser.data.table.DataFormat;

/**
 * "Foreign" data files: files as a data scientist brings them, written by no one here. No id column;
 * a free-text comment and an internal case-worker code to be ignored; a header that is not snake_case;
 * a boolean written ja/nei; an integer (age); a number with missing values (monthly income); a category
 * (education); a protected attribute (kjonn); and a binary outcome — either written yes/no in mixed
 * case ({@link Target#YES_NO}), or as a number of reduced benefit days that is 0 for the negative class
 * and positive otherwise, to be cut at 0 ({@link Target#CUT}: "reduced &gt; 0").
 *
 * <p>The outcome follows a logistic model with real signal and a nonlinearity (an age effect that
 * peaks at 35, an education effect, income on the log-odds scale with its own effect when missing, an
 * extra penalty when low education and missing income meet), so a model can learn it and beat the
 * class priors. Same seed, same file, byte for byte; the same seed gives the same rows in every format
 * (in JSON, half of the missing values are absent keys instead of null, except in the first record).
 *
 * <p>Use {@link #write} and pass {@link ForeignFile#draftArguments()} to {@code veiviser schema --draft}.
 */
public final class ForeignFiles {
    /** How the outcome is written. */
    public enum Target { YES_NO, CUT }

    public static final String AGE = "alder";
    public static final String INCOME = "Månedsinntekt (kr)";
    public static final String CHILDREN = "har_barn";
    public static final String EDUCATION = "utdanning";
    public static final String SEX = "kjonn";
    public static final String COMMENT = "kommentar";
    public static final String INTERNAL_CODE = "intern_kode";
    public static final String YES_NO_TARGET = "jobb_innen_6_mnd";
    public static final String CUT_TARGET = "reduced";

    static final List<String> EDUCATION_LEVELS = List.of("GRUNNSKOLE", "VGS", "BACHELOR", "MASTER");
    private static final double[] EDUCATION_SHARES = {0.25, 0.40, 0.25, 0.10};
    private static final double[] EDUCATION_EFFECT = {-0.8, 0.0, 0.5, 0.7};
    private static final double[] EDUCATION_INCOME = {22_000, 30_000, 38_000, 46_000};
    private static final String[] YES = {"yes", "Yes", "YES"};
    private static final String[] NO = {"no", "No", "NO"};
    private static final String[] COMMENT_WORDS = {"ønsker kurs", "syk", "flyttet", "ringte", "møte avlyst", "\"snart\" i jobb",
        "venter på svar, igjen", "har CV"};

    private ForeignFiles() {
    }

    /**
     * A written foreign file and what a draft needs to know about it.
     *
     * @param negatives rows of the negative class (no / reduced ≤ 0), the first class of the drafted target
     * @param positives rows of the positive class (yes / reduced &gt; 0), the second class
     */
    public record ForeignFile(Path file, Target kind, DataFormat format, int rows, long negatives, long positives) {
        /** The target column's header. */
        public String target() {
            return kind == Target.YES_NO ? YES_NO_TARGET : CUT_TARGET;
        }

        /** Columns to keep for audit only. */
        public List<String> protectedColumns() {
            return List.of(SEX);
        }

        /** Columns to leave out. */
        public List<String> ignoredColumns() {
            return List.of(COMMENT, INTERNAL_CODE);
        }

        /** Thresholds that cut the target (empty for a yes/no target). */
        public List<Double> cut() {
            return kind == Target.CUT ? List.of(0.0) : List.of();
        }

        /** The arguments of {@code veiviser schema --draft} for this file, {@code --draft} included. */
        public List<String> draftArguments() {
            List<String> args = new ArrayList<>(List.of("--draft", "--data", file.toString(), "--target", target(),
                    "--protected", String.join(",", protectedColumns()), "--ignore", String.join(",", ignoredColumns())));
            if (kind == Target.CUT) {
                args.addAll(List.of("--cut", "0"));
            }
            return args;
        }
    }

    /**
     * Writes {@code rows} rows (300–5,000) into {@code dir}, named after the target kind, format, size and seed.
     */
    public static ForeignFile write(Path dir, Target kind, DataFormat format, int rows, long seed) {
        if (rows < 300 || rows > 5_000) {
            throw new IllegalArgumentException("foreign files have 300 to 5,000 rows, not " + rows);
        }
        String extension = format.name().toLowerCase(Locale.ROOT);
        Path file = dir.resolve("foreign-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + rows + "-" + seed
                + "." + extension);
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom absentKeys = new SplittableRandom(~seed);
        long positives = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = List.of(COMMENT, AGE, INCOME, CHILDREN, EDUCATION, SEX, INTERNAL_CODE,
                    kind == Target.YES_NO ? YES_NO_TARGET : CUT_TARGET);
            if (format == DataFormat.CSV) {
                out.write(csvLine(header));
            } else if (format == DataFormat.JSON) {
                out.write("[\n");
            }
            for (int row = 0; row < rows; row++) {
                Person person = Person.draw(random);
                boolean positive = random.nextDouble() < person.probability();
                positives += positive ? 1 : 0;
                Object outcome = kind == Target.YES_NO
                        ? (positive ? YES : NO)[pick(random, 0.6, 0.3)]
                        : positive ? Math.round(10 * (1 + Math.exp(1.5 + 0.8 * gaussian(random)))) / 10.0 : (Object) 0;
                String comment = random.nextDouble() < 0.3 ? ""
                        : COMMENT_WORDS[random.nextInt(COMMENT_WORDS.length)] + " (" + (1 + random.nextInt(28)) + "."
                                + (1 + random.nextInt(12)) + ", sak " + random.nextInt(100_000) + ")";
                String code = String.format(Locale.ROOT, "K-%06d", 100_000 + row * 7 + random.nextInt(7));
                List<Object> values = List.of(comment, person.age, person.income == null ? "" : person.income,
                        person.children ? "ja" : "nei", EDUCATION_LEVELS.get(person.education), person.sex, code, outcome);
                if (format == DataFormat.CSV) {
                    out.write(csvLine(values.stream().map(String::valueOf).toList()));
                } else {
                    out.write(jsonLine(header, values, absentKeys.nextBoolean() && row > 0));
                    out.write(format == DataFormat.JSON && row < rows - 1 ? ",\n" : "\n");
                }
            }
            if (format == DataFormat.JSON) {
                out.write("]\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ForeignFile(file, kind, format, rows, rows - positives, positives);
    }

    /** One person: age, monthly income (null when missing), children, education level, sex. */
    private record Person(int age, Double income, boolean children, int education, String sex) {
        static Person draw(SplittableRandom random) {
            int age = 18 + random.nextInt(49);
            String sex = random.nextBoolean() ? "K" : "M";
            int education = pick(random, EDUCATION_SHARES);
            boolean children = random.nextDouble() < 0.45;
            Double income = null;
            if (random.nextDouble() >= 0.12) {
                double value = EDUCATION_INCOME[education] + 6_000 * gaussian(random) + (sex.equals("M") ? 2_000 : 0);
                income = Math.max(0, Math.round(value * 100) / 100.0);
            }
            return new Person(age, income, children, education, sex);
        }

        /** The true probability of the positive outcome. */
        double probability() {
            double logit = 0.1 - 0.0025 * (age - 35) * (age - 35) + EDUCATION_EFFECT[education] - (children ? 0.3 : 0.0);
            if (income == null) {
                logit -= 0.4 + (education == 0 ? 0.6 : 0.0);
            } else {
                logit += 0.5 * (income - 32_000) / 8_000;
            }
            return 1 / (1 + Math.exp(-logit));
        }
    }

    private static int pick(SplittableRandom random, double... shares) {
        double u = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            if (u < sum) {
                return i;
            }
        }
        return shares.length;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            CsvFields.append(line, cells.get(i));
        }
        return line.append('\n').toString();
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One JSON object; a missing value is null, or — when {@code dropMissing} — an absent key. */
    private static String jsonLine(List<String> header, List<Object> values, boolean dropMissing) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            Object value = values.get(i);
            boolean missing = value instanceof String text && text.isEmpty();
            if (missing && dropMissing) {
                continue;
            }
            if (missing) {
                node.putNull(header.get(i));
            } else if (value instanceof Integer number) {
                node.put(header.get(i), number);
            } else if (value instanceof Double number) {
                node.put(header.get(i), number);
            } else {
                node.put(header.get(i), (String) value);
            }
        }
        return MAPPER.writeValueAsString(node);
    }
}
