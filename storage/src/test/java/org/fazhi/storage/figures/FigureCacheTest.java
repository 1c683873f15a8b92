package org.fazhi.storage.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.testing.TestActors;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Figures are computed once per ledger revision (the audit log's newest entry) and day, per key. */
class FigureCacheTest {
    @AutoClose
    private final TempLedger ledger = new TempLedger();
    private final Jdbi jdbi = ledger.database().jdbi();
    /** 2025-03-01 02:00 UTC, moved by the test. */
    private final TestClock clock = TestClock.on(2025, 3, 1);
    private final FigureCache cache = new FigureCache(clock);
    private final AtomicInteger computed = new AtomicInteger();

    private Integer figure(Object... args) {
        return jdbi.withHandle(h -> cache.get(h, "count", Arrays.asList(args), computed::incrementAndGet));
    }

    @Test
    void aFigureIsComputedOnceUntilTheLedgerChanges() {
        ledger.org("县司法局", OrgKind.DEPARTMENT, null);
        Integer first = figure(1L, 2025);
        assertSame(first, figure(1L, 2025), "nothing changed: the stored figure");
        assertEquals(1, computed.get());

        // Any audited change (every change of every module is) makes the next read compute again.
        ledger.org("县财政局", OrgKind.DEPARTMENT, null);
        assertEquals(2, figure(1L, 2025));
        assertEquals(2, figure(1L, 2025));
        assertEquals(2, computed.get());
    }

    @Test
    void keysKeepSubtreesPeriodsAndDaysApart() {
        figure(1L, 2025);
        figure(2L, 2025);
        figure(1L, 2024);
        figure(null, 2025);
        assertEquals(4, computed.get(), "each subtree and year its own figure");
        figure(null, 2025);
        assertEquals(4, computed.get(), "the whole ledger (no root) is a key like any other");

        clock.advance(Duration.ofDays(1));
        figure(1L, 2025);
        assertEquals(5, computed.get(), "a new day: overdue items and on-pace quotas are judged again");
    }

    @Test
    void theOldestFiguresMakeRoomAndClearForgetsAll() {
        for (int i = 0; i < 200; i++) {
            figure((long) i);
        }
        assertEquals(200, computed.get());
        figure(199L);
        assertEquals(200, computed.get(), "the newest are kept");
        figure(0L);
        assertEquals(201, computed.get(), "the oldest was dropped to bound memory");
        cache.clear();
        figure(199L);
        assertEquals(202, computed.get());
    }

    /** The count as a figure of the subtree the actor asks for; each computation notes the root it was given. */
    private Integer subtreeFigure(Actor actor, Long orgId, int year, List<Long> roots) {
        return cache.ofSubtree(jdbi, actor, orgId, "count", List.of(year), (h, root) -> {
            roots.add(root);
            return computed.incrementAndGet();
        });
    }

    @Test
    void aSubtreeFigureChecksTheScopeOnEveryReadAndIsKeyedByTheRootItResolved() {
        Org county = ledger.org("某县人民政府", OrgKind.COUNTY_GOV, null);
        Org bureau = ledger.org("县司法局", OrgKind.DEPARTMENT, county);
        Org other = ledger.org("另一县人民政府", OrgKind.COUNTY_GOV, null);
        Actor countyViewer = TestActors.viewer(county);
        Actor bureauViewer = TestActors.viewer(bureau);
        List<Long> roots = new ArrayList<>();

        Integer first = subtreeFigure(countyViewer, null, 2025, roots);
        assertEquals(List.of(county.id()), roots, "no unit asked for: the actor's scope");
        assertSame(first, subtreeFigure(countyViewer, county.id(), 2025, roots),
                "the county asked for by id is the same subtree, the same figure");
        assertSame(first, subtreeFigure(TestActors.viewer(null), county.id(), 2025, roots),
                "whoever may see the subtree shares its figure");
        assertEquals(1, computed.get());

        // The figure is stored, yet a unit outside the scope is refused before the cache is read.
        assertThrows(AccessDeniedException.class, () -> subtreeFigure(bureauViewer, county.id(), 2025, roots));
        assertThrows(AccessDeniedException.class, () -> subtreeFigure(countyViewer, other.id(), 2025, roots));
        assertEquals(1, computed.get());

        subtreeFigure(bureauViewer, null, 2025, roots);
        subtreeFigure(countyViewer, null, 2024, roots);
        assertEquals(List.of(county.id(), bureau.id(), county.id()), roots,
                "another root, or the same root with another key, is another figure");
    }
}
