package org.fazhi.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in a JVM of its own ({@code java -Xmx256m …}), as an office runs it: started,
 * timed from spawn to its first 200 from {@code /api/health}, watched (peak RSS, OutOfMemoryError in
 * its output), and stopped with SIGTERM as Ctrl+C would.
 *
 * @param output    where its stdout and stderr go
 * @param port      the port it serves on
 * @param startupMs from spawn to its first 200 from {@code /api/health}
 */
record ServerProcess(Process process, Path output, int port, double startupMs) implements AutoCloseable {
    /** The heap an old office PC can spare; the target says the server runs within it. */
    static final String HEAP = "-Xmx256m";
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    /** The shaded server: {@code java -Xmx256m -jar web.jar --data DIR --port P}. */
    static ServerProcess ledger(Path jar, Path dataDir, Path output, String... jvmOptions) throws IOException, InterruptedException {
        return ledger(jar, dataDir, output, List.of(jvmOptions), List.of());
    }

    /** As above, with options for the server's own command line too (e.g. {@code --active-requests 2}). */
    static ServerProcess ledger(Path jar, Path dataDir, Path output, List<String> jvmOptions, List<String> serverOptions)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(List.of(java(), HEAP));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--data", dataDir.toString(), "--port", String.valueOf(port)));
        command.addAll(serverOptions);
        return start(command, output, port);
    }

    /**
     * A node of a shared instance: {@code java -Xmx256m -jar web.jar --db URL --attachments DIR --data NODE --port P},
     * the database password inherited from this process's {@code FAZHI_DB_PASSWORD}.
     */
    static ServerProcess shared(Path jar, String dbUrl, Path attachments, Path nodeDir, Path output)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = List.of(java(), HEAP, "-jar", jar.toString(), "--db", dbUrl, "--attachments",
                attachments.toString(), "--data", nodeDir.toString(), "--port", String.valueOf(port));
        return start(command, output, port);
    }

    /** The bare stack ({@link BareStack}) from this JVM's class path, with the same heap. */
    static ServerProcess bare(Path db, Path output, String... jvmOptions) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(List.of(java(), HEAP));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareStack.class.getName(),
                String.valueOf(port), db.toString()));
        return start(command, output, port);
    }

    private static ServerProcess start(List<String> command, Path output, int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        while (true) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServerProcess(p, output, port, (System.nanoTime() - start) / 1e6);
                }
            } catch (ConnectException | HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                // the connection was reset while the server was starting
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("服务器进程启动失败(退出码 " + p.exitValue() + "):" + tail(output) + "\n命令:"
                        + String.join(" ", command));
            }
            if (System.nanoTime() - start > START_LIMIT.toNanos()) {
                p.destroyForcibly();
                throw new IllegalStateException("服务器 " + START_LIMIT.toMinutes() + " 分钟内未就绪:" + tail(output));
            }
            Thread.sleep(5);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Peak resident set size so far in MB (VmHWM of /proc/PID/status), or -1 where there is no /proc. */
    double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Whether the process output or any of the given log files mention an OutOfMemoryError. */
    boolean outOfMemory(Path... logs) throws IOException {
        List<Path> files = new ArrayList<>(List.of(logs));
        files.add(output);
        for (Path f : files) {
            if (Files.isRegularFile(f) && Files.readString(f, StandardCharsets.ISO_8859_1).contains("OutOfMemoryError")) {
                return true;
            }
        }
        return false;
    }

    /** SIGTERM, as Ctrl+C or a service stop would send; killed if it has not stopped within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path output) {
        try {
            String s = Files.readString(output, StandardCharsets.UTF_8);
            return s.length() <= 2000 ? s : "…" + s.substring(s.length() - 2000);
        } catch (IOException e) {
            return "(无输出)";
        }
    }
}
