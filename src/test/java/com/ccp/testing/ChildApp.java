package com.ccp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The app in a JVM of its own, started from the test's classpath on a given data directory: a test
 * can kill it as hard as the OOM killer would ({@link #killHard()}) and start another on the same
 * data.
 */
public final class ChildApp implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app and waits until it answers on its port. */
    public static ChildApp start(Path dataDir, String name) throws IOException, InterruptedException {
        int port = freePort();
        Path work = Path.of("target", "child-apps").toAbsolutePath();
        Files.createDirectories(work.resolve("tmp"));
        Path arguments = work.resolve(name + ".args");
        // the classpath is longer than a command line may be
        Files.write(arguments, List.of("-cp", quoted(System.getProperty("java.class.path")), "-Xmx768m",
                "-Djava.io.tmpdir=" + quoted(work.resolve("tmp").toString()),
                "com.ccp.Application", "--server.port=" + port, "--app.data-dir=" + quoted(dataDir.toAbsolutePath().toString()),
                "--app.demo-data=false", "--logging.level.root=warn", "--logging.level.com.ccp=info"));
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + arguments).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildApp app = new ChildApp(process, port, log);
        app.awaitUp(Duration.ofSeconds(150));
        return app;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, as the OOM killer or {@code kill -9} would: no shutdown hook runs. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitUp(Duration limit) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the app did not come up within " + limit + ":\n" + tail());
            }
            Thread.sleep(250);
        }
    }

    /** The end of the app's output, for a failure message. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the app cleanly (SIGTERM: graceful shutdown, the database stopped). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
