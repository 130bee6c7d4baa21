package no.veiviser.examples.caseworker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {
    private final JsonBodies bodies = new JsonBodies(100);

    private RequestException refused(byte[] body, String contentLength) {
        return assertThrows(RequestException.class,
                () -> bodies.readObject(new ByteArrayInputStream(body), contentLength));
    }

    private RequestException refused(String body) {
        return refused(body.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void readsAnObject() throws Exception {
        byte[] body = "{\"age\": 34}".getBytes(StandardCharsets.UTF_8);
        assertEquals(34, bodies.readObject(new ByteArrayInputStream(body), Integer.toString(body.length)).get("age").intValue());
    }

    @Test
    void refusesBodiesOverTheLimitWhetherDeclaredOrNot() {
        byte[] big = new byte[101];
        Arrays.fill(big, (byte) ' ');
        assertEquals(413, refused(big, null).status());
        assertEquals(413, refused(new byte[0], "5000").status());
    }

    @Test
    void refusesWhatIsNotOneJsonObject() {
        assertEquals(400, refused("").status());
        assertEquals(400, refused("[1, 2]").status());
        assertTrue(refused("[1, 2]").getMessage().contains("an array"));
        assertTrue(refused("{\"age\": ").getMessage().contains("not valid JSON"));
        assertTrue(refused("{\"age\": 1} {}").getMessage().contains("not valid JSON"));
        assertTrue(refused("{\"age\": 1, \"age\": 2}").getMessage().contains("age"));
    }

    @Test
    void caseFieldsKeepScalarsAndNameNestedValues() throws Exception {
        Map<String, Object> fields = CaseFields.of(bodies.readObject(new ByteArrayInputStream(
                "{\"a\": 1, \"b\": 2.5, \"c\": true, \"d\": \"JA\", \"e\": null}".getBytes(StandardCharsets.UTF_8)), null));
        assertEquals(Arrays.asList(1, 2.5, true, "JA", null), fields.values().stream().toList());
        RequestException e = assertThrows(RequestException.class, () -> CaseFields.of(bodies.readObject(
                new ByteArrayInputStream("{\"a\": [1], \"b\": {}}".getBytes(StandardCharsets.UTF_8)), null)));
        assertEquals(2, e.problems().size());
        assertEquals("a", e.problems().get(0).field());
    }
}
