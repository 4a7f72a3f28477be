package dev.flute.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The checker itself must catch what a lax JSON comparison would let through. */
class ContractCheckTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static String diff(String expected, String actual) throws Exception {
        JsonNode e = M.readTree(expected);
        JsonNode a = M.readTree(actual);
        return ContractCheck.diff(e, a, "$");
    }

    @Test
    void equalDocumentsPass() throws Exception {
        assertNull(diff(
                "{\"a\":[1,2.5,\"x\",null,true],\"b\":{\"c\":0.0}}",
                "{ \"a\": [1, 2.5, \"x\", null, true], \"b\": {\"c\": 0.0} }"));
    }

    @Test
    void keyOrderMatters() throws Exception {
        assertNotNull(diff("{\"type\":\"x\",\"loc\":[]}", "{\"loc\":[],\"type\":\"x\"}"));
    }

    @Test
    void integerIsNotFloat() throws Exception {
        assertNotNull(diff("{\"price\":1.0}", "{\"price\":1}"));
        assertNotNull(diff("{\"gt\":0.0}", "{\"gt\":0}"));
    }

    @Test
    void valuesAndShapesMatter() throws Exception {
        assertNotNull(diff("{\"q\":null}", "{\"q\":\"null\"}"));
        assertNotNull(diff("[1,2]", "[1,2,3]"));
        assertNotNull(diff("{\"a\":1}", "{\"a\":1,\"b\":2}"));
        assertNotNull(diff("{\"limit\":10}", "{\"limit\":11}"));
    }

    @Test
    void everyBenchRequestIsChecked() {
        java.util.List<String> paths = ContractCheck.checks().stream()
                .map(c -> c.method() + " " + c.path())
                .toList();
        for (String p : new String[] {
            "GET /plaintext",
            "GET /json",
            "GET /items/abc",
            "GET /items/-1",
            "GET /items/5?limit=0",
            "GET /items/5?limit=101",
            "GET /items/5?limit=abc",
            "GET /r0/items/5?q=x",
            "GET /r999/items/5?q=x",
            "POST /items/",
            "GET /deps/"
        }) {
            org.junit.jupiter.api.Assertions.assertTrue(paths.contains(p), p);
        }
    }
}
