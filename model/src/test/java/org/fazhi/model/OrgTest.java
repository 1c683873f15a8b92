package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.Test;

class OrgTest {
    @Test
    void namesAreStrippedAndKept() {
        Org o = Org.draft("  县司法局 ", OrgKind.DEPARTMENT, 1L);
        assertEquals("县司法局", o.name());
    }

    @Test
    void emptyNameNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> Org.draft(" ", OrgKind.DEPARTMENT, null));
        assertEquals("name", e.field());
        assertEquals("单位名称不能为空", e.getMessage());
    }

    @Test
    void tooLongNameIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Org.draft("局".repeat(Org.NAME_MAX + 1), OrgKind.DEPARTMENT, null));
        assertEquals("name", e.field());
    }

    @Test
    void controlCharactersAreRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Org.draft("司法\u0000局", OrgKind.DEPARTMENT, null));
        assertEquals("name", e.field());
    }

    @Test
    void missingKindNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> Org.draft("县司法局", null, null));
        assertEquals("kind", e.field());
    }

    @Test
    void aUnitCannotBeItsOwnParent() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Org(5L, "县司法局", OrgKind.DEPARTMENT, 5L, 0, null));
        assertEquals("parentId", e.field());
    }

    @Test
    void kindParsesCodeOrChineseLabel() {
        assertEquals(OrgKind.TOWNSHIP, OrgKind.parse("TOWNSHIP"));
        assertEquals(OrgKind.DEV_ZONE, OrgKind.parse("开发区管委会"));
        ValidationException e = assertThrows(ValidationException.class, () -> OrgKind.parse("VILLAGE"));
        assertEquals("kind", e.field());
        assertEquals(true, e.getMessage().contains("VILLAGE"));
        assertEquals(true, e.getMessage().contains("政府工作部门") && !e.getMessage().contains("DEPARTMENT"),
                "the choices as a user reads them, not the codes: " + e.getMessage());
    }
}
