package org.scalingadvisor;

import org.scalingadvisor.api.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real service in its own JVM (the main class on the test class path, as the run command starts
 * the jar), in a working folder of its own, so a test can kill it with SIGKILL and start it again on
 * the same data.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the service in {@code workDir} with the shipped rules and samples, the given heap limit and
     * environment, and waits until /health/readiness is UP.
     */
    public static ServiceProcess start(Path workDir, String heap, Map<String, String> env) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + workDir.resolve("heap.hprof"),
                "org.scalingadvisor.Application", "--micronaut.server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("ADVISOR_RULES_DIR", TestFiles.RULES.toAbsolutePath().toString());
        builder.environment().put("ADVISOR_SAMPLES_DIR", Path.of("samples").toAbsolutePath().toString());
        builder.environment().put("ADVISOR_RULES_WATCH", "false");
        builder.environment().putAll(env);
        Path log = Files.createTempFile(workDir, "service", ".log");
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess service = new ServiceProcess(process, log, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + service.log());
            }
            try {
                if (service.http().get("/health/readiness").status() == 200) {
                    return service;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        service.kill();
        throw new IllegalStateException("the service was not ready within 90 s:\n" + service.log());
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public Http http() {
        return new Http(uri());
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Everything the service wrote to stdout and stderr so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
