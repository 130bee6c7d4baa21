package no.veiviser.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** The column a model suggests: its classes, in order when {@code ordered}. */
public record TargetSpec(String name, boolean ordered, LocalizedText label, LocalizedText description, List<Level> classes) {
    public TargetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        classes = List.copyOf(classes);
    }

    public int classCount() {
        return classes.size();
    }

    /** Index of the class with this code, if any. */
    public OptionalInt indexOf(String code) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).code().equals(code)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public List<String> classCodes() {
        return classes.stream().map(Level::code).toList();
    }
}
