package no.veiviser.core.decision;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The exclusive lock of one decision-log writer: an operating-system lock on {@code <log>.lock},
 * which also names its holder (process, host, time). The operating system releases it when the
 * holding process ends, however it ends, so a killed writer never leaves the log locked.
 */
final class LogLock implements AutoCloseable {
    private static final int MAX_HOLDER_BYTES = 512;

    private final FileChannel channel;
    private final FileLock lock;

    private LogLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws DecisionLogInUseException when another writer — another process, or this one — holds the log
     */
    static LogLock acquire(Path log) throws IOException {
        Path file = log.resolveSibling(log.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new DecisionLogInUseException("decision log " + log + " is already open for writing in this process;"
                    + " share one JsonLinesDecisionLog between threads instead of opening it twice");
        }
        if (lock == null) {
            String holder = holder(file);
            channel.close();
            throw new DecisionLogInUseException("decision log " + log + " is open for writing by another process"
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + "; two writers would fork its hash chain");
        }
        String me = "process " + ProcessHandle.current().pid() + " on " + host() + " since " + Instant.now();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new LogLock(channel, lock);
    }

    private static String holder(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, 0, Math.min(bytes.length, MAX_HOLDER_BYTES), StandardCharsets.UTF_8).strip();
            return text.replaceAll("[^\\p{Print}]", "?");
        } catch (IOException e) {
            return "";
        }
    }

    private static String host() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        int at = name.indexOf('@');
        return at < 0 ? "this host" : name.substring(at + 1);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
