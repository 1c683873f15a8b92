package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.fazhi.storage.core.Fixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.TempLedger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An organiser or viewer scoped to 县司法局 works inside 司法局 and 公证处 and nowhere else. */
class ScopeTest {
    @AutoClose
    final TempLedger ledger = new TempLedger();
    final Fixture f = new Fixture(ledger);
    final OrgService orgs = f.s.orgs();
    final PersonService people = f.s.people();
    final Actor organiser = Fixture.organiser(f.sifaju);

    @Test
    void anOrganiserSeesOnlyItsSubtree() {
        assertEquals(List.of("县司法局", "公证处"), names(orgs.visible(organiser)));
        PageResult<Org> list = orgs.list(organiser, null, Page.FIRST);
        assertEquals(List.of("县司法局", "公证处"), names(list));
        assertEquals(2, list.total());
        assertEquals(List.of("公证处"), names(orgs.list(organiser, f.gongzheng.id(), Page.FIRST)));
        assertEquals(f.gongzheng, orgs.get(organiser, f.gongzheng.id()));

        assertThrows(AccessDeniedException.class, () -> orgs.list(organiser, f.county.id(), Page.FIRST));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> orgs.get(organiser, f.caizheng.id()));
        assertEquals("无权访问本账号管辖范围以外的单位", e.getMessage());
        assertThrows(AccessDeniedException.class, () -> orgs.get(organiser, f.county.id()));
    }

    @Test
    void anOrganiserCannotChangeUnitsOutsideItsSubtree() {
        assertThrows(AccessDeniedException.class,
                () -> orgs.update(organiser, f.caizheng.id(), Org.draft("县财政局(改)", OrgKind.DEPARTMENT, f.county.id()), 0));
        assertThrows(AccessDeniedException.class, () -> orgs.delete(organiser, f.town.id()));
        assertThrows(AccessDeniedException.class,
                () -> orgs.create(organiser, Org.draft("县财政局国库科", OrgKind.UNIT, f.caizheng.id())));
        assertEquals(f.caizheng, orgs.get(ADMIN, f.caizheng.id()));
        assertEquals(f.town, orgs.get(ADMIN, f.town.id()));
        assertEquals(7, orgs.list(ADMIN, null, Page.FIRST).total());
    }

    @Test
    void anOrganiserCannotCreateARootOrMoveUnitsOutOfItsSubtree() {
        AccessDeniedException root = assertThrows(AccessDeniedException.class,
                () -> orgs.create(organiser, Org.draft("新县人民政府", OrgKind.COUNTY_GOV, null)));
        assertEquals("只能在本账号管辖的单位之下新建或移动单位", root.getMessage());
        assertThrows(AccessDeniedException.class,
                () -> orgs.update(organiser, f.gongzheng.id(), Org.draft("公证处", OrgKind.UNIT, f.caizheng.id()), 0));
        assertThrows(AccessDeniedException.class,
                () -> orgs.update(organiser, f.gongzheng.id(), Org.draft("公证处", OrgKind.UNIT, null), 0));
        // Its own top unit stays where the admin put it, and stays.
        assertThrows(AccessDeniedException.class,
                () -> orgs.update(organiser, f.sifaju.id(), Org.draft("县司法局", OrgKind.DEPARTMENT, f.town.id()), 0));
        assertThrows(AccessDeniedException.class, () -> orgs.delete(organiser, f.sifaju.id()));
        assertEquals(f.sifaju.id(), orgs.get(ADMIN, f.gongzheng.id()).parentId());
        assertEquals(f.county.id(), orgs.get(ADMIN, f.sifaju.id()).parentId());
    }

    @Test
    void anOrganiserWorksFreelyInsideItsSubtree() {
        Org ke = orgs.create(organiser, Org.draft("普法科", OrgKind.UNIT, f.sifaju.id()));
        Org renamed = orgs.update(organiser, f.sifaju.id(), Org.draft("县司法局(县委依法治县办)", OrgKind.DEPARTMENT, f.county.id()), 0);
        assertEquals("县司法局(县委依法治县办)", renamed.name());
        orgs.update(organiser, f.gongzheng.id(), Org.draft("公证处", OrgKind.UNIT, ke.id()), 0);
        assertEquals(List.of("公证处", "普法科"), names(orgs.list(organiser, ke.id(), Page.FIRST)));
        Person p = people.create(organiser, Person.draft(ke.id(), "孙科长", "科长", LeaderCategory.STAFF));
        people.delete(organiser, p.id());
        orgs.update(organiser, f.gongzheng.id(), Org.draft("公证处", OrgKind.UNIT, f.sifaju.id()), 1);
        orgs.delete(organiser, ke.id());
        assertEquals(List.of("县司法局(县委依法治县办)", "公证处"), names(orgs.visible(organiser)));
    }

    @Test
    void anOrganiserCannotTouchPeopleOutsideItsSubtree() {
        assertThrows(AccessDeniedException.class, () -> people.get(organiser, f.qian.id()));
        assertThrows(AccessDeniedException.class,
                () -> people.update(organiser, f.qian.id(), Person.draft(f.caizheng.id(), "钱某", "局长", LeaderCategory.PRINCIPAL), 0));
        assertThrows(AccessDeniedException.class, () -> people.delete(organiser, f.qian.id()));
        assertThrows(AccessDeniedException.class,
                () -> people.create(organiser, Person.draft(f.caizheng.id(), "周科长", "科长", LeaderCategory.STAFF)));
        // Nor send one of its own people out of its subtree, nor pull one in.
        assertThrows(AccessDeniedException.class,
                () -> people.update(organiser, f.wang.id(), Person.draft(f.caizheng.id(), "王副局长", "副局长", LeaderCategory.DEPUTY), 0));
        assertThrows(AccessDeniedException.class,
                () -> people.list(organiser, new PersonService.Filter(f.caizheng.id(), null, null), Page.FIRST));

        assertEquals(f.qian, people.get(ADMIN, f.qian.id()));
        assertEquals(f.wang, people.get(ADMIN, f.wang.id()));
        assertEquals(4, f.personNames().size());
    }

    @Test
    void anOrganisersPeopleListIsItsSubtree() {
        PageResult<Person> list = people.list(organiser, PersonService.Filter.NONE, Page.FIRST);
        assertEquals(List.of("张局长", "王副局长", "赵主任"), list.items().stream().map(Person::name).toList());
        assertEquals(3, list.total());
        PageResult<Person> heads = people.list(organiser, new PersonService.Filter(null, LeaderCategory.PRINCIPAL, null), Page.FIRST);
        assertEquals(List.of("张局长", "赵主任"), heads.items().stream().map(Person::name).toList());
    }

    @Test
    void aViewerCanReadButNotWrite() {
        Actor viewer = Fixture.viewer(null);
        assertEquals(7, orgs.list(viewer, null, Page.FIRST).total());
        assertEquals(f.qian, people.get(viewer, f.qian.id()));

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> orgs.create(viewer, Org.draft("县审计局", OrgKind.DEPARTMENT, f.county.id())));
        assertEquals("查看者只能查看,不能修改数据", e.getMessage());
        assertThrows(AccessDeniedException.class,
                () -> orgs.update(viewer, f.town.id(), Org.draft("某街道", OrgKind.TOWNSHIP, f.county.id()), 0));
        assertThrows(AccessDeniedException.class, () -> orgs.delete(viewer, f.town.id()));
        assertThrows(AccessDeniedException.class,
                () -> people.create(viewer, Person.draft(f.town.id(), "吴镇长", "镇长", LeaderCategory.PRINCIPAL)));
        assertThrows(AccessDeniedException.class,
                () -> people.update(viewer, f.qian.id(), Person.draft(f.caizheng.id(), "钱某", "局长", LeaderCategory.PRINCIPAL), 0));
        assertThrows(AccessDeniedException.class, () -> people.delete(viewer, f.qian.id()));

        assertEquals(f.town, orgs.get(ADMIN, f.town.id()));
        assertEquals(f.qian, people.get(ADMIN, f.qian.id()));
        assertEquals(7, orgs.list(ADMIN, null, Page.FIRST).total());
        assertEquals(4, f.personNames().size());
    }

    @Test
    void aScopedViewerSeesOnlyItsSubtreeAndCannotWriteThere() {
        Actor viewer = Fixture.viewer(f.sifaju);
        assertEquals(List.of("县司法局", "公证处"), names(orgs.visible(viewer)));
        assertEquals(2, orgs.list(viewer, null, Page.FIRST).total());
        assertEquals(3, people.list(viewer, PersonService.Filter.NONE, Page.FIRST).total());
        assertThrows(AccessDeniedException.class, () -> orgs.get(viewer, f.caizheng.id()));
        assertThrows(AccessDeniedException.class, () -> people.get(viewer, f.qian.id()));
        assertThrows(AccessDeniedException.class,
                () -> orgs.update(viewer, f.gongzheng.id(), Org.draft("公证处(改)", OrgKind.UNIT, f.sifaju.id()), 0));
        assertThrows(AccessDeniedException.class, () -> people.delete(viewer, f.zhao.id()));
        assertEquals("公证处", orgs.get(ADMIN, f.gongzheng.id()).name());
        assertEquals(f.zhao, people.get(ADMIN, f.zhao.id()));
    }

    @Test
    void onlyAnAdminReadsTheAuditLogOrManagesAccounts() {
        assertThrows(AccessDeniedException.class, () -> f.s.audit().find(organiser, AuditFilter.NONE, Page.FIRST));
        assertThrows(AccessDeniedException.class, () -> f.s.audit().find(Fixture.viewer(null), AuditFilter.NONE, Page.FIRST));
        // An unscoped organiser is still no admin.
        Actor everywhere = new Actor(9, "zongzuzhi", org.fazhi.model.account.Role.ORGANISER, null);
        assertThrows(AccessDeniedException.class, () -> f.s.audit().find(everywhere, AuditFilter.NONE, Page.FIRST));
        assertThrows(AccessDeniedException.class, () -> f.s.users().list(everywhere));
        assertEquals(7, orgs.list(everywhere, null, Page.FIRST).total());
    }

    /** A record read for an actor: 404 naming it, 403 outside the scope; for a change, 403 for a unit received by 报送. */
    @Test
    void aRecordIsLoadedWithinTheScopeAndChangedOnlyWhereNotReceived() {
        ledger.database().jdbi().useHandle(h -> {
            assertEquals(f.zhao, Scope.loadWithin(h, organiser, Optional.of(f.zhao), Person::orgId, "人员", f.zhao.id()));
            assertEquals("人员不存在(编号 99)", assertThrows(org.fazhi.model.NotFoundException.class,
                    () -> Scope.loadWithin(h, organiser, Optional.<Person>empty(), Person::orgId, "人员", 99)).getMessage());
            assertThrows(AccessDeniedException.class,
                    () -> Scope.loadWithin(h, organiser, Optional.of(f.qian), Person::orgId, "人员", f.qian.id()));
            assertEquals(f.zhao, Scope.forChange(h, f.zhao, Person::orgId));
            h.execute("INSERT INTO received_units (org_id, received_at) VALUES (?, ?)", f.gongzheng.id(), "2026-01-01T00:00:00Z");
            // Its own type, so a caller can tell this refusal from the others without comparing messages.
            assertEquals(Scope.RECEIVED, assertThrows(ReceivedUnitException.class,
                    () -> Scope.forChange(h, f.zhao, Person::orgId)).getMessage());
            assertEquals("该单位(公证处)的数据由报送包接收,在此只读", Scope.received("公证处"));
        });
    }
}
