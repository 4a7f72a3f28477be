package dev.flute.dsl.vertx;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assertions;

/** Sends bytes exactly as given and reads what comes back, for requests no well-behaved client would send. */
final class RawSocket {
    private RawSocket() {}

    /** What the server answered before closing or going silent; "" when it closed without a word. */
    static String exchange(int port, String request, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMillis);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readUntilQuiet(socket.getInputStream());
        }
    }

    /** What the server answered before it closed the connection; fails when it keeps the connection open. */
    static String exchangeUntilClosed(int port, String request, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMillis);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var out = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; )
                    out.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            } catch (SocketTimeoutException open) {
                throw new AssertionError("the server kept the connection open after: " + out);
            } catch (IOException reset) {
                // a reset is a close too
            }
            return out.toString();
        }
    }

    static String readUntilQuiet(InputStream in) throws IOException {
        var out = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) out.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        } catch (SocketTimeoutException quiet) {
            // the server kept the connection open: what it sent so far is the answer
        } catch (IOException reset) {
            // a reset after the answer still leaves the answer
        }
        return out.toString();
    }

    static int status(String response) {
        return response.startsWith("HTTP/1.") ? Integer.parseInt(response.substring(9, 12)) : -1;
    }

    /** The response has this status and ends with this body. */
    static void assertAnswer(String response, int status, String body) {
        Assertions.assertEquals(status, status(response), response);
        Assertions.assertTrue(response.endsWith(body), response);
    }
}
