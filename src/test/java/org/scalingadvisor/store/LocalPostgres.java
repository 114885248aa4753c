package org.scalingadvisor.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: Debian's binaries (apt-get install postgresql, done by
 * .ci/run), a fresh cluster in a temporary folder, stopped when the JVM exits. As root the server
 * runs as the postgres user, since PostgreSQL refuses to run as root.
 */
public final class LocalPostgres {

    private static final Path BINARIES = Path.of("/usr/lib/postgresql");
    private static Map<String, String> settings;

    private LocalPostgres() {
    }

    /** Starts the server once per JVM and returns the datasource settings that reach it. */
    public static synchronized Map<String, String> datasource() {
        if (settings == null) {
            settings = start();
        }
        return settings;
    }

    /** A new, empty database on the same server (for a test that must not share the default one). */
    public static Map<String, String> freshDatabase(String name) {
        Map<String, String> shared = datasource();
        String url = shared.get("datasources.default.url");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "test", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("datasources.default.url", url.substring(0, url.lastIndexOf('/') + 1) + name,
                "datasources.default.username", "test",
                "datasources.default.password", "");
    }

    private static Map<String, String> start() {
        Server server = Server.create();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly));
        return server.settings();
    }

    /** A server of the test's own, which it may stop and start again (a database outage); stop it when done. */
    public static Server ownServer() {
        return Server.create();
    }

    /** One PostgreSQL cluster in a temporary folder. */
    public static final class Server implements AutoCloseable {

        private final Path bin;
        private final Path dir;
        private final boolean root;
        private final int port;

        private Server(Path bin, Path dir, boolean root, int port) {
            this.bin = bin;
            this.dir = dir;
            this.root = root;
            this.port = port;
        }

        static Server create() {
            try {
                Path bin = binaries();
                Path dir = Files.createTempDirectory("advisor-pg");
                boolean root = "root".equals(System.getProperty("user.name"));
                if (root) {
                    run(List.of("chown", "postgres", dir.toString()));
                }
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                Server server = new Server(bin, dir, root, port);
                run(asServerUser(root, List.of(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", "test",
                        "--auth=trust", "-E", "UTF8")));
                server.start();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Path data() {
            return dir.resolve("data");
        }

        /** The datasource settings that reach this server's postgres database. */
        public Map<String, String> settings() {
            return Map.of("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "datasources.default.username", "test",
                    "datasources.default.password", "");
        }

        public void start() throws IOException {
            run(asServerUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l",
                    dir.resolve("log").toString(), "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
                    "-w", "start")));
        }

        /** Stops the server at once: open connections are cut, new ones are refused. */
        public void stop() throws IOException {
            run(asServerUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate",
                    "-w", "stop")));
        }

        void stopQuietly() {
            try {
                run(asServerUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast",
                        "-w", "stop")));
            } catch (IOException | RuntimeException e) {
                System.err.println("could not stop the test PostgreSQL in " + data() + ": " + e);
            }
        }

        @Override
        public void close() {
            stopQuietly();
        }
    }

    private static Path binaries() throws IOException {
        if (!Files.isDirectory(BINARIES)) {
            throw new IllegalStateException("PostgreSQL is not installed: apt-get install -y postgresql (.ci/run does)");
        }
        try (Stream<Path> versions = Files.list(BINARIES)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + BINARIES));
        }
    }

    private static List<String> asServerUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
