package org.fazhi.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which limit a path gets: spreadsheet imports a large one, everything else the small default. */
class BodyLimitFilterTest {
    @Test
    void everyImportPathGetsTheImportLimitAndOtherPathsTheDefault() {
        BodyLimitFilter f = new BodyLimitFilter(BodyLimitFilter.DEFAULT_LIMIT);
        for (String p : List.of("api/study-sessions/import", "/api/test-batches/12/results/import", "study-sessions/import",
                "api/court-cases/import/")) {
            assertEquals(BodyLimitFilter.IMPORT_LIMIT, f.limitFor(p), p);
        }
        for (String p : List.of("api/orgs", "api/study-sessions/12", "api/study-sessions/import-template",
                "api/importer", "", "/")) {
            assertEquals(BodyLimitFilter.DEFAULT_LIMIT, f.limitFor(p), p);
        }
    }

    @Test
    void rulesMatchWholeSegmentsWithOneOrManyWildcardsAndTheFirstMatchWins() {
        BodyLimitFilter f = new BodyLimitFilter(100, List.of(
                new BodyLimitFilter.Rule("api/test-batches/*/results/import", 10),
                new BodyLimitFilter.Rule("/api/files/**", 20),
                new BodyLimitFilter.Rule("**/import", 30)));
        assertEquals(10, f.limitFor("api/test-batches/7/results/import"));
        assertEquals(30, f.limitFor("api/test-batches/7/8/results/import"), "* is exactly one segment");
        assertEquals(20, f.limitFor("api/files"), "** may stand for no segment");
        assertEquals(20, f.limitFor("api/files/a/b/c.pdf"));
        assertEquals(30, f.limitFor("import"));
        assertEquals(100, f.limitFor("api/filesystem"));
        assertTrue(new BodyLimitFilter.Rule("**", 1).matches("anything/at/all"));
        assertFalse(new BodyLimitFilter.Rule("api/*", 1).matches("api"));
    }
}
