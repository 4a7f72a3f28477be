package dev.flute.examples.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over a socket that sends the request line exactly as given: no
 * normalisation of the path, raw bytes, any Host header. It is how the recorded FastAPI requests
 * are replayed byte for byte.
 */
public final class RawHttp {
    private RawHttp() {}

    /** An answer; {@code complete} is false when a streamed body was read only for a while. */
    public record Reply(int status, List<Map.Entry<String, String>> headers, byte[] body, boolean complete) {
        public String header(String name) {
            for (var h : headers) if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
            return null;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static Reply send(
            int port, String method, String target, List<Map.Entry<String, String>> headers, byte[] body)
            throws IOException {
        return send(port, method, target, headers, body, null);
    }

    /**
     * As {@link #send(int, String, String, List, byte[])}, but a chunked body is read for {@code
     * readStreamFor} at most (after its head), then the connection is closed: for streams that do not end.
     */
    public static Reply send(
            int port,
            String method,
            String target,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            java.time.Duration readStreamFor)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            var head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            boolean hasHost = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("host"));
            if (!hasHost) head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            for (var h : headers)
                head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            if (body != null)
                head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("Connection: close\r\n\r\n");
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) out.write(body);
            out.flush();
            return read(socket, method.equals("HEAD"), readStreamFor);
        }
    }

    private static Reply read(Socket socket, boolean head, java.time.Duration readStreamFor) throws IOException {
        InputStream in = socket.getInputStream();
        var received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long deadline = Long.MAX_VALUE;
        boolean complete = true;
        for (int n; ; ) {
            try {
                n = in.read(buffer);
            } catch (java.net.SocketTimeoutException stop) {
                if (deadline == Long.MAX_VALUE) throw stop;
                complete = false;
                break;
            }
            if (n < 0) break;
            received.write(buffer, 0, n);
            if (readStreamFor != null && deadline == Long.MAX_VALUE && streamed(received.toByteArray())) {
                deadline = System.currentTimeMillis() + readStreamFor.toMillis();
            }
            if (deadline != Long.MAX_VALUE) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    complete = false;
                    break;
                }
                socket.setSoTimeout((int) left);
            }
        }
        byte[] all = received.toByteArray();
        int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (split < 0) throw new IOException("no complete response head: " + new String(all, StandardCharsets.UTF_8));
        String[] lines = new String(all, 0, split, StandardCharsets.UTF_8).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new ArrayList<Map.Entry<String, String>>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(Map.entry(
                    lines[i].substring(0, colon).trim().toLowerCase(),
                    lines[i].substring(colon + 1).trim()));
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, split + 4, all.length);
        boolean chunked = headers.stream()
                .anyMatch(h ->
                        h.getKey().equals("transfer-encoding") && h.getValue().contains("chunked"));
        if (head) rest = new byte[0];
        else if (chunked) rest = dechunk(rest);
        return new Reply(status, headers, rest, complete);
    }

    /** The head has arrived and announces a chunked body. */
    private static boolean streamed(byte[] received) {
        int split = indexOf(received, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return split >= 0
                && new String(received, 0, split, StandardCharsets.ISO_8859_1)
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("transfer-encoding: chunked");
    }

    /** The chunks' data; a body cut short keeps the chunks that arrived whole, and what there is of the last. */
    private static byte[] dechunk(byte[] data) {
        var out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int lineEnd = indexOf(
                    java.util.Arrays.copyOfRange(data, i, data.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (lineEnd < 0) break;
            int size =
                    Integer.parseInt(new String(data, i, lineEnd, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            i += lineEnd + 2;
            if (size == 0) break;
            out.write(data, i, Math.min(size, data.length - i));
            i += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) if (data[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
