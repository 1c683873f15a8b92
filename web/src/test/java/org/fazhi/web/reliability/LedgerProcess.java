package org.fazhi.web.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.web.support.Http;

/**
 * The real shaded {@code web.jar} run as a process of its own, as an office PC runs it: started on a
 * data folder, waited for until {@code /api/health} answers, then stopped gracefully (SIGTERM) or
 * killed (SIGKILL). Its console output goes to a file beside the data folder, so a failing test can
 * show it. Timeouts are generous: CI is a busy 2-core machine.
 */
final class LedgerProcess implements AutoCloseable {
    static final String PASSWORD = "kill-nine-password-1";
    /** How long a start, a command or a stop may take before the test gives up on it. */
    static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Process.exitValue() of a process ended by signal 9 on Linux: 128 + 9. */
    static final int KILLED = 137;
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    /** Written to the console file before each start; the address is looked for after the last one. */
    private static final String START = "======== start";
    /** Servers of this JVM still running: killed if the test JVM itself is stopped. */
    private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "kill-ledger-processes"));
    }

    private final Process process;
    private final Path console;
    private final int port;

    private LedgerProcess(Process process, Path console, int port) {
        this.process = process;
        this.console = console;
        this.port = port;
    }

    /** The jar built by {@code package}; failsafe passes its path, a run from the IDE finds it in target. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("fazhi.jar", "target/web.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("web.jar not found at " + jar + ": run `mvn package` first");
        }
        return jar;
    }

    private static List<String> command(String... args) {
        return command(List.of(), args);
    }

    /** @param prefix what runs java, e.g. {@code setpriv …} to run it as another user; empty for none */
    private static List<String> command(List<String> prefix, String... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static ProcessBuilder builder(List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // Chinese folder names on the command line need a UTF-8 locale for the child's file names.
        pb.environment().put("LC_ALL", "C.UTF-8");
        return pb;
    }

    /** What a finished command printed. */
    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        /** One Chinese line on stderr, no stack trace: how every refusal of the command line ends. */
        boolean oneChineseLine() {
            return errLines().size() == 1
                    && err.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !err.contains("Exception") && !err.contains("\tat ") && !out.contains("Exception");
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs {@code java -jar web.jar ARGS} to its end with {@code input} on standard input. */
    static Result run(String input, String... args) {
        return runAs(List.of(), input, args);
    }

    /** As {@link #run}, with {@code prefix} before java (see {@link #command(List, String...)}). */
    static Result runAs(List<String> prefix, String input, String... args) {
        try {
            Path out = Files.createTempFile("fazhi-cli", ".out");
            Path err = Files.createTempFile("fazhi-cli", ".err");
            try {
                Process p = builder(command(prefix, args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().close();
                if (!p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new AssertionError("web.jar " + String.join(" ", args) + " did not finish in " + PATIENCE);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code user add NAME --role admin} with {@link #PASSWORD}: the first account of a new ledger. */
    static void createAdmin(Path data, String name) {
        Result r = run(PASSWORD + "\n", "user", "add", name, "--role", "admin", "--data", data.toString());
        if (r.exit() != 0) {
            throw new AssertionError("user add failed: " + r);
        }
    }

    /**
     * Starts the server on {@code data} on a free port (the server picks it: no race with other
     * processes) and waits until it answers {@code /api/health}.
     */
    static LedgerProcess start(Path data) {
        Path console = data.resolveSibling(data.getFileName() + "-console.txt");
        marker(console, START);
        try {
            Process p = builder(command("--port", "0", "--data", data.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                    .start();
            p.getOutputStream().close();
            RUNNING.add(p);
            LedgerProcess lp = new LedgerProcess(p, console, awaitPort(p, console));
            lp.awaitHealthy();
            return lp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spawns {@code java -jar web.jar ARGS} with its output appended to {@code console}; the caller waits and ends it. */
    static Process launch(Path console, String... args) {
        try {
            Process p = builder(command(args)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile())).start();
            p.getOutputStream().close();
            RUNNING.add(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends a process from {@link #launch} with SIGTERM and waits for it. */
    static int stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        RUNNING.remove(p);
        return p.exitValue();
    }

    private static int awaitPort(Process p, Path console) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String text = read(console);
            // The last start's address: the console file collects every start of this folder.
            Matcher m = URL.matcher(text.substring(text.lastIndexOf(START)));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (!p.isAlive()) {
                throw new AssertionError("web.jar ended (exit " + p.exitValue() + ") before listening:\n" + text);
            }
            pause(100);
        }
        p.destroyForcibly();
        throw new AssertionError("web.jar printed no address within " + PATIENCE + ":\n" + read(console));
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (!process.isAlive()) {
                throw new AssertionError("web.jar ended (exit " + process.exitValue() + "):\n" + output());
            }
            pause(100);
        }
        throw new AssertionError("web.jar did not answer /api/health within " + PATIENCE + ":\n" + output());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A client signed in as "admin", the account {@link #createAdmin} makes first. */
    Http admin() {
        Http http = new Http(baseUrl());
        http.loginWithToken("admin", PASSWORD);
        return http;
    }

    /** What the server printed so far (every start of this data folder, separated by a marker line). */
    String output() {
        return read(console);
    }

    /** SIGKILL, as a power cut or the task manager's 结束进程 would: no shutdown hook runs. */
    int kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /** SIGTERM, as Ctrl+C: the server finishes what it is doing and closes the database. */
    int stop() {
        process.destroy();
        return awaitExit();
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("web.jar did not end within " + PATIENCE + ":\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        RUNNING.remove(process);
        marker(console, "======== exit " + process.exitValue());
        return process.exitValue();
    }

    private static void marker(Path console, String line) {
        try {
            Files.writeString(console, "\n" + line + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND, java.nio.file.StandardOpenOption.CREATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves no process behind, whatever the test did. */
    @Override
    public void close() {
        RUNNING.remove(process);
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            // read while being written: a split UTF-8 sequence at the end
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
