package no.veiviser.core.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code calibration.json} in a model bundle. */
public final class CalibrationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CalibrationJson() {
    }

    public static ObjectNode write(Calibration calibration) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("method", calibration.method());
        if (calibration instanceof TemperatureScaling t) {
            root.put("temperature", t.temperature());
        } else if (calibration instanceof PerClassCalibration perClass) {
            writeMaps(root.putArray("classes"), perClass.maps());
        } else if (calibration instanceof CumulativeCalibration cumulative) {
            writeMaps(root.putArray("thresholds"), cumulative.maps());
        }
        return root;
    }

    private static void writeMaps(ArrayNode array, List<ClassMap> maps) {
        for (ClassMap map : maps) {
            ObjectNode node = array.addObject();
            if (map.kind() == ClassMap.Kind.PLATT) {
                node.put("a", map.parameters()[0]);
                node.put("b", map.parameters()[1]);
            } else {
                ArrayNode thresholds = node.putArray("thresholds");
                for (double t : map.thresholds()) {
                    thresholds.add(t);
                }
                ArrayNode values = node.putArray("values");
                for (double v : map.values()) {
                    values.add(v);
                }
            }
        }
    }

    /**
     * Reads a calibration written by {@link #write}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Calibration read(JsonNode root, int classCount) {
        String method = root.path("method").asText("");
        if (method.startsWith("cumulative-")) {
            String mapMethod = method.substring("cumulative-".length());
            if (mapMethod.equals("none")) {
                return CumulativeCalibration.none();
            }
            return new CumulativeCalibration(mapMethod, maps(root.path("thresholds"), "thresholds", classCount - 1, mapMethod));
        }
        switch (method) {
            case "none":
                return new Calibration.Identity();
            case "temperature":
                return new TemperatureScaling(requireNumber(root, "temperature"));
            case "isotonic":
            case "platt":
                return new PerClassCalibration(method, maps(root.path("classes"), "classes", classCount, method));
            default:
                throw new IllegalArgumentException("calibration.json: unknown method \"" + method + "\"");
        }
    }

    private static List<ClassMap> maps(JsonNode array, String field, int count, String method) {
        if (!array.isArray() || array.size() != count) {
            throw new IllegalArgumentException("calibration.json: expected " + count + " entries in " + field);
        }
        List<ClassMap> maps = new ArrayList<>();
        for (JsonNode node : array) {
            if (method.equals("platt")) {
                maps.add(ClassMap.platt(requireNumber(node, "a"), requireNumber(node, "b")));
            } else if (method.equals("isotonic")) {
                maps.add(ClassMap.isotonic(numbers(node, "thresholds"), numbers(node, "values")));
            } else {
                throw new IllegalArgumentException("calibration.json: unknown map method \"" + method + "\"");
            }
        }
        return maps;
    }

    private static double requireNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("calibration.json: " + field + " must be a number");
        }
        return value.asDouble();
    }

    private static double[] numbers(JsonNode node, String field) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("calibration.json: " + field + " must be a list of numbers");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new IllegalArgumentException("calibration.json: " + field + "[" + i + "] must be a number");
            }
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
