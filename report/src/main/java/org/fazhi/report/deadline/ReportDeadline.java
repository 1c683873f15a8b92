package org.fazhi.report.deadline;

import java.time.LocalDate;
import org.fazhi.model.org.OrgKind;

/**
 * When a year's report is due (report/README.md): governments publish theirs by 1 April of the
 * next year (厅字〔2019〕28号; a 开发区管委会 counts as county level), departments and other units
 * report to their government by 1 March. Reminders start on 1 February.
 */
public final class ReportDeadline {
    private ReportDeadline() {
    }

    public static LocalDate of(OrgKind kind, int reportYear) {
        boolean government = kind == OrgKind.CITY_GOV || kind == OrgKind.COUNTY_GOV || kind == OrgKind.DEV_ZONE;
        return LocalDate.of(reportYear + 1, government ? 4 : 3, 1);
    }

    /** The first day the dashboard reminds of the year's report. */
    public static LocalDate remindFrom(int reportYear) {
        return LocalDate.of(reportYear + 1, 2, 1);
    }

    /** "4月1日" */
    public static String text(LocalDate deadline) {
        return deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日";
    }

    /** "2026年3月28日", as the end of a report dates it. */
    public static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
