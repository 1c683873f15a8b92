package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fazhi.model.ValidationException;
import org.fazhi.storage.testing.TestActors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A spreadsheet's unit cell: by name, by id, or both; shared names and units outside the scope explained. */
class UnitNamesTest {
    @AutoClose
    final Fixture f = Fixture.onTestModule();

    @Test
    void findsAUnitByNameIdOrBothAsExportsLabelIt() {
        UnitNames units = new UnitNames(f.s.orgs(), ADMIN);
        assertEquals(f.sifaju.id(), units.resolve(" 县司法局 ", "单位"));
        assertEquals(f.sifaju.id(), units.resolve(String.valueOf(f.sifaju.id()), "单位"));
        assertEquals("县司法局", units.label(f.sifaju.id()));
        String shared = units.label(f.caizheng2.id());
        assertEquals("县财政局(编号" + f.caizheng2.id() + ")", shared);
        assertEquals(f.caizheng2.id(), units.resolve(shared, "单位"));
    }

    @Test
    void explainsWhatItCannotFind() {
        UnitNames units = new UnitNames(f.s.orgs(), ADMIN);
        String shared = assertThrows(ValidationException.class, () -> units.resolve("县财政局", "单位")).getMessage();
        assertTrue(shared.contains("有2个同名单位") && shared.contains("编号" + f.caizheng.id()), shared);
        assertTrue(assertThrows(ValidationException.class, () -> units.resolve("县教育局", "单位")).getMessage()
                .contains("不存在或不在本账号管辖范围内"));
        assertTrue(assertThrows(ValidationException.class, () -> units.resolve("县司法局(编号" + f.town.id() + ")", "单位"))
                .getMessage().contains("名称与编号不符"));
        assertTrue(assertThrows(ValidationException.class, () -> units.resolve(null, "单位")).getMessage().contains("不能为空"));

        UnitNames scoped = new UnitNames(f.s.orgs(), TestActors.organiser(f.sifaju));
        assertEquals(f.gongzheng.id(), scoped.resolve("公证处", "单位"));
        assertTrue(assertThrows(ValidationException.class, () -> scoped.resolve(String.valueOf(f.county2.id()), "单位"))
                .getMessage().contains("不在本账号管辖范围内"));
        assertTrue(assertThrows(ValidationException.class, () -> scoped.resolve("999999", "单位"))
                .getMessage().contains("不存在"));
    }
}
