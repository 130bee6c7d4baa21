package no.veiviser.core.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks a JSON Lines decision log, read-only and with bounded memory: every record's hash must
 * match its content (else it was edited), every record must point at the hash of the one before it
 * and number one more (else a record was removed, inserted or moved), and every line must be a
 * readable record (else it was damaged: not UTF-8, not JSON, a field that does not parse). A torn
 * last write is reported apart, not as a problem. Records cut off the end can only be seen against
 * a {@link HeadAnchor} that kept the head elsewhere.
 */
public final class LogVerifier {
    /** Problems listed by name; more are counted. */
    public static final int MAX_LISTED = 100;

    private LogVerifier() {
    }

    public static LogVerification verify(Path file) {
        return verify(file, record -> { });
    }

    /** Verifies the log and hands every readable record, in order, to {@code sink}. */
    public static LogVerification verify(Path file, Consumer<DecisionRecord> sink) {
        Scan scan = new Scan(sink);
        long torn;
        try {
            torn = LogLines.scan(file, scan);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read decision log " + file + ": " + e.getMessage(), e);
        }
        return new LogVerification(scan.records, scan.problems, scan.problemCount, scan.head, torn);
    }

    /** Verifies the log and also that it still reaches the head the anchor recorded (no records cut off the end). */
    public static LogVerification verify(Path file, HeadAnchor anchor) {
        Optional<LogHead> anchored = anchor.read();
        String[] hashAtAnchor = new String[1];
        LogVerification result = verify(file, record -> {
            if (anchored.isPresent() && record.sequence() == anchored.get().sequence()) {
                hashAtAnchor[0] = record.hash();
            }
        });
        if (anchored.isEmpty() || anchored.get().sequence() == 0) {
            return result;
        }
        LogHead expected = anchored.get();
        List<String> problems = new ArrayList<>(result.problems());
        int count = result.problemCount();
        if (result.head().sequence() < expected.sequence()) {
            count++;
            problems.add("the log ends at record " + result.head().sequence() + ", but its head anchor (" + anchor.describe()
                    + ") says it reached record " + expected.sequence() + ": records " + (result.head().sequence() + 1) + "–"
                    + expected.sequence() + " were cut off the end");
        } else if (!expected.hash().equals(hashAtAnchor[0])) {
            count++;
            problems.add("record " + expected.sequence() + " is not the one its head anchor (" + anchor.describe()
                    + ") recorded: the log was rewritten");
        }
        return new LogVerification(result.records(), problems.subList(0, Math.min(problems.size(), MAX_LISTED)), count,
                result.head(), result.tornTailBytes());
    }

    /** The chain check over the lines of one file. */
    private static final class Scan implements LogLines.Visitor {
        private final Consumer<DecisionRecord> sink;
        private final List<String> problems = new ArrayList<>();
        private int problemCount;
        private int records;
        private String previousHash = HashChain.GENESIS;
        private long expectedSequence = 1;
        private LogHead head = LogHead.EMPTY;

        Scan(Consumer<DecisionRecord> sink) {
            this.sink = sink;
        }

        @Override
        public void line(int number, String line) {
            if (line.isBlank()) {
                return;
            }
            DecisionRecord record;
            try {
                record = HashChain.parse(line);
            } catch (IllegalArgumentException e) {
                problem("line " + number + ": " + e.getMessage());
                previousHash = HashChain.hashField(line);
                expectedSequence++;
                return;
            }
            records++;
            if (!record.previousHash().equals(previousHash)) {
                problem("line " + number + " (record " + record.sequence() + "): does not follow the record before it"
                        + " (a record was removed, inserted or reordered)");
            }
            if (record.sequence() != expectedSequence) {
                problem("line " + number + ": record number " + record.sequence() + " where " + expectedSequence + " was expected");
            }
            previousHash = record.hash();
            expectedSequence = record.sequence() + 1;
            head = new LogHead(record.sequence(), record.hash());
            sink.accept(record);
        }

        @Override
        public void unreadable(int number, String problem) {
            problem("line " + number + ": " + problem);
            previousHash = "";
            expectedSequence++;
        }

        private void problem(String text) {
            problemCount++;
            if (problems.size() < MAX_LISTED) {
                problems.add(text);
            }
        }
    }
}
