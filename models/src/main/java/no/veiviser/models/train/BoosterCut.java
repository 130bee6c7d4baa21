package no.veiviser.models.train;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a gbtree booster in XGBoost's JSON model format after its first rounds: the first
 * {@code rounds × treesPerRound} trees and their {@code tree_info} entries are kept, the tree count
 * is set to match, and the early-stopping bookkeeping attributes ({@code best_iteration},
 * {@code best_score}, {@code best_ntree_limit}) are dropped. Boosting builds tree t from the trees
 * before it only, so the cut booster is the booster that training for {@code rounds} rounds builds
 * (a test holds the two byte for byte). Numbers are copied as the text XGBoost wrote, never
 * re-parsed, so every split and leaf value stays bit for bit the same.
 */
final class BoosterCut {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String MODEL = "/learner/gradient_booster/model";
    private static final String TREES = MODEL + "/trees";
    private static final String TREE_INFO = MODEL + "/tree_info";
    private static final String NUM_TREES = MODEL + "/gbtree_model_param/num_trees";
    private static final String BOOSTER_NAME = "/learner/gradient_booster/name";
    private static final Set<String> DROPPED = Set.of("/learner/attributes/best_iteration", "/learner/attributes/best_score",
            "/learner/attributes/best_ntree_limit");

    private final int keep;
    private int treesSeen = -1;
    private int treeInfoSeen = -1;
    private boolean countSet;
    private String boosterName;

    private BoosterCut(int keep) {
        this.keep = keep;
    }

    /**
     * @param boosterJson   a gbtree booster saved with {@code toByteArray("json")}
     * @param rounds        boosting rounds to keep (≥ 1)
     * @param treesPerRound trees each round adds (the class count for {@code multi:softprob})
     * @return the cut booster, in XGBoost's JSON model format
     * @throws IllegalArgumentException when the booster is not a gbtree model or has fewer trees
     */
    static byte[] firstRounds(byte[] boosterJson, int rounds, int treesPerRound) {
        if (rounds < 1 || treesPerRound < 1) {
            throw new IllegalArgumentException("a booster is cut after at least one round of at least one tree, got "
                    + rounds + " rounds of " + treesPerRound);
        }
        BoosterCut cut = new BoosterCut(Math.multiplyExact(rounds, treesPerRound));
        ByteArrayOutputStream out = new ByteArrayOutputStream(boosterJson.length);
        try (JsonParser parser = JSON.createParser(boosterJson); JsonGenerator generator = JSON.createGenerator(out)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a booster in XGBoost's JSON model format is a JSON object");
            }
            cut.copy(parser, generator, "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the booster: " + e.getMessage(), e);
        }
        cut.check();
        return out.toByteArray();
    }

    private void check() {
        if (!"gbtree".equals(boosterName)) {
            throw new IllegalArgumentException("only a gbtree booster can be cut after a round, this one is " + boosterName);
        }
        if (treesSeen < keep || treeInfoSeen < keep || !countSet) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "cannot keep %d trees of a booster with %d trees (%d tree_info entries)", keep, treesSeen, treeInfoSeen));
        }
    }

    /** Copies the value at the parser's current token, cutting what lies on the paths above. */
    private void copy(JsonParser parser, JsonGenerator generator, String path) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                generator.writeStartObject();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path + "/" + name;
                    parser.nextToken();
                    if (DROPPED.contains(child)) {
                        parser.skipChildren();
                        continue;
                    }
                    generator.writeFieldName(name);
                    if (child.equals(NUM_TREES)) {
                        generator.writeString(Integer.toString(keep));
                        countSet = true;
                    } else if (child.equals(TREES)) {
                        treesSeen = copyPrefix(parser, generator, child);
                    } else if (child.equals(TREE_INFO)) {
                        treeInfoSeen = copyPrefix(parser, generator, child);
                    } else {
                        if (child.equals(BOOSTER_NAME)) {
                            boosterName = parser.getText();
                        }
                        copy(parser, generator, child);
                    }
                }
                generator.writeEndObject();
            }
            case START_ARRAY -> {
                generator.writeStartArray();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    copy(parser, generator, path + "/[]");
                }
                generator.writeEndArray();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
            case VALUE_STRING -> generator.writeString(parser.getText());
            case VALUE_TRUE -> generator.writeBoolean(true);
            case VALUE_FALSE -> generator.writeBoolean(false);
            case VALUE_NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("unexpected " + parser.currentToken() + " at " + path);
        }
    }

    /** Copies the first {@link #keep} elements of the array at the parser and skips the rest; returns how many there were. */
    private int copyPrefix(JsonParser parser, JsonGenerator generator, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException(path + " is not an array");
        }
        generator.writeStartArray();
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (count < keep) {
                copy(parser, generator, path + "/[]");
            } else {
                parser.skipChildren();
            }
            count++;
        }
        generator.writeEndArray();
        return count;
    }
}
