package no.veiviser.data.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks every data-file header goes through, with or without a schema. */
final class Headers {
    private Headers() {
    }

    /**
     * Each header name → its first position; a name seen again adds a problem and keeps its first position.
     */
    static Map<String, Integer> positions(List<String> names, String file, long line, List<LoadProblem> problems) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                problems.add(new LoadProblem(file, line, 0, name,
                        "column appears twice (positions " + (earlier + 1) + " and " + (i + 1) + ")"));
            }
        }
        return seen;
    }

    /** The problem of a file whose columns never became known: it is empty, or no record could be read. */
    static LoadProblem missing(String file, long records) {
        return new LoadProblem(file, 0, 0, "",
                records == 0 ? "the file is empty" : "no record could be read, so the file's columns are unknown");
    }
}
