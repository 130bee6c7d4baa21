package no.veiviser.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.data.schemas.ShippedSchemas;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a shipped dataset schema, or validates a schema file. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print a shipped dataset schema (JSON), or check a schema file and list every problem.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--dataset", paramLabel = "NAME", description = "Shipped dataset: arbeidssoker or sykefravaer.")
        String dataset;

        @Option(names = "--check", paramLabel = "FILE", description = "A schema file to validate.")
        Path file;
    }

    @Override
    public Integer call() {
        if (choice.dataset != null) {
            spec.commandLine().getOut().print(ShippedSchemas.text(choice.dataset));
            spec.commandLine().getOut().flush();
            return 0;
        }
        DatasetSchema schema = SchemaReader.read(choice.file);
        spec.commandLine().getOut().printf("%s: valid schema \"%s\" with %d features, %d protected attributes and target %s (%d classes)%n",
                choice.file, schema.name(), schema.features().size(), schema.protectedAttributes().size(),
                schema.target().name(), schema.target().classCount());
        return 0;
    }
}
