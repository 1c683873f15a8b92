package org.fazhi.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code java -jar web.jar ARGS} run in this JVM, its stdout and stderr read back (for tests outside this package). */
public record CliRun(int exit, String out, String err) {
    public static CliRun of(String... args) {
        return withInput("", args);
    }

    /** As {@link #of}, with {@code input} on standard input. */
    public static CliRun withInput(String input, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.commandLine(args).execute(args);
            System.out.flush();
            System.err.flush();
            return new CliRun(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }

    public List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    /** One Chinese line on stderr and no stack trace, as every refusal of the command line ends. */
    public boolean oneChineseLine() {
        return errLines().size() == 1 && err.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !err.contains("Exception") && !err.contains("\tat ");
    }
}
