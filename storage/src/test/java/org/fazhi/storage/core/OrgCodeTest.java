package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The 统一社会信用代码 of units (core V4): optional, checked, unique — on the suite's engine. */
class OrgCodeTest {
    static final String CODE = "11100000000013127D";
    static final String OTHER = "91350100M000100Y43";

    @AutoClose
    final Fixture f = Fixture.onTestModule();
    final OrgService orgs = f.s.orgs();

    @Test
    void aCodeIsStoredReadAndChanged() {
        Org unit = orgs.create(ADMIN, Org.draft("县司法局普法科", OrgKind.UNIT, f.sifaju.id(), CODE.toLowerCase()));
        assertEquals(CODE, orgs.get(ADMIN, unit.id()).code());
        Org changed = orgs.update(ADMIN, unit.id(), Org.draft(unit.name(), unit.kind(), unit.parentId(), OTHER), null);
        assertEquals(OTHER, changed.code());
        Org cleared = orgs.update(ADMIN, unit.id(), Org.draft(unit.name(), unit.kind(), unit.parentId()), null);
        assertNull(orgs.get(ADMIN, cleared.id()).code());
    }

    @Test
    void manyUnitsMayHaveNoCode() {
        orgs.create(ADMIN, Org.draft("甲科", OrgKind.UNIT, f.sifaju.id()));
        orgs.create(ADMIN, Org.draft("乙科", OrgKind.UNIT, f.sifaju.id()));
        assertNull(orgs.get(ADMIN, f.county.id()).code());
    }

    @Test
    void aCodeBelongsToOneUnit() {
        orgs.create(ADMIN, Org.draft("甲科", OrgKind.UNIT, f.sifaju.id(), CODE));
        Org second = orgs.create(ADMIN, Org.draft("乙科", OrgKind.UNIT, f.sifaju.id()));
        ConflictException created = assertThrows(ConflictException.class,
                () -> orgs.create(ADMIN, Org.draft("丙科", OrgKind.UNIT, f.sifaju.id(), CODE)));
        assertEquals("统一社会信用代码“" + CODE + "”已是单位“甲科”的代码", created.getMessage());
        assertThrows(ConflictException.class, () -> orgs.update(ADMIN, second.id(),
                Org.draft("乙科", OrgKind.UNIT, f.sifaju.id(), CODE), null));
        assertNull(orgs.get(ADMIN, second.id()).code(), "nothing written");
        assertThrows(RuntimeException.class, () -> f.ledger.database().jdbi().useHandle(h -> h.execute(
                "UPDATE orgs SET code = ? WHERE id = ?", CODE, second.id())), "the unique index holds too");
    }

    @Test
    void aWrongCodeIsRefusedBeforeTheDatabase() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Org.draft("甲科", OrgKind.UNIT, f.sifaju.id(), "11100000000013127E"));
        assertEquals("code", e.field());
        assertEquals("统一社会信用代码“11100000000013127E”的校验位不对:第18位应为“D”", e.getMessage());
    }
}
