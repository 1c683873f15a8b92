package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class VisibleOrgsTest {
    @AutoClose
    final Fixture f = Fixture.onTestModule();
    final VisibleOrgs visible = f.s.visibleOrgs();

    @Test
    void eachActorGetsWhatTheServiceGivesItWithinItsScope() {
        Actor justice = Fixture.organiser(f.sifaju);
        assertEquals(f.s.orgs().visible(ADMIN), visible.list(ADMIN));
        assertEquals(f.s.orgs().visible(justice), visible.list(justice));
        assertEquals(List.of(f.sifaju, f.gongzheng), visible.list(justice));
        assertEquals(List.of(f.sifaju, f.gongzheng), visible.tree(justice).subtree(f.sifaju.id()));
        assertTrue(visible.tree(justice).find(f.county.id()).isEmpty(), "the county is above the bureau's scope");
        assertEquals(7, visible.tree(ADMIN).size());
    }

    @Test
    void theTreeIsReadOnceUntilTheLedgerChanges() {
        OrgTree first = visible.tree(ADMIN);
        assertSame(first, visible.tree(ADMIN), "nothing changed: the same tree");
        Org added = f.s.orgs().create(ADMIN, Org.draft("县审计局", OrgKind.DEPARTMENT, f.county.id()));
        OrgTree after = visible.tree(ADMIN);
        assertEquals(List.of(added), after.find(added.id()).stream().toList());
        assertEquals(8, visible.list(ADMIN).size());
        f.s.orgs().update(ADMIN, added.id(), Org.draft("县审计局(新)", OrgKind.DEPARTMENT, f.county.id()), 0);
        assertEquals("县审计局(新)", visible.tree(ADMIN).find(added.id()).orElseThrow().name());
        f.s.orgs().delete(ADMIN, added.id());
        assertEquals(f.s.orgs().visible(ADMIN), visible.list(ADMIN));
        assertTrue(visible.tree(ADMIN).find(added.id()).isEmpty());
    }

    @Test
    void theCallerMayChangeItsListWithoutChangingTheNextOne() {
        List<Org> mine = visible.list(ADMIN);
        mine.clear();
        assertEquals(7, visible.list(ADMIN).size());
    }
}
