package org.fazhi.training.sheets;

import org.fazhi.sheets.TemplateExamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.ValidationException;
import org.fazhi.sheets.Cells;
import org.fazhi.sheets.Column;
import org.fazhi.sheets.RowCheck;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.storage.core.UnitNames;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;

/**
 * The study-session spreadsheet (docs/API.md): 单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数.
 * Imports read it, exports and the template write it, so an export can be imported again.
 */
public final class SessionSheet {
    public static final Column UNIT = Column.required("单位", "单位名称", "学法单位");
    public static final Column DATE = Column.required("日期", "学法日期", "学法时间");
    public static final Column KIND = Column.required("类型", "学法类型", "学法形式");
    public static final Column TOPIC = Column.required("主题", "学法主题", "学习主题", "学习内容");
    public static final Column LAWS = Column.optional("所学法律", "所学法律法规", "学习法律法规", "法律法规");
    public static final Column LECTURER = Column.optional("主讲人", "授课人", "主讲");
    public static final Column MINUTES = Column.optional("时长(分钟)", "时长", "学法时长", "学法时长(分钟)");
    public static final Column EXPECTED = Column.optional("应到人数", "应到");
    public static final Column ATTENDED = Column.optional("实到人数", "实到");
    public static final List<Column> COLUMNS = List.of(UNIT, DATE, KIND, TOPIC, LAWS, LECTURER, MINUTES, EXPECTED, ATTENDED);
    public static final List<String> HEADERS = COLUMNS.stream().map(Column::name).toList();

    /** Which column a {@link StudySession} field's problem belongs to. */
    private static final Map<String, Column> FIELDS = Map.of("orgId", UNIT, "date", DATE, "kind", KIND, "topic", TOPIC,
            "laws", LAWS, "lecturer", LECTURER, "minutes", MINUTES, "expected", EXPECTED, "attended", ATTENDED);
    /** Stand-ins for cells already reported, so the rest of the row is still checked. */
    private static final LocalDate SOME_DATE = LocalDate.of(2020, 1, 1);

    private SessionSheet() {
    }

    /** Laws in one cell, as the import splits them again. */
    public static String laws(List<String> laws) {
        return String.join("、", laws);
    }

    public static List<Object> row(StudySession s, UnitNames units) {
        return Arrays.asList(units.label(s.orgId()), s.date(), s.kind().label(), s.topic(), laws(s.laws()),
                s.lecturer(), s.minutes(), s.expected(), s.attended());
    }

    /**
     * The example row of the template, dated the first of {@code today}'s month; its topic carries
     * {@link TemplateExamples#MARKER}, so the import skips it.
     */
    public static List<Object> example(String unitName, LocalDate today) {
        return Arrays.asList(unitName, today.withDayOfMonth(1), StudyKind.EXEC_MEETING.label(),
                TemplateExamples.mark("学习贯彻新修订的行政复议法"), "中华人民共和国行政复议法、中华人民共和国行政诉讼法", "王法官", 45, 20, 18);
    }

    public static List<String> notes() {
        List<String> n = new ArrayList<>();
        n.add("学法记录导入说明");
        n.add("第一行为列名,列的顺序可以调整,多出的列不导入。带“必填”的列不能缺少,其他列可以留空或删去。");
        n.add("单位(必填):填单位名称;有同名单位时填单位编号,或写成“名称(编号12)”。只能导入本账号管辖范围内的单位。");
        n.add("日期(必填):如 2024-03-15,也可写 2024/3/15 或 2024年3月15日,或使用 Excel 日期格式。");
        StringBuilder kinds = new StringBuilder("类型(必填):");
        for (StudyKind k : StudyKind.values()) {
            kinds.append(k.ordinal() == 0 ? "" : "、").append(k.label());
            if (!k.shortLabel().equals(k.label())) {
                kinds.append("(或“").append(k.shortLabel()).append("”)");
            }
        }
        n.add(kinds.append("。").toString());
        n.add("主题(必填):不超过" + StudySession.TOPIC_MAX + "字。");
        n.add("所学法律:多部用“、”或“;”分隔,如“中华人民共和国宪法、中华人民共和国民法典”。");
        n.add("时长(分钟):1到" + StudySession.MINUTES_MAX + "之间的整数;应到人数、实到人数:整数,实到不能超过应到(列席人员不计入)。");
        n.add("内容含“" + TemplateExamples.MARKER + "”的行是示例,导入时跳过,可以保留也可以删去;同一文件导入过一次后再次上传会被拒绝。");
        n.add("整个文件有任何一处错误时,一条也不导入,并列出所有出错的行和列,改正后重新上传即可。");
        return n;
    }

    /**
     * The sessions of every good row; every problem of every bad row goes to {@code errors} with its
     * row and column. A date after {@code today} is refused by {@link StudySession#requireHeld}, the
     * rule the service and the bulk import apply too.
     */
    public static List<StudySession> read(Sheet sheet, UnitNames units, RowErrors errors, LocalDate today) {
        List<StudySession> out = new ArrayList<>(sheet.rows().size());
        Map<String, StudyKind> kinds = new HashMap<>();
        for (Sheet.Row row : sheet.rows()) {
            RowCheck c = new RowCheck(row.number(), errors);
            Long org = c.check(UNIT, () -> units.resolve(sheet.get(row, UNIT), "单位"));
            LocalDate date = c.check(DATE, () -> {
                LocalDate d = Cells.date(sheet.get(row, DATE), "日期");
                StudySession.requireHeld(d, today);
                return d;
            });
            StudyKind kind = c.check(KIND, () -> kinds.computeIfAbsent(String.valueOf(sheet.get(row, KIND)),
                    k -> StudyKind.parse(sheet.get(row, KIND))));
            // The session splits the cell itself ("宪法、民法典;行政复议法").
            String lawCell = sheet.get(row, LAWS);
            List<String> laws = lawCell == null ? List.of() : List.of(lawCell);
            int big = 1_000_000_000;
            Integer minutes = c.check(MINUTES, () -> Cells.integer(sheet.get(row, MINUTES), "时长(分钟)", -big, big));
            Integer expected = c.check(EXPECTED, () -> Cells.integer(sheet.get(row, EXPECTED), "应到人数", -big, big));
            Integer attended = c.check(ATTENDED, () -> Cells.integer(sheet.get(row, ATTENDED), "实到人数", -big, big));
            try {
                StudySession s = new StudySession(null, org == null ? 1 : org, date == null ? SOME_DATE : date,
                        kind == null ? StudyKind.WRITTEN : kind, sheet.get(row, TOPIC), laws, sheet.get(row, LECTURER), null,
                        minutes, expected == null ? 0 : expected, attended == null ? 0 : attended, null, 0);
                if (c.clean()) {
                    out.add(s);
                }
            } catch (ValidationException e) {
                for (ValidationException p : e.all()) {
                    Column col = FIELDS.get(p.field());
                    // 实到 > 应到 is no news when 应到 itself could not be read.
                    boolean follows = col == ATTENDED && c.failed(EXPECTED);
                    if (!c.failed(col) && !follows) {
                        c.fail(col, p.getMessage());
                    }
                }
            }
        }
        return out;
    }
}
