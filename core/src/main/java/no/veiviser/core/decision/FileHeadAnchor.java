package no.veiviser.core.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A {@link HeadAnchor} in a small JSON file, replaced atomically: the new head is written to a
 * temporary file, forced to disk and moved over the old one, so a crash leaves either the old head
 * or the new one, never a mix.
 */
public final class FileHeadAnchor implements HeadAnchor {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BYTES = 4096;

    private final Path file;

    public FileHeadAnchor(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public void publish(LogHead head) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] json = ("{\"sequence\":" + head.sequence() + ",\"hash\":\"" + head.hash() + "\"}\n").getBytes(StandardCharsets.UTF_8);
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(java.nio.ByteBuffer.wrap(json));
                out.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log head anchor " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<LogHead> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CorruptDecisionLogException("the log head anchor " + file + " is not a head (larger than " + MAX_BYTES + " bytes)");
            }
            JsonNode node = MAPPER.readTree(Files.readAllBytes(file));
            if (node == null || !node.path("sequence").canConvertToExactIntegral() || !node.path("hash").isTextual()) {
                throw new CorruptDecisionLogException("the log head anchor " + file + " does not hold {\"sequence\", \"hash\"}");
            }
            return Optional.of(new LogHead(node.path("sequence").asLong(), node.path("hash").asText()));
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CorruptDecisionLogException("the log head anchor " + file + " cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log head anchor " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }
}
