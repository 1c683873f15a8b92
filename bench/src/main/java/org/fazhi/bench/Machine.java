package org.fazhi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine a benchmark ran on, as BENCHMARKS.md states it: figures mean little without it. */
final class Machine {
    private Machine() {
    }

    /** e.g. "2 cores (Intel Xeon …), 24 GB RAM, Debian GNU/Linux 12 (bookworm), OpenJDK 17.0.15, sqlite3 3.40.1". */
    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores" + cpu() + ", " + ram() + ", " + os() + ", "
                + System.getProperty("java.vm.name").replace(" 64-Bit Server VM", "") + " " + System.getProperty("java.version")
                + ", sqlite3 " + sqlite3();
    }

    /** The load average now: figures taken on a busy machine are not comparable (see BENCHMARKS.md). */
    static String load() {
        String s = firstLine(Path.of("/proc/loadavg"), "");
        String[] parts = s.split(" ");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "?";
    }

    private static String cpu() {
        for (String line : lines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return " (" + line.substring(line.indexOf(':') + 1).strip().replaceAll("\\s+", " ") + ")";
            }
        }
        return "";
    }

    private static String ram() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return Math.round(kb / 1024.0 / 1024.0) + " GB RAM";
            }
        }
        return "RAM unknown";
    }

    private static String os() {
        for (String line : lines(Path.of("/etc/os-release"))) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring(12).replace("\"", "");
            }
        }
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String sqlite3() {
        try {
            Process p = new ProcessBuilder("sqlite3", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return out.isEmpty() ? "?" : out.split(" ")[0];
        } catch (IOException e) {
            return "not installed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String firstLine(Path file, String otherwise) {
        List<String> l = lines(file);
        return l.isEmpty() ? otherwise : l.get(0);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
