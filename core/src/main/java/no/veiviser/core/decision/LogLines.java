package no.veiviser.core.decision;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a JSON Lines log line by line with bounded memory: each complete line (ended by a line
 * break) is decoded as strict UTF-8, and bytes after the last line break — a write torn by a crash —
 * are counted, not read as a line. A line that is not UTF-8 or is longer than {@link #MAX_LINE_BYTES}
 * is reported by its number instead of being decoded.
 */
final class LogLines {
    /** Longest line accepted: records are a few kilobytes, even with raw input and reason texts. */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** What a scan sees, in file order. */
    interface Visitor {
        void line(int number, String text);

        void unreadable(int number, String problem);
    }

    private LogLines() {
    }

    /**
     * Visits every complete line of a file (a missing file has none).
     *
     * @return the number of bytes after the last line break (a torn last write), 0 when none
     */
    static long scan(Path file, Visitor visitor) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
            long pending = 0;
            boolean tooLong = false;
            int number = 1;
            int b;
            while ((b = in.read()) != -1) {
                if (b != '\n') {
                    pending++;
                    if (!tooLong && line.size() < MAX_LINE_BYTES) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                if (tooLong) {
                    visitor.unreadable(number, "longer than " + MAX_LINE_BYTES + " bytes: not a decision record");
                } else {
                    try {
                        visitor.line(number, decoder.decode(ByteBuffer.wrap(line.toByteArray())).toString());
                    } catch (CharacterCodingException e) {
                        visitor.unreadable(number, "not valid UTF-8 text (the line was damaged)");
                    }
                }
                line.reset();
                pending = 0;
                tooLong = false;
                number++;
            }
            return pending;
        } catch (NoSuchFileException e) {
            return 0;
        }
    }
}
