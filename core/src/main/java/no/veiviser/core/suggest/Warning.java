package no.veiviser.core.suggest;

import java.util.Optional;
import no.veiviser.core.schema.LocalizedText;

/** A warning a caseworker must see with the suggestion. */
public record Warning(WarningKind kind, Optional<String> field, LocalizedText message) {
}
