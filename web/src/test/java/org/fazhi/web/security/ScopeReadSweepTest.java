package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.web.security.ScopeCalls.Answer;
import org.fazhi.web.security.ScopeReads.Read;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The organiser and the viewer scoped to 司法局 read every list, figure, form page, export (xlsx and
 * csv) and template of the route table that takes no id ({@link ScopeReads}) unfiltered; the organiser
 * reads them filtered to the sibling unit 财政局 and to the parent county, whose own records are not
 * its either.
 * Unfiltered, a read answers 200 (403 on admin pages, 400 where a unit is required) and shows neither unit; filtered to another
 * unit it answers 403/404, or shows nothing of that unit (neither unit's name appears in it, inside a
 * spreadsheet or .docx either). Filtered to their own unit the organiser's reads answer 200, so the
 * refusals are the scope's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeReadSweepTest {
    private static final Set<Integer> REFUSED = Set.of(403, 404);

    @AutoClose
    private final ScopeCalls s = new ScopeCalls();

    @Test
    void unfilteredReadsShowOnlyTheOwnSubtree() {
        List<String> leaks = new ArrayList<>();
        for (Read r : ScopeReads.all().values()) {
            for (String path : r.paths()) {
                for (String who : new String[] {ScopeCalls.ORGANISER, ScopeCalls.VIEWER}) {
                    Answer a = s.get(who, path);
                    boolean statusOk = r.admin() ? a.status() == 403 : r.unitRequired() ? a.status() == 400
                            : a.status() == 200 || who.equals(ScopeCalls.VIEWER) && a.status() == 403;
                    if (!statusOk || a.leak() != null) {
                        leaks.add(who + " GET " + path + " → " + a.told(a.leak()));
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " unfiltered reads failed:\n" + String.join("\n", leaks));
    }

    @Test
    void readsFilteredToTheSiblingOrTheParentShowNothingOfThem() {
        List<String> leaks = new ArrayList<>();
        for (Filtered f : filteredReads()) {
            for (Ledger.Unit other : List.of(s.l.finance, s.l.parent)) {
                String filtered = f.to(other);
                // The organiser only: the viewer reads through the same code with the same scope.
                Answer a = s.get(ScopeCalls.ORGANISER, filtered);
                boolean refused = REFUSED.contains(a.status());
                boolean empty = (a.status() == 200 || a.status() == 400) && a.leak() == null;
                if (!refused && !empty) {
                    leaks.add("GET " + filtered + " → " + a.told(a.leak()));
                }
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " filtered reads reached another unit:\n" + String.join("\n", leaks));
    }

    @Test
    void theSameReadsFilteredToTheOwnUnitAnswer() {
        List<String> failed = new ArrayList<>();
        for (Filtered f : filteredReads()) {
            String filtered = f.to(s.l.justice);
            Answer a = s.get(ScopeCalls.ORGANISER, filtered);
            if (a.status() != 200) {
                failed.add("GET " + filtered + " → " + a.shortText());
            }
        }
        assertTrue(failed.isEmpty(), "the organiser's own unit was refused:\n" + String.join("\n", failed));
    }

    @Test
    void everyFilterIsOneTheSweepKnows() {
        for (Read r : ScopeReads.all().values()) {
            for (String f : r.filters()) {
                assertTrue(Set.of("orgId", "parentId", "personId").contains(f), r.route() + ": " + f);
            }
            assertEquals(r.admin(), r.admin() && r.filters().isEmpty(), r.route() + ": an admin page is read unfiltered");
        }
    }

    /** A read's address and one of the query parameters that name a unit in it. */
    private record Filtered(String path, String filter) {
        /** The address filtered to {@code unit}: its id, or its head's for personId. */
        String to(Ledger.Unit unit) {
            long id = filter.equals("personId") ? unit.head.id() : unit.org.id();
            return path + (path.contains("?") ? "&" : "?") + filter + "=" + id;
        }
    }

    /** Every read of the table by every filter it takes. */
    private static List<Filtered> filteredReads() {
        List<Filtered> out = new ArrayList<>();
        for (Read r : ScopeReads.all().values()) {
            for (String filter : r.filters()) {
                for (String path : r.paths()) {
                    out.add(new Filtered(path, filter));
                }
            }
        }
        return out;
    }
}
