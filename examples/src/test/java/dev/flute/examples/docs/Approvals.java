package dev.flute.examples.docs;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Approval testing in http4k's manner (a copy of dsl-schema's test helper: tests never share
 * another module's test classes): a document is compared with the approved file
 * {@code src/test/resources/approved/NAME.approved.json}. On a difference the test fails with a line
 * diff and writes {@code NAME.received.json} beside it; approving a change is renaming that file.
 */
final class Approvals {
    private Approvals() {}

    static final Path DIR = Path.of("src", "test", "resources", "approved");

    static void verify(String name, JsonNode actual) {
        String received = pretty(actual);
        Path approvedFile = DIR.resolve(name + ".approved.json");
        Path receivedFile = DIR.resolve(name + ".received.json");
        try {
            String approved =
                    Files.exists(approvedFile) ? Files.readString(approvedFile, StandardCharsets.UTF_8) : null;
            if (received.equals(approved)) {
                Files.deleteIfExists(receivedFile);
                return;
            }
            Files.createDirectories(DIR);
            Files.writeString(receivedFile, received, StandardCharsets.UTF_8);
            if (approved == null) {
                fail("no approved document " + approvedFile + "; review " + receivedFile
                        + " and rename it to approve it");
            }
            fail("the document " + name + " changed; review " + receivedFile + " and rename it to approve:\n"
                    + diff(approved, received));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two-space indentation and {@code \n} line ends, as {@code OpenApi.prettyJson()} writes. */
    static String pretty(JsonNode node) {
        var indenter = new DefaultIndenter("  ", "\n");
        var separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        var printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return Json.mapper().writer(printer).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unified-style line diff (- expected, + actual) with two lines of context. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        var lines = new ArrayList<String>();
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add("  " + a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+ " + b[j++]);
            } else {
                lines.add("- " + a[i++]);
            }
        }
        return withContext(lines, 2);
    }

    private static String withContext(List<String> lines, int context) {
        var out = new StringBuilder();
        int last = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).startsWith("  ")) continue;
            int from = Math.max(k - context, last + 1);
            if (last >= 0 && from > last + 1) out.append("  ...\n");
            for (int c = from; c <= Math.min(k + context, lines.size() - 1); c++) {
                if (c > last) {
                    out.append(lines.get(c)).append('\n');
                    last = c;
                }
            }
        }
        return out.toString();
    }
}
