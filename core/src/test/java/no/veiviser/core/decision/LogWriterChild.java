package no.veiviser.core.decision;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision-log writer in its own JVM, for tests that need another process: {@code hold FILE}
 * opens the log, prints "ready" and keeps it open until its input closes; {@code append FILE}
 * appends records as fast as it can with the log's head anchor, printing "ack N" only after
 * record N's append has returned (was forced to disk), until it is killed.
 */
public final class LogWriterChild {
    private LogWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
                System.out.println("ready " + ProcessHandle.current().pid());
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            return;
        }
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file, HeadAnchor.nextTo(file))) {
            System.out.println("ready " + ProcessHandle.current().pid());
            System.out.flush();
            for (int i = 0; ; i++) {
                DecisionRecord record = log.append(entry(i));
                System.out.println("ack " + record.sequence());
                System.out.flush();
            }
        }
    }

    static DecisionEntry entry(int i) {
        return new DecisionEntry(Instant.parse("2026-11-29T12:00:00Z").plusSeconds(i), "suggestion-" + i, "model-test", "0".repeat(64),
                "1".repeat(64), Optional.empty(), Map.of("LOW", 0.2, "MID", 0.3, "HIGH", 0.5), "HIGH",
                List.of(new ShownReason("age", "towards", 0.4, Optional.empty())), Decision.ACCEPTED, "HIGH", Optional.empty(),
                "Z99000" + (i % 10));
    }
}
