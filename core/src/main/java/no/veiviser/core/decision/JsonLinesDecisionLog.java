package no.veiviser.core.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link DecisionLog}: one JSON line per record in a file, each forced to disk before
 * {@link #append} returns.
 *
 * <ul>
 *   <li><b>One writer.</b> Opening takes an exclusive operating-system lock ({@code <file>.lock}); a
 *       second writer, in another process or this one, is refused with {@link DecisionLogInUseException}
 *       naming the holder, because two writers would fork the hash chain. Readers
 *       ({@link LogVerifier}) need no lock.</li>
 *   <li><b>Only an intact log is appended to.</b> Opening verifies the whole chain and refuses a
 *       damaged, edited or shortened log with {@link CorruptDecisionLogException}.</li>
 *   <li><b>Crashes lose nothing acknowledged.</b> A last line torn by a crash in the middle of a write
 *       (never acknowledged) is moved to {@code <file>.torn-<n>}; the log carries on after the last
 *       complete record.</li>
 *   <li><b>Optional head anchor.</b> With a {@link HeadAnchor}, every append publishes the new head
 *       there, and opening refuses a log that no longer reaches the anchored head (records cut off
 *       the end).</li>
 * </ul>
 */
public final class JsonLinesDecisionLog implements DecisionLog {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesDecisionLog.class);
    private static final int MAX_PROBLEMS_IN_MESSAGE = 5;

    private final Path file;
    private final LogLock lock;
    private final FileChannel channel;
    private final Optional<HeadAnchor> anchor;
    private long lastSequence;
    private String lastHash;

    private JsonLinesDecisionLog(Path file, Optional<HeadAnchor> anchor) throws IOException {
        this.file = file;
        this.anchor = anchor;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.lock = LogLock.acquire(file);
        try {
            setAsideTornTail(file);
            LogVerification verification = anchor.isPresent() ? LogVerifier.verify(file, anchor.get()) : LogVerifier.verify(file);
            if (!verification.intact()) {
                throw new CorruptDecisionLogException(brokenMessage(verification));
            }
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            lastSequence = verification.head().sequence();
            lastHash = verification.head().hash();
        } catch (RuntimeException | IOException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens (or creates) a log file for writing, recovering from a torn last line.
     *
     * @throws DecisionLogInUseException   when another writer holds it
     * @throws CorruptDecisionLogException when it is not an intact chain (run {@code veiviser verify-log})
     */
    public static JsonLinesDecisionLog open(Path file) {
        return open(file, Optional.empty());
    }

    /**
     * Opens a log that publishes its head to {@code anchor} after every append (e.g.
     * {@link HeadAnchor#nextTo(Path)}), refusing it when it no longer reaches the anchored head.
     */
    public static JsonLinesDecisionLog open(Path file, HeadAnchor anchor) {
        return open(file, Optional.of(anchor));
    }

    private static JsonLinesDecisionLog open(Path file, Optional<HeadAnchor> anchor) {
        try {
            return new JsonLinesDecisionLog(file, anchor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open decision log " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The last record's sequence number and hash. */
    public synchronized LogHead head() {
        return new LogHead(lastSequence, lastHash);
    }

    @Override
    public synchronized DecisionRecord append(DecisionEntry entry) {
        if (!channel.isOpen()) {
            throw new IllegalStateException("decision log " + file + " is closed");
        }
        DecisionRecord record = HashChain.link(lastSequence + 1, entry, lastHash);
        byte[] line = (HashChain.line(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to decision log " + file + ": " + e.getMessage(), e);
        }
        lastSequence = record.sequence();
        lastHash = record.hash();
        anchor.ifPresent(a -> publish(a, record));
        return record;
    }

    private void publish(HeadAnchor target, DecisionRecord record) {
        try {
            target.publish(new LogHead(record.sequence(), record.hash()));
        } catch (RuntimeException e) {
            // The record is durable: failing the append now would invite a duplicate retry. An anchor that
            // lags behind the log is still consistent; say loudly that it could not be moved.
            LOG.error("decision log {}: record {} is stored, but its head anchor {} could not be updated: {}", file,
                    record.sequence(), target.describe(), e.getMessage());
        }
    }

    @Override
    public synchronized List<DecisionRecord> records() {
        List<DecisionRecord> records = new ArrayList<>();
        LogVerification verification = LogVerifier.verify(file, records::add);
        if (!verification.intact()) {
            throw new CorruptDecisionLogException(brokenMessage(verification));
        }
        return records;
    }

    /** Streams the records from the file, holding one at a time; a damaged log throws after the records before the damage. */
    @Override
    public synchronized void forEachRecord(java.util.function.Consumer<DecisionRecord> sink) {
        LogVerification verification = LogVerifier.verify(file, sink);
        if (!verification.intact()) {
            throw new CorruptDecisionLogException(brokenMessage(verification));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.close();
        } finally {
            lock.close();
        }
    }

    private String brokenMessage(LogVerification verification) {
        StringBuilder message = new StringBuilder("decision log ").append(file).append(" is not an intact hash chain (")
                .append(verification.problemCount()).append(" problem(s)); it will not be appended to. Check it with `veiviser verify-log`:");
        verification.problems().stream().limit(MAX_PROBLEMS_IN_MESSAGE).forEach(p -> message.append("\n  - ").append(p));
        if (verification.problemCount() > MAX_PROBLEMS_IN_MESSAGE) {
            message.append("\n  … and ").append(verification.problemCount() - MAX_PROBLEMS_IN_MESSAGE).append(" more");
        }
        return message.toString();
    }

    /** Moves bytes after the last line break (a write torn by a crash) to a side file and truncates. */
    static void setAsideTornTail(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        long size = Files.size(file);
        long end;
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            end = lastLineBreak(read, size) + 1;
        }
        if (end == size) {
            return;
        }
        Path aside = tornFile(file);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileChannel out = FileChannel.open(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            in.transferTo(end, size - end, out);
            out.force(true);
            in.truncate(end);
            in.force(true);
        }
        LOG.warn("decision log {} ended in a torn write of {} bytes (a crash while writing); set aside in {}", file, size - end, aside);
    }

    /** Position of the last line break, or -1; reads backwards in blocks, so a large log is not read whole. */
    private static long lastLineBreak(FileChannel channel, long size) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(8192);
        long position = size;
        while (position > 0) {
            int length = (int) Math.min(block.capacity(), position);
            position -= length;
            block.clear().limit(length);
            while (block.hasRemaining() && channel.read(block, position + block.position()) > 0) {
                // read the whole block
            }
            for (int i = length - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    return position + i;
                }
            }
        }
        return -1;
    }

    private static Path tornFile(Path file) {
        for (int n = 1; ; n++) {
            Path candidate = file.resolveSibling(file.getFileName() + ".torn-" + n);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
