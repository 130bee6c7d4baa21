package no.veiviser.models.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionJson;

/** One JSON object per line: {@code id}, {@code line}, then every field of {@link SuggestionJson#of}. */
final class JsonLinesSuggestionWriter implements SuggestionWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;

    JsonLinesSuggestionWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(String id, long line, Suggestion suggestion) throws IOException {
        ObjectNode node = MAPPER.createObjectNode().put("id", id).put("line", line);
        node.setAll(SuggestionJson.of(suggestion));
        out.write(MAPPER.writeValueAsString(node));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
