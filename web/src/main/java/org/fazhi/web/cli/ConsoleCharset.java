package org.fazhi.web.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * What the jar prints must stay readable on a Chinese Windows console (code page 936/GBK) as well as
 * on a UTF-8 terminal. Java 17 knows the console's charset; when output is redirected to a file we
 * fall back to the platform's. Set once at start, before logging begins.
 */
public final class ConsoleCharset {
    /** Read by logback.xml for the console appender. */
    public static final String PROPERTY = "fazhi.console.charset";

    private ConsoleCharset() {
    }

    public static Charset detect() {
        java.io.Console console = System.console();
        if (console != null) {
            return console.charset();
        }
        String stdout = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        if (stdout != null && Charset.isSupported(stdout)) {
            return Charset.forName(stdout);
        }
        return Charset.defaultCharset();
    }

    public static Charset install() {
        Charset cs = detect();
        System.setProperty(PROPERTY, cs.name());
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, cs));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, cs));
        return cs;
    }
}
