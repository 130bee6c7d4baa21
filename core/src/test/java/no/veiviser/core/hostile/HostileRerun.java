package no.veiviser.core.hostile;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.BundleException;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.BundleKeys;
import no.veiviser.core.bundle.BundleSigner;
import no.veiviser.core.bundle.BundleTrust;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.bundle.TestBundles;
import no.veiviser.core.decision.AppendingChild;
import no.veiviser.core.decision.HeadAnchor;
import no.veiviser.core.decision.LogVerification;
import no.veiviser.core.decision.LogVerifier;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.suggest.FuzzedCases;
import no.veiviser.core.suggest.InvalidCaseException;

/**
 * The hostile tests of issue 11 run again at their original size, tallied: tried, rejected
 * cleanly, accepted (when that is right), crashed (any other exception or error), silently wrong
 * (accepted what an independent check says is invalid), lost (acknowledged decisions missing).
 * Not a unit test (it takes a minute or two): run it with
 * {@code mvn -q -pl core test-compile exec:java}-style tooling or from an IDE, e.g.
 * {@code java -cp core/target/test-classes:core/target/classes:<deps> no.veiviser.core.hostile.HostileRerun}.
 */
public final class HostileRerun {
    private HostileRerun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("veiviser-hostile-");
        Path bundle = TestBundles.write(dir.resolve("bundle"));
        cases(Veiviser.load(bundle), 24_000);
        byteFlips(dir, bundle, 1_300);
        kills(dir, 25);
        System.out.println("(temporary files in " + dir + ")");
    }

    private static void report(String what, long tried, long rejected, long accepted, long crashed, long wrong, String lost) {
        System.out.printf("%-32s tried %6d  rejected cleanly %6d  accepted %6d  crashed %d  silently wrong %d%s%n", what, tried, rejected,
                accepted, crashed, wrong, lost);
    }

    static void cases(Veiviser veiviser, int count) {
        FuzzedCases fuzz = new FuzzedCases(veiviser.schema(), 20261129);
        long rejected = 0;
        long accepted = 0;
        long crashed = 0;
        long wrong = 0;
        for (int n = 0; n < count; n++) {
            Map<String, Object> fields = fuzz.next();
            boolean valid = valid(veiviser, fields);
            try {
                veiviser.suggest(fields);
                accepted++;
                wrong += valid ? 0 : 1;
            } catch (InvalidCaseException e) {
                rejected++;
                wrong += valid || e.getMessage().length() > 12_000 ? 1 : 0;
            } catch (Throwable e) {
                crashed++;
            }
        }
        report("fuzzed cases", count, rejected, accepted, crashed, wrong, "");
    }

    /** An independent check of a case, written from the schema's rules, not with the library's parser. */
    static boolean valid(Veiviser veiviser, Map<String, Object> fields) {
        for (String field : fields.keySet()) {
            if (veiviser.schema().featureIndex(field) < 0) {
                return false;
            }
        }
        for (FeatureSpec spec : veiviser.schema().features()) {
            Object value = fields.get(spec.name());
            // an empty text is a missing value, as an empty CSV cell is
            if (value == null || (value instanceof String s && s.isEmpty())) {
                if (!spec.missingAllowed()) {
                    return false;
                }
                continue;
            }
            boolean ok = switch (spec.type()) {
                case BOOLEAN -> value instanceof Boolean;
                case CATEGORICAL -> value instanceof String code && spec.levelIndex(code).isPresent();
                case NUMERIC, INTEGER -> value instanceof Number number && inRange(spec, number);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRange(FeatureSpec spec, Number number) {
        BigDecimal exact;
        if (number instanceof BigDecimal d) {
            exact = d;
        } else if (number instanceof BigInteger i) {
            exact = new BigDecimal(i);
        } else if (number instanceof Double || number instanceof Float) {
            double v = number.doubleValue();
            if (!Double.isFinite(v)) {
                return false;
            }
            exact = new BigDecimal(v);
        } else {
            exact = BigDecimal.valueOf(number.longValue());
        }
        if (spec.type() == FeatureType.INTEGER && exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            return false;
        }
        if (exact.signum() != 0 && exact.doubleValue() == 0) {
            return false;
        }
        var range = spec.range().orElseThrow();
        return exact.compareTo(new BigDecimal(range.min())) >= 0 && exact.compareTo(new BigDecimal(range.max())) <= 0;
    }

    static void byteFlips(Path dir, Path bundle, int count) throws IOException {
        KeyPair key = BundleKeys.generate();
        Path signed = copy(bundle, dir.resolve("signed"));
        BundleSigner.sign(signed, key);
        BundleTrust trust = BundleTrust.requireSignatureBy(List.of(key.getPublic()));
        SplittableRandom random = new SplittableRandom(7);
        List<String> files = BundleFiles.all().stream().filter(f -> Files.exists(signed.resolve(f))).toList();
        long rejected = 0;
        long accepted = 0;
        long crashed = 0;
        long wrong = 0;
        long formatting = 0;
        for (int n = 0; n < count; n++) {
            String file = files.get(random.nextInt(files.size()));
            Path target = signed.resolve(file);
            byte[] original = Files.readAllBytes(target);
            byte[] flipped = original.clone();
            int position = random.nextInt(flipped.length);
            flipped[position] ^= (byte) (1 + random.nextInt(255));
            Files.write(target, flipped);
            try {
                ModelBundle.load(signed, trust);
                accepted++;
                if (file.equals(BundleFiles.MANIFEST) || file.equals(BundleFiles.SIGNATURE)) {
                    // accepted only if the flip changed no content: JSON whitespace, or an ignorable base64 character
                    String changed = new String(flipped, StandardCharsets.ISO_8859_1).substring(Math.max(0, position - 20),
                            Math.min(flipped.length, position + 20));
                    boolean formattingOnly = Character.isWhitespace((char) (original[position] & 0xff))
                            && Character.isWhitespace((char) (flipped[position] & 0xff));
                    if (!formattingOnly) {
                        wrong++;
                        System.out.println("  accepted a flip in " + file + " at " + position + ": …" + changed.replace('\n', ' ') + "…");
                    } else {
                        formatting++;
                    }
                } else {
                    wrong++;
                    System.out.println("  accepted a flip in " + file + " at " + position);
                }
            } catch (BundleException e) {
                rejected++;
            } catch (Throwable e) {
                crashed++;
            } finally {
                Files.write(target, original);
            }
        }
        report("byte flips (signed bundle)", count, rejected, accepted, crashed, wrong,
                "  (accepted: " + formatting + " turned JSON whitespace into other whitespace, content unchanged)");
    }

    static void kills(Path dir, int rounds) throws Exception {
        Path log = dir.resolve("kills.jsonl");
        SplittableRandom random = new SplittableRandom(3);
        long lost = 0;
        long crashed = 0;
        long brokenAfter = 0;
        for (int round = 0; round < rounds; round++) {
            long acknowledged = AppendingChild.appendThenKill(log, 20 + random.nextInt(400));
            try {
                LogVerification verification = LogVerifier.verify(log, HeadAnchor.nextTo(log));
                brokenAfter += verification.intact() ? 0 : 1;
                lost += Math.max(0, acknowledged - verification.head().sequence());
            } catch (Throwable e) {
                crashed++;
            }
        }
        System.out.printf("%-32s tried %6d  chain broken after a kill %d  crashed %d  lost acknowledged records %d  (log holds %d records)%n",
                "kill -9 during appends", rounds, brokenAfter, crashed, lost, LogVerifier.verify(log).records());
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
