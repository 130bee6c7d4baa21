package no.veiviser.data.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds JSON records to a {@link RecordSink}: either a JSON array of flat objects, or JSON Lines
 * (one object per line). The first record's keys act as the header; a later record may leave a
 * key out (missing value) but may not add one. Values of skipped columns are not looked at.
 */
final class JsonRecords {
    /**
     * Strict reading: a duplicate key (which would silently keep the last value) and content after a
     * record are errors, and decimals keep their exact value (checked exactly against ranges and
     * integer types instead of being rounded first).
     */
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** For one JSON Lines record: the same, and nothing may follow the object on its line. */
    private static final com.fasterxml.jackson.databind.ObjectReader LINE = MAPPER.reader()
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final RecordSink rows;
    private List<String> header;
    private Map<String, Integer> positions;

    JsonRecords(RecordSink rows) {
        this.rows = rows;
    }

    /** Reads a JSON array of objects; stops at the first syntax error, which it reports as a problem of the file. */
    void readArray(BufferedReader in) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                rows.fileProblem(parser.currentLocation().getLineNr(), "expected a JSON array of objects");
                return;
            }
            while (!rows.full()) {
                token = parser.nextToken();
                if (token == null) {
                    rows.fileProblem(parser.currentLocation().getLineNr(), "the JSON array is not closed (the file was cut short?)");
                    return;
                }
                if (token == JsonToken.END_ARRAY) {
                    if (parser.nextToken() != null) {
                        rows.fileProblem(parser.currentLocation().getLineNr(), "unexpected content after the JSON array");
                    }
                    return;
                }
                long line = parser.currentLocation().getLineNr();
                JsonNode node = MAPPER.readTree(parser);
                if (!record(node, line)) {
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            rows.fileProblem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads JSON Lines; a malformed line is a bad record and reading goes on with the next line. */
    void readLines(BufferedReader in) throws IOException {
        String text;
        long line = 0;
        while (!rows.full() && (text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = LINE.readTree(text);
            } catch (JsonProcessingException e) {
                rows.badRecord(line, "", "malformed JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!record(node, line)) {
                return;
            }
        }
    }

    /** Handles one record; false when reading must stop (unusable header). */
    private boolean record(JsonNode node, long line) {
        if (!node.isObject()) {
            rows.badRecord(line, "", "expected a JSON object, got " + node.getNodeType());
            return true;
        }
        if (header == null && !header(node, line)) {
            return false;
        }
        Object[] cells = new Object[header.size()];
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        Map<String, String> structure = new LinkedHashMap<>();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Integer position = positions.get(field.getKey());
            if (position == null) {
                structure.put(field.getKey(),
                        "column is not in the first record (or unknown to the schema): every record must have the same columns");
                continue;
            }
            if (rows.skipped(position)) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                structure.put(field.getKey(), "expected a single value, got " + value.getNodeType());
                continue;
            }
            cells[position] = value.isNull() ? null
                    : value.isTextual() ? value.textValue()
                    : value.isBoolean() ? (Object) value.booleanValue()
                    : value.numberValue();
        }
        if (structure.isEmpty()) {
            rows.objectRecord(line, cells);
        } else {
            rows.badRecord(line, structure);
        }
        return true;
    }

    private boolean header(JsonNode first, long line) {
        header = new ArrayList<>();
        positions = new HashMap<>();
        first.fieldNames().forEachRemaining(name -> {
            positions.put(name, header.size());
            header.add(name);
        });
        return rows.header(header, line);
    }
}
