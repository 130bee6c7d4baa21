package no.veiviser.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns a schema's JSON into one with an unordered target, for the tests that need one. */
public final class UnorderedTargets {
    private UnorderedTargets() {
    }

    /**
     * Sets {@code "ordered": false} on the target and drops what only an ordered target may have: the features'
     * monotone directions. Changes and returns {@code root}.
     */
    public static ObjectNode unordered(ObjectNode root) {
        ((ObjectNode) root.get("target")).put("ordered", false);
        for (JsonNode feature : root.get("features")) {
            ((ObjectNode) feature).remove("monotone");
        }
        return root;
    }
}
