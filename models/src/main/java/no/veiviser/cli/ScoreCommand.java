package no.veiviser.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import no.veiviser.core.Veiviser;
import no.veiviser.core.schema.Language;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionJson;
import no.veiviser.core.suggest.SuggestionText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores one case with a bundle and prints the suggestion as JSON and as text. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Make a suggestion for one case (a JSON object of field → value) and print it as JSON and as text.")
final class ScoreCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "DIR", description = "Model bundle directory or zip.")
    Path bundle;

    @Option(names = "--case", required = true, paramLabel = "CASE.json", description = "The case: {\"field\": value, …}.")
    Path caseFile;

    @Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|en", description = "Language of the text (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws IOException {
        Language lang = Language.parse(language);
        Map<String, Object> fields = readCase(caseFile);
        Suggestion suggestion = Veiviser.load(bundle).suggest(fields);
        PrintWriter out = spec.commandLine().getOut();
        out.println(MAPPER.writeValueAsString(SuggestionJson.of(suggestion)));
        out.println();
        out.print(SuggestionText.format(suggestion, lang));
        out.flush();
        return 0;
    }

    static Map<String, Object> readCase(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("case file " + file + " is not a JSON object of field → value: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read case file " + file + ": " + e.getMessage());
        }
    }
}
