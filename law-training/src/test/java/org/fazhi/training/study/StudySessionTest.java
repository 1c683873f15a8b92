package org.fazhi.training.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;
import org.junit.jupiter.api.Test;

/** The rules of one 学法 record, without a database. */
class StudySessionTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    static StudySession session(int expected, int attended) {
        return new StudySession(null, 1, DAY, StudyKind.EXEC_MEETING, "学习行政复议法", List.of("行政复议法"),
                "王律师", "县司法局", 60, expected, attended, null, 0);
    }

    @Test
    void aValidSessionKeepsWhatWasTypedStripped() {
        StudySession s = new StudySession(null, 1, DAY, StudyKind.COLLECTIVE, "  学习民法典  ", List.of("民法典"),
                " 王律师 ", "  ", 45, 20, 18, "", 0);
        assertEquals("学习民法典", s.topic());
        assertEquals("王律师", s.lecturer());
        assertNull(s.lecturerUnit(), "a blank lecturer unit is stored as none");
        assertNull(s.note());
        assertEquals(new BigDecimal("90.0"), s.attendanceRate().value(), "参学率 18/20");
    }

    @Test
    void moreAttendedThanExpectedIsRefusedOnTheAttendedField() {
        ValidationException e = assertThrows(ValidationException.class, () -> session(10, 11));
        assertEquals("attended", e.field());
        assertTrue(e.getMessage().contains("实到人数(11)不能超过应到人数(10)"), e.getMessage());
        assertTrue(e.getMessage().contains("列席"), "the message tells where guests go: " + e.getMessage());
        assertEquals(10, session(10, 10).attended(), "everyone present is fine");
    }

    @Test
    void negativeCountsAreRefused() {
        assertEquals("attended", assertThrows(ValidationException.class, () -> session(5, -1)).field());
        assertEquals("expected", assertThrows(ValidationException.class, () -> session(-1, 0)).all().get(0).field());
    }

    @Test
    void anEmptyTopicIsRefused() {
        for (String topic : Arrays.asList(null, "", "   ")) {
            ValidationException e = assertThrows(ValidationException.class, () -> new StudySession(null, 1, DAY,
                    StudyKind.LECTURE, topic, List.of(), null, null, null, 0, 0, null, 0));
            assertEquals("topic", e.field());
            assertEquals("主题不能为空", e.getMessage());
        }
    }

    @Test
    void anOverlongTopicIsRefused() {
        String topic = "法".repeat(StudySession.TOPIC_MAX + 1);
        ValidationException e = assertThrows(ValidationException.class, () -> new StudySession(null, 1, DAY,
                StudyKind.LECTURE, topic, List.of(), null, null, null, 0, 0, null, 0));
        assertEquals("topic", e.field());
        assertTrue(e.getMessage().contains("200"), e.getMessage());
    }

    @Test
    void anImpossibleDateIsRefusedWhenParsedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> Years.parseDate("2023-02-30", "date", "日期"));
        assertEquals("date", e.field());
        assertTrue(e.getMessage().contains("2023-02-30") && e.getMessage().contains("不存在:2023年2月没有30日"), e.getMessage());
        assertEquals("date", assertThrows(ValidationException.class, () -> Years.parseDate("2023-13-01", "date", "日期")).field());
        assertEquals("date", assertThrows(ValidationException.class, () -> Years.parseDate("", "date", "日期")).field());
        assertEquals(LocalDate.of(2024, 2, 29), Years.parseDate(" 2024-02-29 ", "date", "日期"), "a leap day is a real date");
    }

    @Test
    void aDateOutsideTheLedgerYearsIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> new StudySession(null, 1,
                LocalDate.of(1999, 12, 31), StudyKind.LECTURE, "讲座", List.of(), null, null, null, 0, 0, null, 0));
        assertEquals("date", e.field());
    }

    @Test
    void lawsAreSplitTrimmedAndDeduplicatedInTheOrderTyped() {
        StudySession s = new StudySession(null, 1, DAY, StudyKind.EXEC_MEETING, "会前学法",
                Arrays.asList("宪法、民法典; 行政复议法", " 民法典 ", "宪法；行政处罚法", "", null, "  ", "行政处罚法、、"),
                null, null, null, 0, 0, null, 0);
        assertEquals(List.of("宪法", "民法典", "行政复议法", "行政处罚法"), s.laws());
    }

    @Test
    void noLawsIsAnEmptyList() {
        StudySession s = new StudySession(null, 1, DAY, StudyKind.WRITTEN, "书面学法", null, null, null, null, 0, 0, null, 0);
        assertEquals(List.of(), s.laws());
    }

    @Test
    void aSpreadsheetCellSplitsOnEveryChineseSeparator() {
        assertEquals(List.of("宪法", "民法典", "行政复议法", "监察法"), StudySession.split("宪法、民法典;行政复议法；监察法"));
        assertEquals(List.of(), StudySession.split(null));
        assertEquals(List.of(), StudySession.split(" 、 ;"));
    }

    @Test
    void anOverlongLawTitleIsRefusedOnTheLawsField() {
        ValidationException e = assertThrows(ValidationException.class, () -> new StudySession(null, 1, DAY,
                StudyKind.LECTURE, "讲座", List.of("法".repeat(StudySession.LAW_MAX + 1)), null, null, null, 0, 0, null, 0));
        assertEquals("laws", e.field());
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> new StudySession(null, 0, null, null, " ",
                List.of("宪法"), "法".repeat(31), null, 0, 3, 5, null, 0));
        List<String> fields = e.all().stream().map(ValidationException::field).toList();
        assertEquals(List.of("orgId", "date", "kind", "topic", "lecturer", "minutes", "attended"), fields);
        assertEquals("orgId", e.field(), "the first problem leads");
        assertTrue(e.all().stream().allMatch(p -> !p.getMessage().isBlank()));
    }

    @Test
    void minutesMustBeWithinADay() {
        assertEquals("minutes", assertThrows(ValidationException.class, () -> new StudySession(null, 1, DAY,
                StudyKind.LECTURE, "讲座", List.of(), null, null, StudySession.MINUTES_MAX + 1, 0, 0, null, 0)).field());
        assertEquals(StudySession.MINUTES_MAX, new StudySession(null, 1, DAY, StudyKind.LECTURE, "讲座", List.of(), null,
                null, StudySession.MINUTES_MAX, 0, 0, null, 0).minutes());
    }

    @Test
    void attendanceIsDerivedFromTheUnitsPeopleAndGuestsAreLeftOut() {
        List<Attendee> attendees = List.of(
                new Attendee(1L, "张局长", AttendanceStatus.PRESENT, false),
                new Attendee(2L, "王副局长", AttendanceStatus.LATE, false),
                new Attendee(3L, "李科员", AttendanceStatus.LEAVE, false),
                new Attendee(4L, "钱科员", AttendanceStatus.ABSENT, false),
                new Attendee(null, "列席律师", AttendanceStatus.PRESENT, true),
                new Attendee(null, "人大代表", AttendanceStatus.PRESENT, true));
        StudySession s = session(0, 0).withAttendance(attendees);
        assertEquals(4, s.expected(), "应到: the unit's four people, not the guests");
        assertEquals(2, s.attended(), "实到: present and late");
        assertEquals(new BigDecimal("50.0"), s.attendanceRate().value());
        assertEquals("学习行政复议法", s.topic(), "everything else is kept");
    }

    @Test
    void a应到GivenAboveTheListStaysAndOneBelowItRisesToIt() {
        List<Attendee> two = List.of(new Attendee(1L, "张局长", AttendanceStatus.PRESENT, false),
                new Attendee(2L, "王副局长", AttendanceStatus.ABSENT, false));
        StudySession partial = session(20, 0).withAttendance(two);
        assertEquals(20, partial.expected(), "a list of some of those expected (a QR sign-in) leaves 应到 as given");
        assertEquals(1, partial.attended(), "实到 is the list's");
        assertEquals(2, session(1, 0).withAttendance(two).expected(), "never fewer than the unit's people listed");
    }

    @Test
    void typedNumbersStayWhenOnlyGuestsOrNobodyIsListed() {
        StudySession typed = session(12, 11);
        assertSame(typed, typed.withAttendance(null));
        assertSame(typed, typed.withAttendance(List.of()));
        StudySession withGuests = typed.withAttendance(List.of(new Attendee(null, "列席律师", null, true)));
        assertEquals(12, withGuests.expected());
        assertEquals(11, withGuests.attended());
    }

    @Test
    void anAttendeeIsAPersonOrANamedGuest() {
        assertEquals(AttendanceStatus.PRESENT, new Attendee(1L, null, null, false).status(), "present unless told");
        assertEquals("attendees", assertThrows(ValidationException.class, () -> new Attendee(null, " ", null, false)).field());
        assertEquals("attendees", assertThrows(ValidationException.class, () -> new Attendee(5L, "张局长", null, true)).field());
    }

    @Test
    void kindsParseFromCodeFullOrShortLabel() {
        assertEquals(StudyKind.EXEC_MEETING, StudyKind.parse("EXEC_MEETING"));
        assertEquals(StudyKind.EXEC_MEETING, StudyKind.parse("政府常务会议会前学法"));
        assertEquals(StudyKind.COLLECTIVE, StudyKind.parse(" 集体学法 "));
        assertEquals("kind", assertThrows(ValidationException.class, () -> StudyKind.parse("喝茶")).field());
    }

    @Test
    void aUnitsUsualKindIsItsQuotasOrNone() {
        assertEquals(StudyKind.EXEC_MEETING, StudyKind.usualFor(org.fazhi.model.org.OrgKind.COUNTY_GOV));
        assertEquals(StudyKind.COLLECTIVE, StudyKind.usualFor(org.fazhi.model.org.OrgKind.DEPARTMENT));
        assertEquals(null, StudyKind.usualFor(org.fazhi.model.org.OrgKind.TOWNSHIP), "a 司法所 or township chooses");
        assertEquals(null, StudyKind.usualFor(org.fazhi.model.org.OrgKind.UNIT));
    }
}
