package org.fazhi.web.dashboard.chart;

import java.util.ArrayList;
import java.util.List;

/** Round axis steps (1, 2 or 5 times a power of ten) so a scale reads 0, 5, 10, 15 rather than 0, 4.3, 8.6. */
final class Ticks {
    private Ticks() {
    }

    /** From 0 up to the first tick at or above {@code max}, at most about five steps; whole numbers. */
    static List<Long> upTo(double max) {
        long step = step(max);
        List<Long> out = new ArrayList<>();
        long t = 0;
        out.add(t);
        while (t < max) {
            t += step;
            out.add(t);
        }
        if (out.size() == 1) {
            out.add(step);
        }
        return out;
    }

    static long step(double max) {
        double raw = Math.max(1.0, max / 5.0);
        long magnitude = 1;
        while (magnitude * 10 <= raw) {
            magnitude *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
