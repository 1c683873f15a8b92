package org.fazhi.duty.duties;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;

/**
 * One duty of a catalogue version: what the leader must do, how often, which leader categories it
 * binds, on what legal basis, and by which day of the year it falls due.
 *
 * @param code      short, stable English code (e.g. {@code WORK_PLAN}); plans are idempotent per code
 * @param appliesTo the leader categories that get an item; never STAFF (工作人员 is not a 负责人)
 * @param dueDay    {@code MM-dd}, the day of the plan year the item falls due; blank means 12-31
 * @param orgKinds  the kinds of unit whose leaders it binds; empty for every kind (主持政府常务会议 binds a
 *                  government's leaders, not a 司法局's)
 */
public record CatalogEntry(String code, String title, DutyFrequency frequency, List<LeaderCategory> appliesTo,
                           String legalBasis, String dueDay, List<OrgKind> orgKinds) {
    public static final int TITLE_MAX = 200;
    public static final int BASIS_MAX = 500;
    public static final String YEAR_END = "12-31";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern DUE_DAY = Pattern.compile("\\d{2}-\\d{2}");

    public CatalogEntry {
        FieldErrors errors = new FieldErrors();
        code = errors.check(code, CatalogEntry::checkCode);
        title = errors.check(title, v -> Checks.requiredText(v, "title", "职责事项", TITLE_MAX));
        errors.check(() -> Checks.required(frequency, "frequency", "频次"));
        appliesTo = errors.check(appliesTo, CatalogEntry::checkCategories);
        legalBasis = errors.check(legalBasis, v -> Checks.optionalText(v, "legalBasis", "依据", BASIS_MAX));
        dueDay = errors.check(dueDay, CatalogEntry::checkDueDay);
        orgKinds = errors.check(orgKinds, CatalogEntry::checkKinds);
        errors.throwIfAny();
    }

    /** A duty for the leaders of every kind of unit. */
    public CatalogEntry(String code, String title, DutyFrequency frequency, List<LeaderCategory> appliesTo,
                        String legalBasis, String dueDay) {
        this(code, title, frequency, appliesTo, legalBasis, dueDay, List.of());
    }

    /** Whether the leaders of a unit of {@code kind} carry this duty. */
    public boolean appliesToUnit(OrgKind kind) {
        return orgKinds.isEmpty() || orgKinds.contains(kind);
    }

    /** The due date of this duty in a plan year. */
    public LocalDate dueDate(int year) {
        return MonthDay.parse("--" + dueDay).atYear(year);
    }

    private static String checkCode(String raw) {
        String c = Checks.requiredText(raw, "code", "职责代码", 40).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new ValidationException("code", "职责代码“" + c + "”无效:应为2到40位大写英文字母、数字或下划线,以字母开头,例如 WORK_PLAN");
        }
        return c;
    }

    private static List<LeaderCategory> checkCategories(List<LeaderCategory> raw) {
        if (raw == null || raw.isEmpty()) {
            throw new ValidationException("appliesTo", "适用人员不能为空,请至少填写一类,例如 正职");
        }
        List<LeaderCategory> out = new ArrayList<>();
        for (LeaderCategory c : raw) {
            if (c == null) {
                throw new ValidationException("appliesTo", "适用人员类别不能含空值");
            }
            if (!c.isHead()) {
                throw new ValidationException("appliesTo", "工作人员不是负责人,不承担第一责任人职责");
            }
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static List<OrgKind> checkKinds(List<OrgKind> raw) {
        if (raw == null) {
            return List.of();
        }
        java.util.LinkedHashSet<OrgKind> kinds = new java.util.LinkedHashSet<>();
        for (OrgKind k : raw) {
            if (k == null) {
                throw new ValidationException("orgKinds", "适用单位类型不能含空值");
            }
            kinds.add(k);
        }
        return List.copyOf(kinds);
    }

    private static String checkDueDay(String raw) {
        if (raw == null || raw.isBlank()) {
            return YEAR_END;
        }
        String d = raw.strip();
        try {
            if (DUE_DAY.matcher(d).matches()) {
                MonthDay md = MonthDay.parse("--" + d);
                if (md.getMonthValue() == 2 && md.getDayOfMonth() == 29) {
                    throw new ValidationException("dueDay", "截止日不能是2月29日(平年没有这一天),请用 02-28 或 03-01");
                }
                return d;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new ValidationException("dueDay", "截止日“" + d + "”无效,格式应为 月-日,例如 12-31 或 04-01");
    }
}
