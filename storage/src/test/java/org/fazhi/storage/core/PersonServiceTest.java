package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class PersonServiceTest {
    @AutoClose
    final Fixture f = Fixture.onTestModule();
    final PersonService people = f.s.people();

    static List<String> names(PageResult<Person> page) {
        return page.items().stream().map(Person::name).toList();
    }

    PageResult<Person> list(Long orgId, LeaderCategory category, String q) {
        return people.list(ADMIN, new PersonService.Filter(orgId, category, q), Page.FIRST);
    }

    @Test
    void aCreatedPersonCanBeReadBack() {
        Person p = people.create(ADMIN, Person.draft(f.town.id(), " 吴镇长 ", " 镇长 ", LeaderCategory.PRINCIPAL));
        assertEquals(new Person(p.id(), f.town.id(), "吴镇长", "镇长", LeaderCategory.PRINCIPAL, 0), p);
        assertEquals(p, people.get(ADMIN, p.id()));
        Person noPosition = people.create(ADMIN, Person.draft(f.town.id(), "郑干事", "  ", LeaderCategory.STAFF));
        assertNull(people.get(ADMIN, noPosition.id()).position());
    }

    @Test
    void theRegisterCountsEachCategoryAsTheListsDo() {
        people.create(ADMIN, Person.draft(f.sifaju.id(), "王局长", "局长", LeaderCategory.PRINCIPAL));
        people.create(ADMIN, Person.draft(f.sifaju.id(), "周副局长", "副局长", LeaderCategory.DEPUTY));
        people.create(ADMIN, Person.draft(f.gongzheng.id(), "孙主任", "主任", LeaderCategory.PRINCIPAL));
        people.create(ADMIN, Person.draft(f.caizheng.id(), "钱局长", "局长", LeaderCategory.PRINCIPAL));
        people.create(ADMIN, Person.draft(f.caizheng2.id(), "外县科员", "科员", LeaderCategory.STAFF));

        Actor justice = Fixture.organiser(f.sifaju);
        for (Object[] c : new Object[][] {{ADMIN, null}, {ADMIN, f.sifaju.id()}, {justice, null}, {justice, f.gongzheng.id()}}) {
            Actor who = (Actor) c[0];
            Long orgId = (Long) c[1];
            var counts = people.countByCategory(who, orgId);
            for (LeaderCategory category : LeaderCategory.values()) {
                assertEquals(people.list(who, new PersonService.Filter(orgId, category, null), Page.FIRST).total(),
                        counts.get(category), who.username() + " " + orgId + " " + category);
            }
        }
        assertThrows(org.fazhi.model.AccessDeniedException.class, () -> people.countByCategory(justice, f.caizheng.id()));
    }

    @Test
    void anUpdateIsStoredIncludingAMoveToAnotherUnit() {
        Person moved = people.update(ADMIN, f.wang.id(), Person.draft(f.caizheng.id(), "王副局长", "副局长(主持工作)",
                LeaderCategory.DEPUTY_IN_CHARGE), 0);
        assertEquals(1, moved.version());
        assertEquals(moved, people.get(ADMIN, f.wang.id()));
        assertEquals(List.of("钱局长", "王副局长"), names(list(f.caizheng.id(), null, null)));
        assertEquals(List.of("张局长", "赵主任"), names(list(f.sifaju.id(), null, null)));
    }

    @Test
    void aDeletedPersonIsGone() {
        people.delete(ADMIN, f.wang.id());
        NotFoundException e = assertThrows(NotFoundException.class, () -> people.get(ADMIN, f.wang.id()));
        assertEquals("人员不存在(编号 " + f.wang.id() + ")", e.getMessage());
        assertEquals(List.of("张局长", "赵主任", "钱局长"), f.personNames());
        assertThrows(NotFoundException.class, () -> people.delete(ADMIN, f.wang.id()));
    }

    @Test
    void anUnknownUnitIsAFieldError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> people.create(ADMIN, Person.draft(999, "吴镇长", "镇长", LeaderCategory.PRINCIPAL)));
        assertEquals("orgId", e.field());
        assertEquals("所属单位不存在(编号 999)", e.getMessage());
        ValidationException move = assertThrows(ValidationException.class,
                () -> people.update(ADMIN, f.wang.id(), Person.draft(999, "王副局长", "副局长", LeaderCategory.DEPUTY), 0));
        assertEquals("orgId", move.field());
        assertEquals(f.wang, people.get(ADMIN, f.wang.id()));
        assertEquals(4, f.personNames().size());
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() {
        people.update(ADMIN, f.zhang.id(), Person.draft(f.sifaju.id(), "张局长", "局长、党组书记", LeaderCategory.PRINCIPAL), 0);
        ConflictException e = assertThrows(ConflictException.class, () -> people.update(ADMIN, f.zhang.id(),
                Person.draft(f.sifaju.id(), "张局长", "局长", LeaderCategory.DEPUTY), 0));
        assertEquals("version", e.field());
        Person stored = people.get(ADMIN, f.zhang.id());
        assertEquals("局长、党组书记", stored.position());
        assertEquals(LeaderCategory.PRINCIPAL, stored.category());
        assertEquals(1, stored.version());
    }

    @Test
    void aPersonThatAModulesLedgerUsesIsNotDeleted() {
        f.ledger.database().jdbi().useHandle(h -> h.execute(
                "INSERT INTO test_ledger (org_id, person_id, note) VALUES (?, ?, '2024年述法')", f.sifaju.id(), f.zhang.id()));
        ConflictException e = assertThrows(ConflictException.class, () -> people.delete(ADMIN, f.zhang.id()));
        assertEquals("该人员已有台账记录(学法、职责或出庭),不能删除", e.getMessage());
        assertEquals(f.zhang, people.get(ADMIN, f.zhang.id()));
    }

    @Test
    void theListPutsEachUnitsPrincipalFirst() {
        assertEquals(List.of("张局长", "王副局长", "赵主任", "钱局长"), names(list(null, null, null)));
        people.create(ADMIN, Person.draft(f.sifaju.id(), "孙科员", "科员", LeaderCategory.STAFF));
        people.create(ADMIN, Person.draft(f.sifaju.id(), "周副局长", "副局长", LeaderCategory.DEPUTY));
        Person li = people.create(ADMIN, Person.draft(f.sifaju.id(), "李书记", "党组书记", LeaderCategory.PRINCIPAL));
        // Unit by unit (司法局, then 公证处 below it); within a unit principals, then deputies, then the rest.
        assertEquals(List.of("张局长", "李书记", "王副局长", "周副局长", "孙科员", "赵主任"), names(list(f.sifaju.id(), null, null)));
        assertEquals(li.id(), list(f.sifaju.id(), null, null).items().get(1).id());
    }

    @Test
    void theListFiltersByCategoryTextAndSubtreeWithTotals() {
        PageResult<Person> principals = list(null, LeaderCategory.PRINCIPAL, null);
        assertEquals(List.of("张局长", "赵主任", "钱局长"), names(principals));
        assertEquals(3, principals.total());

        // The search matches the name or the position.
        assertEquals(List.of("张局长", "王副局长", "钱局长"), names(list(null, null, "局长")));
        assertEquals(List.of("赵主任"), names(list(null, null, "公证")));
        assertEquals(List.of("王副局长"), names(list(null, null, " 王 ")));
        assertEquals(0, list(null, null, "不存在的人").total());

        // A unit means its whole subtree: 司法局 includes 公证处.
        PageResult<Person> sifaju = list(f.sifaju.id(), null, null);
        assertEquals(List.of("张局长", "王副局长", "赵主任"), names(sifaju));
        assertEquals(3, sifaju.total());
        PageResult<Person> both = list(f.sifaju.id(), LeaderCategory.PRINCIPAL, "主任");
        assertEquals(List.of("赵主任"), names(both));
        assertEquals(1, both.total());
        assertEquals(0, list(f.county2.id(), null, null).total());
        assertThrows(NotFoundException.class, () -> list(999L, null, null));
    }

    @Test
    void theListIsPagedWithTheFullTotal() {
        PageResult<Person> first = people.list(ADMIN, PersonService.Filter.NONE, new Page(2, 0));
        PageResult<Person> second = people.list(ADMIN, PersonService.Filter.NONE, new Page(2, 2));
        assertEquals(List.of("张局长", "王副局长"), names(first));
        assertEquals(List.of("赵主任", "钱局长"), names(second));
        assertEquals(4, first.total());
        assertEquals(4, second.total());
        PageResult<Person> subtreePage = people.list(ADMIN, new PersonService.Filter(f.sifaju.id(), null, null), new Page(1, 2));
        assertEquals(List.of("赵主任"), names(subtreePage));
        assertEquals(3, subtreePage.total());
    }

    @Test
    void aTooLongSearchIsAFieldError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new PersonService.Filter(null, null, "长".repeat(31)));
        assertEquals("q", e.field());
    }

    /** A unit received by 报送 is read-only: its people are read as any others, but neither edited nor deleted. */
    @Test
    void aPersonOfAReceivedUnitIsReadButNotChanged() {
        f.ledger.database().jdbi().useHandle(h -> h.execute("INSERT INTO received_units (org_id, received_at) VALUES (?, ?)",
                f.gongzheng.id(), "2026-01-01T00:00:00Z"));
        assertEquals(f.zhao, people.get(ADMIN, f.zhao.id()));
        assertEquals(Scope.RECEIVED, assertThrows(org.fazhi.model.AccessDeniedException.class, () -> people.update(ADMIN,
                f.zhao.id(), Person.draft(f.gongzheng.id(), "赵主任", "主任", LeaderCategory.PRINCIPAL), null)).getMessage());
        assertEquals(Scope.RECEIVED, assertThrows(org.fazhi.model.AccessDeniedException.class,
                () -> people.delete(ADMIN, f.zhao.id())).getMessage());
        assertEquals(f.zhao, people.get(ADMIN, f.zhao.id()), "unchanged");
        assertThrows(NotFoundException.class, () -> people.update(ADMIN, 999, Person.draft(f.gongzheng.id(), "某人", null,
                LeaderCategory.STAFF), null), "an unknown person is a 404 before anything else");
    }
}
