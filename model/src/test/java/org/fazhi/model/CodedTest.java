package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Codes and labels are both read; the refusal names only the labels, which are what people type. */
class CodedTest {
    enum Level implements Coded {
        EASY("易"), MEDIUM("中"), HARD("难");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Test
    void readsTheCodeAndTheLabel() {
        assertEquals(Level.HARD, Coded.parse(Level.class, "hard", "difficulty", "难度"));
        assertEquals(Level.HARD, Coded.parse(Level.class, " 难 ", "difficulty", "难度"));
    }

    @Test
    void aWrongValueIsRefusedListingTheLabelsOnly() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Coded.parse(Level.class, "很难", "difficulty", "难度"));
        assertEquals("难度“很难”无效,应为:易、中、难", e.getMessage());
        assertEquals("difficulty", e.field());
    }
}
