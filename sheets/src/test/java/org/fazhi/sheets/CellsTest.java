package org.fazhi.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.model.ValidationException;
import org.junit.jupiter.api.Test;

/** Cells as people type them in Chinese offices, and headers however they were typed. */
class CellsTest {
    @Test
    void datesInTheUsualSpellingsAndAsExcelSerialDays() {
        LocalDate d = LocalDate.of(2024, 3, 5);
        for (String s : new String[] {"2024-03-05", "2024/3/5", "2024年3月5日", "２０２４年３月５日", "20240305", "2024.3.5",
                "2024-03-05 00:00:00", "45356"}) {
            assertEquals(d, Cells.date(s, "日期"), s);
        }
        assertEquals("日期“2025/2/30”不存在:2025年2月没有30日",
                assertThrows(ValidationException.class, () -> Cells.date("2025/2/30", "日期")).getMessage());
        assertThrows(ValidationException.class, () -> Cells.date("明天", "日期"));
        assertThrows(ValidationException.class, () -> Cells.date(" ", "日期"));
    }

    @Test
    void numbersYesNoAndText() {
        assertEquals(45, Cells.integer("４５分钟", "时长", 1, 100));
        assertEquals(45, Cells.integer("45.0", "时长", 1, 100));
        assertNull(Cells.integer("", "时长", 1, 100));
        assertThrows(ValidationException.class, () -> Cells.integer("45.5", "时长", 1, 100));
        assertThrows(ValidationException.class, () -> Cells.integer("101", "时长", 1, 100));
        assertEquals(new BigDecimal("86.5"), Cells.number("86.5分", "成绩"));
        assertTrue(Cells.yesNo("是", "出庭"));
        assertTrue(Cells.yesNo("√", "出庭"));
        assertFalse(Cells.yesNo(null, "出庭"));
        assertTrue(Cells.yesNo("缺考", "是否缺考", "缺考"));
        assertThrows(ValidationException.class, () -> Cells.yesNo("也许", "出庭"));
        assertEquals("=1+1", Cells.text(" '=1+1\u00A0"), "the export's formula guard comes off again");
        assertNull(Cells.text("\u00A0 "));
    }

    @Test
    void headersMatchWithStarsSpacesAndFullWidthForms() {
        Column minutes = Column.optional("时长(分钟)", "学法时长");
        assertTrue(minutes.matches("时长（分钟）"));
        assertTrue(minutes.matches(" *学法 时长 "));
        assertFalse(minutes.matches("时长"));
        assertEquals("AA", Sheet.letters(26));
    }
}
