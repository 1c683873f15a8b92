package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.junit.jupiter.api.Test;

class PersonTest {
    @Test
    void blankPositionBecomesNull() {
        Person p = Person.draft(3, "张伟", "  ", LeaderCategory.STAFF);
        assertNull(p.position());
    }

    @Test
    void missingOrgNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Person.draft(0, "张伟", "局长", LeaderCategory.PRINCIPAL));
        assertEquals("orgId", e.field());
    }

    @Test
    void emptyNameNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Person.draft(1, "", "局长", LeaderCategory.PRINCIPAL));
        assertEquals("name", e.field());
        assertEquals("姓名不能为空", e.getMessage());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> Person.draft(0, " ", "x".repeat(61), null));
        assertEquals("name", e.field(), "the first field of the form leads");
        assertEquals(java.util.List.of("name", "orgId", "position", "category"),
                e.all().stream().map(ValidationException::field).toList());
    }

    @Test
    void staffIsNotAHead() {
        assertFalse(LeaderCategory.STAFF.isHead());
        assertTrue(LeaderCategory.SECRETARY_GENERAL.isHead());
        assertTrue(LeaderCategory.PRINCIPAL.isHead());
    }

    @Test
    void categoryParsesLabel() {
        assertEquals(LeaderCategory.DEPUTY, LeaderCategory.parse("副职"));
        ValidationException e = assertThrows(ValidationException.class, () -> LeaderCategory.parse("BOSS"));
        assertEquals("category", e.field());
    }
}
