package org.fazhi.web.server;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a start's time goes: milestones in milliseconds since {@code main()} began, logged as one line once the
 * port is open, so the startup benchmark can say which part costs what (the JVM's own start before
 * {@code main()} is the benchmark's spawn-to-200 time minus the last milestone). Costs two clock reads a phase.
 * Only a start from the command line has a beginning; a server started in a test logs nothing.
 */
public final class StartupPhases {
    private static final Logger LOG = LoggerFactory.getLogger(StartupPhases.class);
    private static volatile long begun;
    private static final List<String> MARKS = new ArrayList<>();

    private StartupPhases() {
    }

    /** Called first thing in {@code main()}. */
    public static void begin() {
        begun = System.nanoTime();
    }

    /** The phase that has just ended. */
    static synchronized void mark(String phase) {
        if (begun != 0) {
            MARKS.add(phase + " " + (System.nanoTime() - begun) / 1_000_000);
        }
    }

    /** Logs the milestones of this start, once. */
    static synchronized void log() {
        if (!MARKS.isEmpty()) {
            LOG.info("启动用时(自 main 起累计毫秒):{}", String.join(",", MARKS));
            MARKS.clear();
            begun = 0;
        }
    }
}
