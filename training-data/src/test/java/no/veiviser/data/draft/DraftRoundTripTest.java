package no.veiviser.data.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.data.table.CsvFields;
import no.veiviser.data.table.DataFormat;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random files — every format, every column kind, awkward headers and values, missing cells
 * and absent keys — are drafted, and {@code TableReader} must then read each file unchanged with its
 * draft, every value as it was written and every column of the kind it was made as.
 */
class DraftRoundTripTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[][] PAIRS = {{"yes", "no"}, {"ja", "nei"}, {"true", "false"}, {"y", "n"}, {"J", "N"}, {"T", "F"}};
    private static final String[] CODES = {"Nord", "Sør", "a,b", "q\"uote", "lvl-1", "Øst vest", "x y", "Ærlig", "__", "∑"};

    @TempDir
    Path dir;

    enum Kind { INTEGER, NUMBER, YES_NO_TEXT, JSON_BOOLEAN, CATEGORY }

    /** A generated column: its kind, its header, and per row the value written (null when missing). */
    record Column(Kind kind, String header, Object[] values, String[] pair) {
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 24);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDraftReadsItsOwnFileUnchanged(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        DataFormat format = DataFormat.values()[(int) (seed % 3)];
        int rows = random.nextInt(30, 300);
        List<Column> columns = new ArrayList<>();
        int count = random.nextInt(1, 7);
        for (int c = 0; c < count; c++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            if (kind == Kind.JSON_BOOLEAN && format == DataFormat.CSV) {
                kind = Kind.YES_NO_TEXT;
            }
            String header = random.nextBoolean() ? "col " + c : "Kolonne-" + (char) ('A' + c) + (random.nextBoolean() ? " (%)" : "");
            columns.add(column(kind, header, rows, random));
        }
        String[] targetPair = PAIRS[random.nextInt(PAIRS.length)];
        Object[] target = new Object[rows];
        for (int row = 0; row < rows; row++) {
            target[row] = cased(targetPair[row % 2], random);
        }
        columns.add(new Column(Kind.YES_NO_TEXT, "Utfall", target, targetPair));
        Path file = write(format, columns, rows, random);

        DatasetSchema schema = SchemaDraft.draft(file, DraftOptions.target("Utfall").withFormat(format)).schema();
        Table table = TableReader.read(file, schema, no.veiviser.data.table.ReadOptions.defaults().withFormat(format));
        assertEquals(rows, table.rowCount());
        for (int c = 0; c < count; c++) {
            Column column = columns.get(c);
            FeatureSpec spec = schema.features().get(c);
            assertEquals(column.header(), spec.column());
            assertEquals(switch (column.kind()) {
                case INTEGER -> FeatureType.INTEGER;
                case NUMBER -> FeatureType.NUMERIC;
                case YES_NO_TEXT, JSON_BOOLEAN -> FeatureType.BOOLEAN;
                case CATEGORY -> FeatureType.CATEGORICAL;
            }, spec.type(), column.header());
            for (int row = 0; row < rows; row++) {
                assertEquals(expected(column, spec, row), table.feature(c, row), column.header() + " row " + row);
            }
        }
        for (int row = 0; row < rows; row++) {
            assertEquals(row % 2 == 0 ? 1 : 0, table.target(row), "target row " + row);
        }
    }

    private static Column column(Kind kind, String header, int rows, SplittableRandom random) {
        Object[] values = new Object[rows];
        double missing = random.nextBoolean() ? 0 : 0.15;
        String[] pair = PAIRS[random.nextInt(PAIRS.length)];
        int low = random.nextInt(-50, 50);
        int levels = random.nextInt(2, CODES.length + 1);
        for (int row = 0; row < rows; row++) {
            if (row > 1 && random.nextDouble() < missing) {
                continue;
            }
            values[row] = switch (kind) {
                case INTEGER -> low + random.nextInt(20);
                case NUMBER -> Math.round(random.nextDouble(-1e4, 1e4)) / 100.0;
                case YES_NO_TEXT -> cased(pair[(row + random.nextInt(2)) % 2], random);
                case JSON_BOOLEAN -> random.nextBoolean();
                case CATEGORY -> CODES[row < levels ? row : random.nextInt(levels)];
            };
        }
        if (kind == Kind.YES_NO_TEXT) {
            values[0] = pair[0];
            values[1] = pair[1];
        }
        return new Column(kind, header, values, pair);
    }

    private static String cased(String word, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> word;
            case 1 -> word.toUpperCase(Locale.ROOT);
            default -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        };
    }

    private static double expected(Column column, FeatureSpec spec, int row) {
        Object value = column.values()[row];
        if (value == null) {
            return Double.NaN;
        }
        return switch (column.kind()) {
            case INTEGER -> (Integer) value;
            case NUMBER -> (Double) value;
            case YES_NO_TEXT -> ((String) value).equalsIgnoreCase(column.pair()[0]) ? 1 : 0;
            case JSON_BOOLEAN -> (Boolean) value ? 1 : 0;
            case CATEGORY -> spec.levelIndex((String) value).orElseThrow();
        };
    }

    private Path write(DataFormat format, List<Column> columns, int rows, SplittableRandom random) throws IOException {
        StringBuilder text = new StringBuilder();
        if (format == DataFormat.CSV) {
            for (int c = 0; c < columns.size(); c++) {
                CsvFields.append(c == 0 ? text : text.append(','), columns.get(c).header());
            }
            text.append('\n');
            for (int row = 0; row < rows; row++) {
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).values()[row];
                    CsvFields.append(c == 0 ? text : text.append(','), value == null ? "" : String.valueOf(value));
                }
                text.append('\n');
            }
        } else {
            text.append(format == DataFormat.JSON ? "[\n" : "");
            for (int row = 0; row < rows; row++) {
                ObjectNode node = MAPPER.createObjectNode();
                for (Column column : columns) {
                    Object value = column.values()[row];
                    if (value == null && row > 0 && random.nextBoolean()) {
                        continue;
                    }
                    node.set(column.header(), MAPPER.valueToTree(value));
                }
                text.append(MAPPER.writeValueAsString(node)).append(format == DataFormat.JSON && row < rows - 1 ? ",\n" : "\n");
            }
            text.append(format == DataFormat.JSON ? "]\n" : "");
        }
        Path file = dir.resolve("random." + format.name().toLowerCase(Locale.ROOT));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
