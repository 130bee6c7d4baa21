package no.veiviser.core.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON Lines decision log: every record's hash must match its content (else it was
 * edited), every record must point at the hash of the one before it and number one more (else a
 * record was removed, inserted or moved). Removing records from the end cannot be seen from the
 * file alone; keep the last hash elsewhere to detect that.
 */
public final class LogVerifier {
    private LogVerifier() {
    }

    public static LogVerification verify(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read decision log " + file + ": " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        String previousHash = HashChain.GENESIS;
        long expectedSequence = 1;
        int records = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            DecisionRecord record;
            try {
                record = HashChain.parse(line);
            } catch (IllegalArgumentException e) {
                problems.add("line " + lineNumber + ": " + e.getMessage());
                previousHash = hashField(line);
                expectedSequence++;
                continue;
            }
            records++;
            if (!record.previousHash().equals(previousHash)) {
                problems.add("line " + lineNumber + " (record " + record.sequence() + "): does not follow the record before it"
                        + " (a record was removed, inserted or reordered)");
            }
            if (record.sequence() != expectedSequence) {
                problems.add("line " + lineNumber + ": record number " + record.sequence() + " where " + expectedSequence
                        + " was expected");
            }
            previousHash = record.hash();
            expectedSequence = record.sequence() + 1;
        }
        return new LogVerification(records, problems);
    }

    private static String hashField(String line) {
        int at = line.lastIndexOf("\"hash\":\"");
        return at < 0 || line.length() < at + 8 + 64 ? "" : line.substring(at + 8, at + 8 + 64);
    }
}
