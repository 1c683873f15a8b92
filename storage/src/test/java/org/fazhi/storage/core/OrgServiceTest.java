package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.fazhi.storage.core.Fixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class OrgServiceTest {
    @AutoClose
    final Fixture f = Fixture.onTestModule();
    final OrgService orgs = f.s.orgs();

    @Test
    void aCreatedUnitCanBeReadBack() {
        Org created = orgs.create(ADMIN, Org.draft("  县司法局普法科 ", OrgKind.UNIT, f.sifaju.id()));
        assertEquals("县司法局普法科", created.name());
        assertEquals(0, created.version());
        assertEquals(created, orgs.get(ADMIN, created.id()));
        assertEquals(f.sifaju.id(), orgs.get(ADMIN, created.id()).parentId());
    }

    @Test
    void aSearchFindsByAPartOfTheNameWithinTheScopeEachWithItsPath() {
        assertEquals(List.of(List.of("某县人民政府", "县财政局"), List.of("另一县人民政府", "县财政局")),
                orgs.search(ADMIN, "财政", 20).stream().map(OrgService.Found::path).toList());
        assertEquals(1, orgs.search(ADMIN, "财政", 1).size());
        Actor justice = Fixture.organiser(f.sifaju);
        assertEquals(List.of(f.sifaju), orgs.search(justice, "局", 20).stream().map(OrgService.Found::org).toList(),
                "the 财政局 of both counties are out of the justice bureau's scope");
        assertEquals(List.of(List.of("县司法局"), List.of("县司法局", "公证处")),
                orgs.search(justice, " ", 20).stream().map(OrgService.Found::path).toList(),
                "no text: the own unit, then its children, paths from the top of the scope");
        assertEquals(List.of(f.county, f.sifaju, f.caizheng, f.town, f.county2, f.caizheng2),
                orgs.search(ADMIN, null, 20).stream().map(OrgService.Found::org).toList(),
                "no text, the whole ledger: each top unit and its children");
    }

    @Test
    void anUpdateIsStoredAndCountsAVersion() {
        Org renamed = orgs.update(ADMIN, f.town.id(), Org.draft("某街道办事处", OrgKind.TOWNSHIP, f.county.id()), 0);
        assertEquals(1, renamed.version());
        assertEquals("某街道办事处", orgs.get(ADMIN, f.town.id()).name());
        Org again = orgs.update(ADMIN, f.town.id(), Org.draft("某街道", OrgKind.TOWNSHIP, f.county.id()), 1);
        assertEquals(2, again.version());
    }

    @Test
    void aUnitCanBeMovedToAnotherParent() {
        orgs.update(ADMIN, f.gongzheng.id(), Org.draft("公证处", OrgKind.UNIT, f.caizheng.id()), 0);
        // Lists are in id order: 公证处 was created before 县财政局.
        assertEquals(List.of("公证处", "县财政局"), names(orgs.list(ADMIN, f.caizheng.id(), Page.FIRST)));
        assertEquals(List.of("县司法局"), names(orgs.list(ADMIN, f.sifaju.id(), Page.FIRST)));
    }

    @Test
    void aLeafUnitCanBeDeleted() {
        orgs.delete(ADMIN, f.town.id());
        assertThrows(NotFoundException.class, () -> orgs.get(ADMIN, f.town.id()));
        assertEquals(List.of("某县人民政府", "县司法局", "公证处", "县财政局", "另一县人民政府", "县财政局"), f.orgNames());
    }

    @Test
    void unknownIdsAreNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> orgs.get(ADMIN, 999));
        assertEquals("单位不存在(编号 999)", e.getMessage());
        assertThrows(NotFoundException.class, () -> orgs.update(ADMIN, 999, Org.draft("某局", OrgKind.DEPARTMENT, null), 0));
        assertThrows(NotFoundException.class, () -> orgs.delete(ADMIN, 999));
        assertThrows(NotFoundException.class, () -> orgs.list(ADMIN, 999L, Page.FIRST));
    }

    @Test
    void siblingNamesAreUnique() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> orgs.create(ADMIN, Org.draft("县财政局", OrgKind.DEPARTMENT, f.county.id())));
        assertEquals("name", e.field());
        assertEquals("同一上级单位下已有名为“县财政局”的单位", e.getMessage());

        // Renaming onto a sibling's name is refused too, and the unit keeps its name.
        ConflictException rename = assertThrows(ConflictException.class,
                () -> orgs.update(ADMIN, f.town.id(), Org.draft("县司法局", OrgKind.TOWNSHIP, f.county.id()), 0));
        assertEquals("name", rename.field());
        assertEquals("某镇人民政府", orgs.get(ADMIN, f.town.id()).name());

        // So is moving a unit next to one of the same name.
        ConflictException move = assertThrows(ConflictException.class,
                () -> orgs.update(ADMIN, f.caizheng2.id(), Org.draft("县财政局", OrgKind.DEPARTMENT, f.county.id()), 0));
        assertEquals("name", move.field());
        assertEquals(f.county2.id(), orgs.get(ADMIN, f.caizheng2.id()).parentId());

        // Two roots are siblings as well.
        assertEquals("name", assertThrows(ConflictException.class,
                () -> orgs.create(ADMIN, Org.draft("某县人民政府", OrgKind.COUNTY_GOV, null))).field());
        assertEquals(7, orgs.list(ADMIN, null, Page.FIRST).total());
    }

    @Test
    void theSameNameUnderDifferentParentsIsFine() {
        // Every county has its 财政局 (the fixture already has two); a third county gets one too.
        Org county3 = orgs.create(ADMIN, Org.draft("第三县人民政府", OrgKind.COUNTY_GOV, null));
        Org third = orgs.create(ADMIN, Org.draft("县财政局", OrgKind.DEPARTMENT, county3.id()));
        assertEquals(3, orgs.visible(ADMIN).stream().filter(o -> o.name().equals("县财政局")).count());
        // Keeping its own name while changing its kind is no clash with itself.
        Org kept = orgs.update(ADMIN, third.id(), Org.draft("县财政局", OrgKind.UNIT, county3.id()), 0);
        assertEquals(OrgKind.UNIT, kept.kind());
    }

    @Test
    void anUnknownParentIsAFieldError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> orgs.create(ADMIN, Org.draft("县审计局", OrgKind.DEPARTMENT, 999L)));
        assertEquals("parentId", e.field());
        assertEquals("上级单位不存在(编号 999)", e.getMessage());
        ValidationException move = assertThrows(ValidationException.class,
                () -> orgs.update(ADMIN, f.town.id(), Org.draft("某镇人民政府", OrgKind.TOWNSHIP, 999L), 0));
        assertEquals("parentId", move.field());
        assertEquals(7, orgs.list(ADMIN, null, Page.FIRST).total());
        assertEquals(f.county.id(), orgs.get(ADMIN, f.town.id()).parentId());
    }

    @Test
    void aUnitCannotBeMovedUnderItselfOrItsOwnDescendant() {
        ValidationException under = assertThrows(ValidationException.class,
                () -> orgs.update(ADMIN, f.county.id(), Org.draft("某县人民政府", OrgKind.COUNTY_GOV, f.gongzheng.id()), 0));
        assertEquals("parentId", under.field());
        assertEquals("不能把单位移到它自己的下级单位之下", under.getMessage());
        ValidationException child = assertThrows(ValidationException.class,
                () -> orgs.update(ADMIN, f.sifaju.id(), Org.draft("县司法局", OrgKind.DEPARTMENT, f.gongzheng.id()), 0));
        assertEquals("parentId", child.field());
        // The tree is unchanged: no cycle, the county is still a root with its whole subtree.
        assertEquals(null, orgs.get(ADMIN, f.county.id()).parentId());
        assertEquals(f.county.id(), orgs.get(ADMIN, f.sifaju.id()).parentId());
        assertEquals(5, orgs.list(ADMIN, f.county.id(), Page.FIRST).total());
        assertEquals(0, orgs.get(ADMIN, f.county.id()).version());
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() {
        // Two people open the same unit; the first saves.
        orgs.update(ADMIN, f.caizheng.id(), Org.draft("县财政局(国资办)", OrgKind.DEPARTMENT, f.county.id()), 0);
        ConflictException e = assertThrows(ConflictException.class,
                () -> orgs.update(ADMIN, f.caizheng.id(), Org.draft("县财政局(金融办)", OrgKind.DEPARTMENT, f.county.id()), 0));
        assertEquals("version", e.field());
        assertTrue(e.getMessage().contains("已被他人修改"), e.getMessage());
        Org stored = orgs.get(ADMIN, f.caizheng.id());
        assertEquals("县财政局(国资办)", stored.name());
        assertEquals(1, stored.version());
    }

    @Test
    void aUnitWithChildrenIsNotDeleted() {
        ConflictException e = assertThrows(ConflictException.class, () -> orgs.delete(ADMIN, f.county.id()));
        assertEquals("“某县人民政府”下还有下级单位,请先删除或移走下级单位", e.getMessage());
        assertEquals(7, orgs.list(ADMIN, null, Page.FIRST).total());
        assertEquals(4, f.personNames().size());
    }

    @Test
    void aUnitWithPeopleIsNotDeleted() {
        ConflictException e = assertThrows(ConflictException.class, () -> orgs.delete(ADMIN, f.caizheng.id()));
        assertEquals("“县财政局”下还有人员,请先删除或调走这些人员", e.getMessage());
        assertEquals(f.caizheng, orgs.get(ADMIN, f.caizheng.id()));
        assertEquals(List.of("钱局长"), f.s.people().list(ADMIN, new PersonService.Filter(f.caizheng.id(), null, null), Page.FIRST)
                .items().stream().map(Person::name).toList());
    }

    @Test
    void aUnitThatAccountsAreScopedToIsNotDeleted() {
        f.s.users().create(ADMIN, new UserAccount(null, "zhen", "镇联络员", Role.ORGANISER, f.town.id(), false, 0), "镇政府法治办2024");
        ConflictException e = assertThrows(ConflictException.class, () -> orgs.delete(ADMIN, f.town.id()));
        assertTrue(e.getMessage().contains("有账号限定在“某镇人民政府”范围内"), e.getMessage());
        assertEquals(f.town, orgs.get(ADMIN, f.town.id()));
    }

    @Test
    void aUnitThatAModulesLedgerUsesIsNotDeleted() {
        f.ledger.database().jdbi().useHandle(h -> h.execute(
                "INSERT INTO test_ledger (org_id, note) VALUES (?, '2024年度学法考试')", f.town.id()));
        ConflictException e = assertThrows(ConflictException.class, () -> orgs.delete(ADMIN, f.town.id()));
        assertEquals("该单位已有台账记录,不能删除", e.getMessage());
        assertEquals(f.town, orgs.get(ADMIN, f.town.id()));
    }

    @Test
    void listsArePagedWithTheFullTotal() {
        PageResult<Org> first = orgs.list(ADMIN, null, new Page(3, 0));
        PageResult<Org> second = orgs.list(ADMIN, null, new Page(3, 3));
        PageResult<Org> last = orgs.list(ADMIN, null, new Page(3, 6));
        assertEquals(List.of("某县人民政府", "县司法局", "公证处"), names(first));
        assertEquals(List.of("县财政局", "某镇人民政府", "另一县人民政府"), names(second));
        assertEquals(List.of("县财政局"), names(last));
        assertEquals(7, first.total());
        assertEquals(7, last.total());
        assertEquals(List.of(), orgs.list(ADMIN, null, new Page(3, 9)).items());
    }

    @Test
    void aListOfOneUnitIsItsSubtreeWithItsTotal() {
        PageResult<Org> county = orgs.list(ADMIN, f.county.id(), new Page(2, 0));
        assertEquals(List.of("某县人民政府", "县司法局"), names(county));
        assertEquals(5, county.total());
        PageResult<Org> rest = orgs.list(ADMIN, f.county.id(), new Page(10, 2));
        assertEquals(List.of("公证处", "县财政局", "某镇人民政府"), names(rest));
        assertEquals(5, rest.total());

        PageResult<Org> sifaju = orgs.list(ADMIN, f.sifaju.id(), Page.FIRST);
        assertEquals(List.of("县司法局", "公证处"), names(sifaju));
        assertEquals(2, sifaju.total());
        PageResult<Org> leaf = orgs.list(ADMIN, f.caizheng2.id(), Page.FIRST);
        assertEquals(List.of("县财政局"), names(leaf));
        assertEquals(1, leaf.total());
    }

    @Test
    void peopleMovedAwayFreeAUnitForDeletion() {
        f.s.people().update(ADMIN, f.qian.id(), Person.draft(f.caizheng2.id(), "钱局长", "局长", LeaderCategory.PRINCIPAL), 0);
        orgs.delete(ADMIN, f.caizheng.id());
        assertThrows(NotFoundException.class, () -> orgs.get(ADMIN, f.caizheng.id()));
        assertEquals(f.caizheng2.id(), f.s.people().get(ADMIN, f.qian.id()).orgId());
    }

    @Test
    void twoClerksSavingTheSameNewUnitAtOnceGetOneUnitAndAClearConflict() throws Exception {
        List<Object> outcomes = race(8, () -> orgs.create(ADMIN, Org.draft("县审计局", OrgKind.DEPARTMENT, f.county.id())));
        assertEquals(1, outcomes.stream().filter(o -> o instanceof Org).count(), outcomes.toString());
        for (Object o : outcomes) {
            if (!(o instanceof Org)) {
                assertTrue(o instanceof ConflictException c && "name".equals(c.field()), String.valueOf(o));
            }
        }
        assertEquals(1, orgs.visible(ADMIN).stream().filter(o -> o.name().equals("县审计局")).count());
    }

    @Test
    void twoClerksEditingTheSameVersionAtOnceGetOneSaveAndAClearConflict() throws Exception {
        List<Object> outcomes = race(8, () -> orgs.update(ADMIN, f.town.id(),
                Org.draft("某街道办事处" + Thread.currentThread().getId(), OrgKind.TOWNSHIP, f.county.id()), 0));
        List<Org> saved = outcomes.stream().filter(o -> o instanceof Org).map(o -> (Org) o).toList();
        assertEquals(1, saved.size(), outcomes.toString());
        for (Object o : outcomes) {
            if (!(o instanceof Org)) {
                assertTrue(o instanceof ConflictException c && "version".equals(c.field()), String.valueOf(o));
            }
        }
        assertEquals(saved.get(0), orgs.get(ADMIN, f.town.id()));
        assertEquals(1, orgs.get(ADMIN, f.town.id()).version());
    }

    /** Runs {@code n} copies of the task released at the same moment; each result or exception. */
    private static List<Object> race(int n, Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> out = new ArrayList<>();
            for (Future<Object> fu : futures) {
                out.add(fu.get(30, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
