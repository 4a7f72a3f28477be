package dev.flute.examples.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostgreSQL server of the machine's own installation (Debian's {@code postgresql}
 * package): a new cluster in a temporary directory, trusting local connections, on an ephemeral
 * port of 127.0.0.1, removed when closed. PostgreSQL refuses to run as root, so under root it runs
 * as the {@code postgres} user the package creates.
 *
 * <p>Where it cannot start (no server binaries, no {@code postgres} user), {@link #start()} aborts
 * the calling test with the reason, so it shows as skipped, never as passed.
 */
final class PostgresServer implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    static PostgresServer start() throws Exception {
        Path bin = binaries()
                .orElseThrow(() -> skip("PostgreSQL's server is not installed (apt-get install postgresql): "
                        + "no initdb and pg_ctl under /usr/lib/postgresql/*/bin or on the PATH"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("flute-demo-pg");
        if (root) {
            UserPrincipal postgres;
            try {
                postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            } catch (IOException e) {
                Files.delete(dir);
                throw skip("running as root, and there is no 'postgres' user to run PostgreSQL as");
            }
            Files.setOwner(dir, postgres);
        }
        var server = new PostgresServer(bin, dir, freePort(), root);
        try {
            server.run("initdb", "-D", server.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
            server.run(
                    "pg_ctl",
                    "-D",
                    server.data(),
                    "-l",
                    dir.resolve("server.log").toString(),
                    "-o",
                    "-p " + server.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                    "-w",
                    "-t",
                    "60",
                    "start");
            return server;
        } catch (Exception e) {
            server.close();
            throw e;
        }
    }

    /** The JDBC URL of the server's {@code postgres} database. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    /** Runs one of the server's programs to its end; its output goes to the failure message. */
    private void run(String program, String... args) throws Exception {
        var command = new ArrayList<String>();
        if (asPostgresUser) command.addAll(List.of("runuser", "-u", "postgres", "--"));
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(program + " did not finish within 90 s");
        }
        String output = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0) {
            throw new IllegalStateException(program + " failed (" + process.exitValue() + "): " + output + log());
        }
    }

    private String log() throws IOException {
        Path log = dir.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(dir.resolve("data/postmaster.pid")))
                run("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** The newest installed server's program directory, or the one on the PATH. */
    private static Optional<Path> binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(PostgresServer::hasServer)
                        .max(Comparator.comparingInt(PostgresServer::version));
                if (newest.isPresent()) return newest;
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(p -> !p.isEmpty())
                .map(Path::of)
                .filter(PostgresServer::hasServer)
                .findFirst();
    }

    private static boolean hasServer(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static RuntimeException skip(String reason) {
        Assumptions.abort("PostgreSQL test skipped: " + reason);
        return new IllegalStateException(reason); // not reached: abort throws
    }
}
