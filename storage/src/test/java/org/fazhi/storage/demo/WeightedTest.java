package org.fazhi.storage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generators' weighted choice: only weighted indexes, in their proportions, one draw each. */
class WeightedTest {
    @Test
    void eachIndexComesInItsWeightsShareAndAZeroWeightNever() {
        int[] weights = {0, 3, 0, 1};
        int[] seen = new int[weights.length];
        Random random = new Random(7);
        for (int i = 0; i < 4000; i++) {
            seen[Weighted.index(weights, random)]++;
        }
        assertEquals(0, seen[0] + seen[2]);
        assertTrue(seen[1] > 2850 && seen[1] < 3150, "about three quarters: " + seen[1]);
        assertEquals(4000, seen[1] + seen[3]);
    }

    @Test
    void aPickIsTheValueAtTheDrawnIndexWithOneDrawOfTheSeed() {
        String[] values = {"维持", "驳回", "撤销"};
        int[] weights = {5, 3, 2};
        Random a = new Random(42);
        Random b = new Random(42);
        for (int i = 0; i < 50; i++) {
            assertEquals(values[Weighted.index(weights, a)], Weighted.pick(values, weights, b));
        }
        assertEquals(a.nextInt(), b.nextInt(), "both seeds drawn the same number of times");
    }
}
