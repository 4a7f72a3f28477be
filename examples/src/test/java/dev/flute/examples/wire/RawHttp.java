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

    public record Reply(int status, List<Map.Entry<String, String>> headers, byte[] body) {
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
            return read(socket.getInputStream(), method.equals("HEAD"));
        }
    }

    private static Reply read(InputStream in, boolean head) throws IOException {
        byte[] all = in.readAllBytes();
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
        return new Reply(status, headers, rest);
    }

    private static byte[] dechunk(byte[] data) {
        var out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int lineEnd = indexOf(
                    java.util.Arrays.copyOfRange(data, i, data.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            int size =
                    Integer.parseInt(new String(data, i, lineEnd, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            i += lineEnd + 2;
            if (size == 0) break;
            out.write(data, i, size);
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
