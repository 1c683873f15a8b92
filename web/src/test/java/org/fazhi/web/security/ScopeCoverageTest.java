package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.web.support.Routes;
import org.junit.jupiter.api.Test;

/**
 * The scope sweeps cover the whole route table: every route that takes no id has a row in the read
 * sweep (ScopeReads), the write sweep (ScopeWrites, ScopeImports) or the admin-only sweep
 * (ScopeExempt.adminOnly), or is listed as reading or writing no unit's record, with the reason; every
 * route with an id is ScopeSweepTest's (which checks its own table against the routes), and those of
 * them that write a body also have a row saying whether the body names a unit (then a write row
 * sends it naming another unit) or not. A new route fails here until it has its row; a row whose
 * route is gone fails too.
 */
class ScopeCoverageTest {
    @Test
    void everyRouteWithoutAnIdHasARowOrAReason() {
        Set<String> expected = new TreeSet<>();
        for (String r : Routes.all()) {
            if (!r.contains("{}")) {
                expected.add(r);
            }
        }
        Set<String> rows = new TreeSet<>();
        rows.addAll(ScopeReads.all().keySet());
        rows.addAll(ScopeReads.NOT_UNIT_SCOPED.keySet());
        rows.addAll(ScopeExempt.NOT_UNIT_SCOPED.keySet());
        for (String key : writeRows()) {
            if (!key.contains("{}")) {
                rows.add(key);
            }
        }
        assertEquals(expected, rows, "a route without an id has no row in the scope sweeps (or a row is stale)");
    }

    @Test
    void everyRouteWithAnIdThatWritesABodySaysWhetherItNamesAUnit() {
        Set<String> expected = new TreeSet<>();
        for (String r : Routes.withIds()) {
            if (r.startsWith("POST ") || r.startsWith("PUT ")) {
                expected.add(r);
            }
        }
        Set<String> rows = new TreeSet<>(ScopeExempt.NAMES_NO_UNIT.keySet());
        for (String key : writeRows()) {
            if (key.contains("{}")) {
                rows.add(key);
            }
        }
        assertEquals(expected, rows, "a write with an id is neither swept naming another unit nor listed as naming none");
    }

    @Test
    void noRouteIsInTwoTablesAndEveryReasonIsGiven() {
        List<String> twice = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Map<String, ?> table : List.of(ScopeReads.all(), ScopeReads.NOT_UNIT_SCOPED, ScopeExempt.NOT_UNIT_SCOPED,
                ScopeExempt.NAMES_NO_UNIT, ScopeExempt.adminOnly())) {
            for (String key : table.keySet()) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        for (String key : writeRows()) {
            if (!ScopeExempt.adminOnly().containsKey(key) && !seen.add(key)) {
                twice.add(key);
            }
        }
        assertTrue(twice.isEmpty(), "in two tables: " + twice);
        for (Map<String, String> reasons : List.of(ScopeReads.NOT_UNIT_SCOPED, ScopeExempt.NOT_UNIT_SCOPED, ScopeExempt.NAMES_NO_UNIT)) {
            reasons.forEach((route, why) -> assertTrue(why != null && why.length() > 10, route + " needs its reason"));
        }
    }

    /** The routes of the write, import and admin-only rows ("METHOD route", variants folded). */
    private static Set<String> writeRows() {
        Set<String> out = new TreeSet<>();
        for (String key : ScopeWrites.all().keySet()) {
            out.add(key.contains(" · ") ? key.substring(0, key.indexOf(" · ")) : key);
        }
        for (String key : ScopeImports.all().keySet()) {
            out.add(key.replace(ScopeImports.BY_NAME, ""));
        }
        out.addAll(ScopeExempt.adminOnly().keySet());
        return out;
    }
}
