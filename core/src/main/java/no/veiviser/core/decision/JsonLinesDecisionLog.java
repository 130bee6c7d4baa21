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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link DecisionLog}: one JSON line per record in a file, each forced to disk
 * before {@link #append} returns. When it opens a file whose last line was torn by a crash in the
 * middle of a write, it moves the torn bytes to {@code <file>.torn-<n>} and carries on after the
 * last complete record — a complete record is never dropped.
 */
public final class JsonLinesDecisionLog implements DecisionLog {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesDecisionLog.class);

    private final Path file;
    private final FileChannel channel;
    private long lastSequence;
    private String lastHash;

    private JsonLinesDecisionLog(Path file) throws IOException {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        setAsideTornTail(file);
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        List<DecisionRecord> existing = readRecords(file);
        if (existing.isEmpty()) {
            lastSequence = 0;
            lastHash = HashChain.GENESIS;
        } else {
            DecisionRecord last = existing.get(existing.size() - 1);
            lastSequence = last.sequence();
            lastHash = last.hash();
        }
    }

    /**
     * Opens (or creates) a log file, recovering from a torn last line.
     *
     * @throws CorruptDecisionLogException when a complete line is not a valid record (run {@code verify-log})
     */
    public static JsonLinesDecisionLog open(Path file) {
        try {
            return new JsonLinesDecisionLog(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open decision log " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized DecisionRecord append(DecisionEntry entry) {
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
        return record;
    }

    @Override
    public synchronized List<DecisionRecord> records() {
        try {
            return readRecords(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read decision log " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private static List<DecisionRecord> readRecords(Path file) throws IOException {
        List<DecisionRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.add(HashChain.parse(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new CorruptDecisionLogException("decision log " + file + " line " + (i + 1) + " is not a valid record ("
                        + e.getMessage() + "): check it with `veiviser verify-log`", e);
            }
        }
        return records;
    }

    /** Moves bytes after the last line break (a write torn by a crash) to a side file and truncates. */
    static void setAsideTornTail(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end == bytes.length) {
            return;
        }
        Path aside = tornFile(file);
        Files.write(aside, java.util.Arrays.copyOfRange(bytes, end, bytes.length), StandardOpenOption.CREATE_NEW);
        try (FileChannel truncate = FileChannel.open(file, StandardOpenOption.WRITE)) {
            truncate.truncate(end);
            truncate.force(true);
        }
        LOG.warn("decision log {} ended in a torn write of {} bytes (a crash while writing); set aside in {}", file,
                bytes.length - end, aside);
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
