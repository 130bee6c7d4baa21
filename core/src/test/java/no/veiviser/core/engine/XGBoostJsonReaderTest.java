package no.veiviser.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Malformed, hostile and unsupported model files: each refused with a bounded message naming the position. */
class XGBoostJsonReaderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A valid two-class softprob model with two small trees over three columns. */
    private static String valid() {
        float[][] sample = {{0f, 1f, 2f}, {1f, 0f, Float.NaN}, {2f, 2f, 0f}, {3f, Float.NaN, 1f}};
        TestTree a = new TestTree();
        int root = a.split(0, 1.5, true, a.split(1, 0.5, false, a.leaf(-0.2), a.leaf(0.1)), a.leaf(0.3));
        TestTree b = new TestTree();
        int rootB = b.split(2, 0.5, true, b.leaf(0.05), b.leaf(-0.05));
        return TestTree.model("multi:softprob", 2, "5E-1", 3, List.of(a.root(root, sample), b.root(rootB, sample)), new int[] {0, 1});
    }

    private static String edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(valid());
            edit.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode learner(ObjectNode root) {
        return (ObjectNode) root.get("learner");
    }

    private static ObjectNode tree(ObjectNode root, int t) {
        return (ObjectNode) root.at("/learner/gradient_booster/model/trees").get(t);
    }

    private static String refusal(String json) {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> XGBoostJsonReader.read(json.getBytes(StandardCharsets.UTF_8), "booster.json"));
        assertTrue(e.getMessage().startsWith("booster.json: cannot be scored"), e.getMessage());
        assertTrue(e.getMessage().length() < 4000, "bounded message: " + e.getMessage().length());
        return e.getMessage();
    }

    private static void assertRefused(String json, String... parts) {
        String message = refusal(json);
        for (String part : parts) {
            assertTrue(message.contains(part), "expected «" + part + "» in: " + message);
        }
    }

    @Test
    void readsTheValidModel() {
        TreeEnsemble e = XGBoostJsonReader.read(valid().getBytes(StandardCharsets.UTF_8), "booster.json");
        assertEquals(2, e.outputCount());
        assertEquals(3, e.featureCount());
        assertEquals(2, e.treeCount());
        assertEquals(2, e.maxDepth());
        assertEquals("1.6.2", e.xgboostVersion());
    }

    @Test
    void refusesWhatIsNotAModelFile() {
        assertRefused("", "the file does not hold a JSON object");
        assertRefused("[1, 2]", "the file does not hold a JSON object");
        assertRefused("{\"learner\": ", "not valid JSON at line 1");
        assertRefused(valid() + " {}", "unexpected content after the model object");
        assertRefused(valid().replace("{\"learner\":{", "{\"learner\":{\"objective\":{\"name\":\"multi:softprob\"},"),
                "not valid JSON", "Duplicate field 'objective'");
        assertRefused(edited(r -> r.remove("version")), "it has no \"version\"");
        assertRefused("{\"version\": [1, 6, 2]}", "no tree model found");
        assertRefused(new String(new byte[] {'{', 'L', 0, 0, 0, 5}, StandardCharsets.ISO_8859_1), "not valid JSON");
    }

    @Test
    void refusesANewerFormatVersionByNameAndVersion() {
        assertRefused(edited(r -> r.set("version", MAPPER.valueToTree(List.of(4, 0, 1)))),
                "written by XGBoost 4.0.1, a model format version this reader does not know", "1.x to 3.x");
    }

    @Test
    void refusesUnsupportedObjectivesAndBoosters() {
        assertRefused(edited(r -> ((ObjectNode) learner(r).get("objective")).put("name", "rank:pairwise")),
                "objective \"rank:pairwise\" is not supported", "multi:softprob", "binary:logistic");
        assertRefused(edited(r -> ((ObjectNode) learner(r).get("gradient_booster")).put("name", "gblinear")), "linear booster");
        assertRefused(edited(r -> ((ObjectNode) learner(r).get("gradient_booster")).put("name", "forest")), "unknown booster \"forest\"");
        assertRefused(edited(r -> ((ObjectNode) learner(r).get("learner_model_param")).put("num_target", "2")), "multi-target");
        assertRefused(edited(r -> tree(r, 0).set("split_type", MAPPER.valueToTree(List.of(1, 0, 0, 0, 0)))),
                "trees[0] node 0: a categorical split");
        assertRefused(edited(r -> ((ObjectNode) tree(r, 0).get("tree_param")).put("size_leaf_vector", "3")), "vector-leaf");
    }

    @Test
    void refusesClassAndBaseScoreMismatches() {
        assertRefused(edited(r -> ((ObjectNode) learner(r).get("learner_model_param")).put("num_class", "1")),
                "needs at least 2 classes");
        assertRefused(edited(r -> ((ObjectNode) learner(r).get("learner_model_param")).put("num_class", "many")),
                "num_class: \"many\" is not a whole number");
        assertRefused(edited(r -> ((ObjectNode) learner(r).get("learner_model_param")).put("base_score", "[1E-1,2E-1,3E-1]")),
                "base_score: 3 values for a model with 2 outputs");
        assertRefused(edited(r -> ((ObjectNode) learner(r).get("learner_model_param")).put("base_score", "half")),
                "base_score: \"half\" is not a number");
        assertRefused(edited(r -> {
            ((ObjectNode) learner(r).get("objective")).put("name", "binary:logistic");
            ((ObjectNode) learner(r).get("learner_model_param")).put("num_class", "0").put("base_score", "1.5");
            ((ArrayNode) r.at("/learner/gradient_booster/model/tree_info")).removeAll().add(0).add(0);
        }), "is not a probability");
        assertRefused(edited(r -> ((ArrayNode) r.at("/learner/gradient_booster/model/tree_info")).remove(1)),
                "tree_info: lists 1 trees, the model has 2");
        assertRefused(edited(r -> ((ArrayNode) r.at("/learner/gradient_booster/model/tree_info")).set(1, 7)),
                "tree_info[1]: output 7 of a model with 2 outputs");
    }

    @Test
    void refusesMalformedTreesNamingTheNode() {
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("left_children")).set(0, 9)),
                "trees[0] node 0: child 9 is outside the tree's 5 nodes");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("left_children")).set(1, 0)),
                "trees[0] node 1: child 0 is outside");
        assertRefused(edited(r -> {
            ArrayNode left = (ArrayNode) tree(r, 0).get("left_children");
            ArrayNode right = (ArrayNode) tree(r, 0).get("right_children");
            left.set(1, 2);
            right.set(1, 2);
        }), "is reached twice (the nodes do not form a tree)");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("right_children")).set(2, 1)), "a leaf on the left but a child on the right");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("split_indices")).set(0, 3)),
                "node 0: splits on feature 3, but the model has 3 features");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("split_indices")).set(0, -1)), "splits on feature -1");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("default_left")).set(0, 2)), "default_left is 2");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("sum_hessian")).set(0, -1.0)), "cover (sum_hessian) -1.0");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("left_children")).remove(4)), "node arrays have different lengths");
        assertRefused(edited(r -> tree(r, 1).remove("sum_hessian")), "trees[1]: lacks one of");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("left_children")).set(0, "one")),
                "trees[0].left_children[0]: expected a whole number, found a string");
        assertRefused(edited(r -> ((ArrayNode) tree(r, 0).get("left_children")).set(0, 1L << 40)), "is out of range");
        assertRefused(valid().replace("\"split_conditions\":[1.5", "\"split_conditions\":[NaN"), "node 0: threshold is NaN");
        assertRefused(valid().replace("\"split_conditions\":[1.5,0.5,0.3", "\"split_conditions\":[1.5,0.5,Infinity"),
                "leaf value Infinity is not finite");
    }

    @Test
    void refusesATreeDeeperThanTheEngineExplains() {
        float[][] sample = {{0f}};
        TestTree deep = new TestTree();
        int node = deep.leaf(0.1);
        for (int level = 0; level <= TreeEnsemble.MAX_DEPTH; level++) {
            node = deep.split(0, level, true, node, deep.leaf(level));
        }
        String json = TestTree.model("binary:logistic", 0, "5E-1", 1, List.of(deep.root(node, sample)), new int[] {0});
        assertRefused(json, "trees[0]: deeper than 64 levels");
    }

    @Test
    void listsAtMostABoundedNumberOfProblems() {
        String json = edited(r -> {
            ArrayNode trees = (ArrayNode) r.at("/learner/gradient_booster/model/trees");
            ArrayNode info = (ArrayNode) r.at("/learner/gradient_booster/model/tree_info");
            for (int t = 0; t < 500; t++) {
                ObjectNode copy = tree(r, 0).deepCopy();
                ((ArrayNode) copy.get("split_indices")).set(0, 99);
                trees.add(copy);
                info.add(0);
            }
        });
        String message = refusal(json);
        assertTrue(message.contains("… and"), message);
    }
}
