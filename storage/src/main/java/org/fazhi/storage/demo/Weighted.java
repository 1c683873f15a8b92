package org.fazhi.storage.demo;

import java.util.Random;

/**
 * A random choice in set proportions, for the ledgers the demo and the benchmarks generate: 维持 far more often than
 * 确认无效, 行政处罚 more often than 行政给付. One draw of the caller's seeded {@link Random} per choice, so a fixed
 * seed gives the same ledger every time.
 */
public final class Weighted {
    private Weighted() {
    }

    /** An index into {@code weights}, each index drawn with its weight's share of their sum. */
    public static int index(int[] weights, Random random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One of {@code values}, each drawn with the weight at its index. */
    public static <T> T pick(T[] values, int[] weights, Random random) {
        return values[index(weights, random)];
    }
}
