package dev.flute.dsl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Approval testing in http4k's manner, for documents that should change only on purpose (an API's
 * OpenAPI document): a text is compared with the approved file {@code NAME.approved.EXT}; on a
 * difference the check fails with a line diff and writes {@code NAME.received.EXT} beside it, and
 * approving the change is renaming that file.
 *
 * <pre>{@code
 * Approvals.in(Path.of("src/test/resources/approved"), "json")
 *     .verify("items-api", OpenApi.of(api).prettyJson());
 * }</pre>
 */
public final class Approvals {
    private final Path dir;
    private final String extension;

    private Approvals(Path dir, String extension) {
        this.dir = dir;
        this.extension = extension;
    }

    /** Approval files in {@code dir}, named {@code NAME.approved.EXTENSION}. */
    public static Approvals in(Path dir, String extension) {
        return new Approvals(dir, extension);
    }

    /**
     * Passes when {@code received} is the approved text; otherwise writes it as the received file
     * and fails with what changed.
     *
     * @throws AssertionError when there is no approved text or it differs
     */
    public void verify(String name, String received) {
        Path approvedFile = dir.resolve(name + ".approved." + extension);
        Path receivedFile = dir.resolve(name + ".received." + extension);
        try {
            String approved =
                    Files.exists(approvedFile) ? Files.readString(approvedFile, StandardCharsets.UTF_8) : null;
            if (received.equals(approved)) {
                Files.deleteIfExists(receivedFile);
                return;
            }
            Files.createDirectories(dir);
            Files.writeString(receivedFile, received, StandardCharsets.UTF_8);
            if (approved == null) {
                throw new AssertionError(
                        "no approved " + approvedFile + "; review " + receivedFile + " and rename it to approve it");
            }
            throw new AssertionError("the document " + name + " changed; review " + receivedFile
                    + " and rename it to approve:\n" + diff(approved, received));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unified-style line diff (- expected, + actual) with two lines of context. */
    public static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        var lines = new ArrayList<String>();
        int i = 0;
        int j = 0;
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
