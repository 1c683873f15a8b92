package org.fazhi.assessment.figures;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class whose tests only read one {@link FigureCounty}, built once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadsFigureCounty {
    FigureCounty c;

    @BeforeAll
    void build() {
        c = new FigureCounty();
    }

    @AfterAll
    void close() {
        c.close();
    }
}
