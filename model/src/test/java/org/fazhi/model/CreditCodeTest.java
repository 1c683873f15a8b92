package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fazhi.model.org.CreditCode;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.Test;

class CreditCodeTest {
    // Published codes of real units (their check characters computed by GB 32100-2015).
    static final String VALID = "91350100M000100Y43";
    static final String VALID_GOV = "11100000000013127D";

    @Test
    void publishedCodesPass() {
        assertEquals(VALID, CreditCode.optional(VALID, "code"));
        assertEquals(VALID_GOV, CreditCode.optional(VALID_GOV, "code"));
    }

    @Test
    void checkCharacterFollowsTheStandard() {
        assertEquals('3', CreditCode.checkCharacter(VALID.substring(0, 17)));
        assertEquals('D', CreditCode.checkCharacter(VALID_GOV.substring(0, 17)));
    }

    @Test
    void blankIsNoCodeAndLowerCaseIsRaised() {
        assertNull(CreditCode.optional("  ", "code"));
        assertNull(CreditCode.optional(null, "code"));
        assertEquals(VALID, CreditCode.optional(" " + VALID.toLowerCase() + " ", "code"));
    }

    @Test
    void wrongLengthNamesTheLength() {
        ValidationException e = assertThrows(ValidationException.class, () -> CreditCode.optional("91350100", "code"));
        assertEquals("code", e.field());
        assertEquals("统一社会信用代码应为18位,“91350100”是8位", e.getMessage());
    }

    @Test
    void forbiddenLetterNamesThePosition() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CreditCode.optional("91350100I000100Y43", "code"));
        assertTrue(e.getMessage().startsWith("统一社会信用代码第9位“I”不是允许的字符"), e.getMessage());
    }

    @Test
    void wrongCheckCharacterNamesTheRightOne() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CreditCode.optional("91350100M000100Y44", "code"));
        assertEquals("统一社会信用代码“91350100M000100Y44”的校验位不对:第18位应为“3”", e.getMessage());
    }

    @Test
    void everyFirst17HasExactlyOneCheckCharacter() {
        String first = "12345678901234567";
        char right = CreditCode.checkCharacter(first);
        int accepted = 0;
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            try {
                CreditCode.optional(first + c, "code");
                accepted++;
                assertEquals(right, c);
            } catch (ValidationException e) {
                assertEquals("code", e.field());
            }
        }
        assertEquals(1, accepted);
    }

    @Test
    void theOrgChecksItsCode() {
        assertEquals(VALID, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null, VALID.toLowerCase()).code());
        assertNull(Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null).code());
        ValidationException e = assertThrows(ValidationException.class,
                () -> Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null, "123"));
        assertEquals("code", e.field());
    }
}
