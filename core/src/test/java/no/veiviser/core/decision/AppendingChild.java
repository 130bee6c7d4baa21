package no.veiviser.core.decision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link LogWriterChild} appending in its own JVM, killed with {@code kill -9} after a while; reports what it acknowledged. */
public final class AppendingChild {
    private AppendingChild() {
    }

    /**
     * Starts a child appending to {@code log} (with its head anchor), lets it run {@code millis}, then kills it
     * with SIGKILL (no shutdown hooks, no flushing).
     *
     * @return the last record the child acknowledged (its append had returned), or -1
     */
    public static long appendThenKill(Path log, long millis) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LogWriterChild.class.getName(), "append",
                log.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicLong acknowledged = new AtomicLong(-1);
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        if (ready == null || !ready.startsWith("ready")) {
            writer.destroyForcibly();
            throw new IllegalStateException("the appending child did not start: " + ready);
        }
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ack ")) {
                        acknowledged.set(Long.parseLong(line.substring(4)));
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        reader.start();
        Thread.sleep(millis);
        writer.destroyForcibly();
        if (!writer.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed child did not end");
        }
        reader.join(10_000);
        return acknowledged.get();
    }
}
