package org.fazhi.duty.sheets;

import org.fazhi.sheets.TemplateExamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CaseExport;
import org.fazhi.duty.court.CaseOutcome;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.CourtImport;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.Coded;
import org.fazhi.model.ValidationException;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.sheets.Cells;
import org.fazhi.sheets.Column;
import org.fazhi.sheets.RowCheck;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.storage.core.UnitNames;

/**
 * The court-list spreadsheet (docs/API.md), one row per hearing:
 * 案号,法院,审级,被告单位,案由,立案日期,开庭日期,负责人是否出庭,出庭负责人,职务,负责人类别,是否发言,未出庭理由,委托工作人员,
 * then optional columns for what else the ledger keeps: 通知书送达日期,仅委托律师,未出庭情况 (of the hearing),
 * 裁判结果,行政管理领域,共同被告 (of the case). Without them the NOTIFIED denominator, the late-notice
 * warning and 败诉率 would not survive an export imported elsewhere; a file of the 14 contract columns
 * alone still imports as before. Rows with the same 案号 and 审级 are one case (one instance) with several
 * hearings; a row without 开庭日期 and without any hearing cell registers a case not yet heard. Imports
 * read it, exports and the template write it, so an export can be imported again.
 */
public final class CourtSheet {
    public static final Column CASE_NO = Column.required("案号", "案件编号", "案件号");
    public static final Column COURT = Column.required("法院", "审理法院", "受理法院");
    public static final Column INSTANCE = Column.required("审级", "审理程序");
    public static final Column DEFENDANT = Column.required("被告单位", "被告", "被告行政机关", "应诉单位");
    public static final Column CAUSE = Column.optional("案由");
    public static final Column FILED = Column.optional("立案日期", "立案时间");
    public static final Column DATE = Column.required("开庭日期", "开庭时间");
    public static final Column APPEARED = Column.required("负责人是否出庭", "负责人出庭", "是否出庭");
    public static final Column HEAD = Column.optional("出庭负责人", "出庭负责人姓名", "负责人姓名");
    public static final Column POSITION = Column.optional("职务", "出庭负责人职务");
    public static final Column CATEGORY = Column.optional("负责人类别", "出庭负责人类别");
    public static final Column SPOKE = Column.optional("是否发言", "负责人是否发言", "是否出声");
    public static final Column REASON = Column.optional("未出庭理由", "负责人未出庭理由", "未出庭原因");
    public static final Column STAFF = Column.optional("委托工作人员", "出庭工作人员", "委托出庭工作人员");
    public static final Column NOTIFIED = Column.optional("通知书送达日期", "出庭通知书送达日期", "通知送达日期", "出庭通知日期");
    public static final Column LAWYER_ONLY = Column.optional("仅委托律师", "仅委托律师出庭", "是否仅委托律师");
    public static final Column NOTE = Column.optional("未出庭情况", "未出庭具体情况", "未出庭情况说明", "未出庭说明");
    public static final Column OUTCOME = Column.optional("裁判结果", "审理结果", "结案情况");
    public static final Column ADMIN_FIELD = Column.optional("行政管理领域", "管理领域", "行政管理类别");
    public static final Column CO_DEFENDANTS = Column.optional("共同被告", "共同被告单位");
    /** The columns of docs/API.md, the contract every file may be limited to. */
    public static final List<Column> CONTRACT = List.of(CASE_NO, COURT, INSTANCE, DEFENDANT, CAUSE, FILED, DATE, APPEARED, HEAD,
            POSITION, CATEGORY, SPOKE, REASON, STAFF);
    /** The ledger's other fields, written after the contract's columns and read when a file has them. */
    public static final List<Column> EXTRA = List.of(NOTIFIED, LAWYER_ONLY, NOTE, OUTCOME, ADMIN_FIELD, CO_DEFENDANTS);
    public static final List<Column> COLUMNS = concat(CONTRACT, EXTRA);
    public static final List<String> HEADERS = COLUMNS.stream().map(Column::name).toList();
    /** The cells of a hearing: a row with none of them registers a case only. */
    private static final List<Column> HEARING_CELLS = List.of(DATE, APPEARED, HEAD, POSITION, CATEGORY, SPOKE, REASON, STAFF,
            NOTIFIED, LAWYER_ONLY, NOTE);

    /** Which column a problem with a case's or hearing's field belongs to. */
    private static final Map<String, Column> FIELDS = Map.ofEntries(Map.entry("caseNo", CASE_NO), Map.entry("court", COURT),
            Map.entry("instance", INSTANCE), Map.entry("defendantOrgId", DEFENDANT), Map.entry("cause", CAUSE),
            Map.entry("filedOn", FILED), Map.entry("date", DATE), Map.entry("headAppeared", APPEARED),
            Map.entry("headName", HEAD), Map.entry("headPosition", POSITION), Map.entry("headCategory", CATEGORY),
            Map.entry("spoke", SPOKE), Map.entry("absenceReason", REASON), Map.entry("absenceNote", NOTE), Map.entry("entrustedStaff", STAFF),
            Map.entry("notified", NOTIFIED), Map.entry("lawyerOnly", LAWYER_ONLY), Map.entry("outcome", OUTCOME),
            Map.entry("adminField", ADMIN_FIELD), Map.entry("coDefendants", CO_DEFENDANTS));

    /** What people write in their own ledgers besides the labels of the codes. */
    private static final Map<String, LeaderCategory> CATEGORY_WORDS = Map.of("正职", LeaderCategory.PRINCIPAL,
            "主要负责人", LeaderCategory.PRINCIPAL, "正职负责人", LeaderCategory.PRINCIPAL,
            "副职负责人", LeaderCategory.DEPUTY, "分管负责人", LeaderCategory.DEPUTY_IN_CHARGE,
            "分管副职", LeaderCategory.DEPUTY_IN_CHARGE, "其他分管负责人", LeaderCategory.OTHER_IN_CHARGE);
    private static final Map<String, AbsenceReason> REASON_WORDS = Map.of("无", AbsenceReason.NONE,
            "无理由", AbsenceReason.NONE, "公务", AbsenceReason.IRREPLACEABLE_DUTY,
            "不可替代的公务", AbsenceReason.IRREPLACEABLE_DUTY, "其他正当理由", AbsenceReason.OTHER_JUSTIFIED);
    private static final Map<String, CaseOutcome> OUTCOME_WORDS = Map.of("调解", CaseOutcome.SETTLED,
            "和解", CaseOutcome.SETTLED, "调解和解", CaseOutcome.SETTLED, "调解、和解", CaseOutcome.SETTLED,
            "未结案", CaseOutcome.PENDING, "审理中", CaseOutcome.PENDING, "撤回起诉", CaseOutcome.WITHDRAWN);

    /** A stand-in for a date already reported, so the rest of the row is still checked. */
    private static final LocalDate SOME_DATE = LocalDate.of(2020, 1, 1);

    private CourtSheet() {
    }

    private static List<Column> concat(List<Column> a, List<Column> b) {
        List<Column> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The column of an API field, for problems the database finds. */
    public static String column(String field) {
        Column c = field == null ? null : FIELDS.get(field);
        return c == null ? null : c.name();
    }

    /** The cases of the file, in the order of their first row, and how many rows they came from. */
    public record Parsed(List<CourtImport.Case> cases, int rows) {
    }

    // ---- writing ----

    public static List<Object> row(CaseExport.Line line, UnitNames units) {
        CourtCase c = line.courtCase();
        Hearing h = line.hearing();
        List<Object> cells = new ArrayList<>(Arrays.asList(c.caseNo(), c.court(), c.instance().label(),
                units.label(c.defendantOrgId()), c.cause(), c.filedOn()));
        if (h == null) {
            cells.addAll(Arrays.asList(null, null, null, null, null, null, null, null, null, null, null));
        } else {
            cells.addAll(Arrays.asList(h.date(), yesNo(h.headAppeared()), h.headName(), h.headPosition(),
                    h.headCategory() == null ? null : h.headCategory().label(), h.headAppeared() ? yesNo(h.spoke()) : null,
                    h.absenceReason() == null ? null : h.absenceReason().label(), h.entrustedStaff(),
                    h.notified(), yesNo(h.lawyerOnly()), h.absenceNote()));
        }
        // The case's cells on each of its rows, as 案由 and 立案日期 are: any row read alone is complete.
        cells.addAll(Arrays.asList(c.outcome().label(), c.adminField(), c.coDefendants()));
        return cells;
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }

    /**
     * The template's example: one case at first instance heard twice, the head absent once with a valid
     * reason (the notice served 10 days ahead), then appearing; not yet judged. Dated around the first of
     * {@code today}'s month.
     */
    public static List<List<Object>> example(String unitName, LocalDate today) {
        LocalDate d = today.withDayOfMonth(1);
        // The case number carries the marker: the import skips both rows.
        String no = TemplateExamples.mark("(" + d.getYear() + ")某0101行初1号");
        List<Object> caseCells = Arrays.asList(CaseOutcome.PENDING.label(), "市场监督管理", "某某镇人民政府");
        List<Object> first = new ArrayList<>(Arrays.asList(no, "某某县人民法院", Instance.FIRST.label(), unitName, "行政处罚",
                d.minusMonths(2), d.minusMonths(1), "否", null, null, null, null, AbsenceReason.IRREPLACEABLE_DUTY.label(),
                "李某某(法制科科长)", d.minusMonths(1).minusDays(10), "否", "局长参加全县防汛抢险调度会议,委托法制科科长出庭"));
        List<Object> second = new ArrayList<>(Arrays.asList(no, "某某县人民法院", Instance.FIRST.label(), unitName, "行政处罚",
                d.minusMonths(2), d, "是", "王某某", "局长", LeaderCategory.PRINCIPAL.label(), "是", null, null,
                d.minusDays(10), "否", null));
        first.addAll(caseCells);
        second.addAll(caseCells);
        return List.of(first, second);
    }

    public static List<String> notes() {
        List<String> n = new ArrayList<>();
        n.add("出庭应诉导入说明");
        n.add("每行一次开庭。案号和审级相同的多行是同一案件(同一审级)的多次开庭,出庭率按审级计算,只要其中一次有负责人出庭即计为出庭。");
        n.add("第一行为列名,列的顺序可以调整,多出的列不导入。案号、法院、审级、被告单位、开庭日期、负责人是否出庭这几列不能缺少。");
        n.add("通知书送达日期、仅委托律师、未出庭情况、裁判结果、行政管理领域、共同被告是可选列,可以整列删去;删去后这些信息不导入(裁判结果视为未结)。"
                + "按“法院通知出庭案件”计算出庭率、提示通知书送达不足" + Hearing.NOTICE_DAYS + "日和计算败诉率,都要用到这几列。");
        n.add("审级:" + labels(Instance.values()) + "(也可填 FIRST、SECOND、RETRIAL)。同一案号的二审、再审是另一个案件,各自计算出庭率。");
        n.add("被告单位:填单位名称;有同名单位时填单位编号,或写成“名称(编号12)”。只能导入本账号管辖范围内的单位。");
        n.add("立案日期、开庭日期:如 2024-03-15、2024/3/15 或 2024年3月15日。开庭日期不能早于立案日期。只登记案件、尚未开庭的,开庭日期及其后各列留空。");
        n.add("负责人是否出庭、是否发言:填“是”或“否”。出庭的须填出庭负责人姓名和负责人类别;未出庭的须填未出庭理由。");
        n.add("负责人类别:" + labels(headCategories()) + "。“工作人员”不是负责人,不能作为负责人类别;由工作人员代为出庭的,填在“委托工作人员”列,负责人是否出庭填“否”。");
        n.add("未出庭理由:" + labels(AbsenceReason.values()) + "。未出庭情况:负责人未出庭时的具体情况,如“负责人因不可抗力委托副职出庭”,"
                + "不超过" + Hearing.NOTE_LENGTH + "字;负责人出庭的应留空。");
        n.add("通知书送达日期:收到法院出庭通知书的日期,不能晚于开庭日期;没有收到通知书的留空。仅委托律师:只委托律师出庭、"
                + "负责人和工作人员都未出庭的填“是”,否则填“否”或留空;填“是”时负责人是否出庭应为“否”,委托工作人员应留空。");
        n.add("裁判结果:" + labels(CaseOutcome.values()) + "(也可填 PENDING、WON、LOST 等代码)。行政管理领域如生态环境、市场监督管理;"
                + "共同被告填其他被告的名称,多个用顿号分隔。这三列是案件的信息,同一案件的各行应一致,也可只在其中一行填写。");
        n.add("案号含“" + TemplateExamples.MARKER + "”的行是示例,导入时跳过;同一文件导入过一次后再次上传会被拒绝。");
        n.add("已登记的案件(案号和审级相同)再次导入时,沿用已登记的案件信息,只追加开庭记录;同一案件同一天已有开庭记录的,不重复导入,会列为错误。");
        n.add("已登记案件的裁判结果:登记为“未结”的,按文件中填写的结果补登;已有其他结果的,文件中须填相同结果或留空,"
                + "填了不同结果(包括“未结”)的整个文件不导入,如需更正请在案件页面修改。");
        n.add("整个文件有任何一处错误时,一条也不导入,并列出所有出错的行和列,改正后重新上传即可。");
        return n;
    }

    public static LeaderCategory[] headCategories() {
        return Arrays.stream(LeaderCategory.values()).filter(LeaderCategory::isHead).toArray(LeaderCategory[]::new);
    }

    private static String labels(Coded[] values) {
        StringBuilder b = new StringBuilder();
        for (Coded v : values) {
            b.append(b.length() == 0 ? "" : "、").append(v.label());
        }
        return b.toString();
    }

    // ---- reading ----

    /** A case met in the file: its first row, and what later rows add to it. */
    private static final class Seen {
        final int row;
        final CourtCase first;
        String cause;
        LocalDate filedOn;
        String adminField;
        String coDefendants;
        /** The 裁判结果 stated by a row of the case, and that row; null and 0 while none has. */
        CaseOutcome outcome;
        int outcomeRow;
        final Map<LocalDate, Integer> dates = new HashMap<>();
        final List<CourtImport.Row> hearings = new ArrayList<>();

        Seen(int row, CourtCase first, CaseOutcome outcome) {
            this.row = row;
            this.first = first;
            this.cause = first.cause();
            this.filedOn = first.filedOn();
            this.adminField = first.adminField();
            this.coDefendants = first.coDefendants();
            this.outcome = outcome;
            this.outcomeRow = outcome == null ? 0 : row;
        }

        CourtImport.Case toCase() {
            return new CourtImport.Case(row, new CourtCase(null, first.caseNo(), first.court(), first.instance(),
                    first.defendantOrgId(), coDefendants, cause, adminField, filedOn, outcome, 0), outcomeRow, hearings);
        }
    }

    /**
     * The cases of every good row; every problem of every bad row goes to {@code errors} with its row and
     * column. Later rows of a case must agree with its first row (a blank 案由, 立案日期, 裁判结果, 行政管理领域
     * or 共同被告 is filled from another row of the case), and a case is heard at most once a day.
     */
    public static Parsed read(Sheet sheet, UnitNames units, RowErrors errors) {
        Map<String, Seen> cases = new LinkedHashMap<>();
        Map<String, Instance> instances = new HashMap<>();
        for (Sheet.Row row : sheet.rows()) {
            RowCheck c = new RowCheck(row.number(), errors);
            Instance instance = c.check(INSTANCE, () -> instances.computeIfAbsent(String.valueOf(sheet.get(row, INSTANCE)),
                    k -> Instance.parse(sheet.get(row, INSTANCE))));
            Long unit = c.check(DEFENDANT, () -> units.resolve(sheet.get(row, DEFENDANT), "被告单位"));
            LocalDate filed = c.check(FILED, () -> sheet.get(row, FILED) == null ? null : Cells.date(sheet.get(row, FILED), "立案日期"));
            CaseOutcome outcome = c.check(OUTCOME, () -> coded(sheet.get(row, OUTCOME), OUTCOME_WORDS, CaseOutcome::parse));
            CourtCase draft = courtCase(c, sheet, row, instance, unit, filed);
            boolean hearingRow = HEARING_CELLS.stream().anyMatch(col -> sheet.get(row, col) != null);
            Hearing hearing = hearingRow ? hearing(c, sheet, row) : null;
            if (draft == null || !c.clean()) {
                continue;
            }
            Seen seen = cases.get(draft.caseNo() + '\u0000' + draft.instance());
            if (seen == null) {
                seen = new Seen(row.number(), draft, outcome);
                cases.put(draft.caseNo() + '\u0000' + draft.instance(), seen);
            } else if (!agrees(c, row.number(), seen, draft, outcome)) {
                continue;
            }
            if (hearing != null) {
                Integer same = seen.dates.putIfAbsent(hearing.date(), row.number());
                if (same != null) {
                    c.fail(DATE, "与第" + same + "行是同一案件(" + draft.title() + ")同一天的开庭,重复了");
                    continue;
                }
                seen.hearings.add(new CourtImport.Row(row.number(), hearing));
            }
        }
        return new Parsed(cases.values().stream().map(Seen::toCase).toList(), sheet.rows().size());
    }

    /** Whether a later row of a case says the same about it; fills in what earlier rows left blank. */
    private static boolean agrees(RowCheck c, int rowNumber, Seen seen, CourtCase draft, CaseOutcome outcome) {
        String same = "与第" + seen.row + "行同一案件(" + draft.title() + ")的";
        if (!seen.first.court().equals(draft.court())) {
            c.fail(COURT, same + "法院“" + seen.first.court() + "”不一致");
        }
        if (seen.first.defendantOrgId() != draft.defendantOrgId()) {
            c.fail(DEFENDANT, same + "被告单位不一致");
        }
        if (draft.cause() != null && seen.cause != null && !seen.cause.equals(draft.cause())) {
            c.fail(CAUSE, same + "案由“" + seen.cause + "”不一致");
        }
        if (draft.filedOn() != null && seen.filedOn != null && !seen.filedOn.equals(draft.filedOn())) {
            c.fail(FILED, same + "立案日期 " + seen.filedOn + " 不一致");
        }
        if (outcome != null && seen.outcome != null && outcome != seen.outcome) {
            c.fail(OUTCOME, "与第" + seen.outcomeRow + "行同一案件(" + draft.title() + ")的裁判结果“" + seen.outcome.label()
                    + "”不一致");
        }
        if (draft.adminField() != null && seen.adminField != null && !seen.adminField.equals(draft.adminField())) {
            c.fail(ADMIN_FIELD, same + "行政管理领域“" + seen.adminField + "”不一致");
        }
        if (draft.coDefendants() != null && seen.coDefendants != null && !seen.coDefendants.equals(draft.coDefendants())) {
            c.fail(CO_DEFENDANTS, same + "共同被告“" + seen.coDefendants + "”不一致");
        }
        if (!c.clean()) {
            return false;
        }
        seen.cause = seen.cause != null ? seen.cause : draft.cause();
        seen.filedOn = seen.filedOn != null ? seen.filedOn : draft.filedOn();
        seen.adminField = seen.adminField != null ? seen.adminField : draft.adminField();
        seen.coDefendants = seen.coDefendants != null ? seen.coDefendants : draft.coDefendants();
        if (seen.outcome == null && outcome != null) {
            seen.outcome = outcome;
            seen.outcomeRow = rowNumber;
        }
        return true;
    }

    /** The case cells of a row; its outcome is read on its own, as a blank one is no statement. */
    private static CourtCase courtCase(RowCheck c, Sheet sheet, Sheet.Row row, Instance instance, Long unit, LocalDate filed) {
        try {
            return new CourtCase(null, sheet.get(row, CASE_NO), sheet.get(row, COURT),
                    instance == null ? Instance.FIRST : instance, unit == null ? 1 : unit, sheet.get(row, CO_DEFENDANTS),
                    sheet.get(row, CAUSE), sheet.get(row, ADMIN_FIELD), filed, null, 0);
        } catch (ValidationException e) {
            report(c, e);
            return null;
        }
    }

    private static Hearing hearing(RowCheck c, Sheet sheet, Sheet.Row row) {
        LocalDate date = c.check(DATE, () -> Cells.date(sheet.get(row, DATE), "开庭日期"));
        Boolean appeared = c.check(APPEARED, () -> {
            if (sheet.get(row, APPEARED) == null) {
                throw new ValidationException("headAppeared", "负责人是否出庭不能为空,请填“是”或“否”");
            }
            return Cells.yesNo(sheet.get(row, APPEARED), "负责人是否出庭");
        });
        LocalDate notified = c.check(NOTIFIED, () -> sheet.get(row, NOTIFIED) == null ? null
                : Cells.date(sheet.get(row, NOTIFIED), "通知书送达日期"));
        Boolean spoke = c.check(SPOKE, () -> Cells.yesNo(sheet.get(row, SPOKE), "是否发言"));
        Boolean lawyerOnly = c.check(LAWYER_ONLY, () -> Cells.yesNo(sheet.get(row, LAWYER_ONLY), "仅委托律师"));
        // As the JSON API reads them: by code or label; STAFF is read here and refused by the hearing itself.
        LeaderCategory category = c.check(CATEGORY, () -> coded(sheet.get(row, CATEGORY), CATEGORY_WORDS,
                t -> t == null || t.isBlank() ? null : Coded.parse(LeaderCategory.class, t, "headCategory", "负责人类别")));
        AbsenceReason reason = c.check(REASON, () -> coded(sheet.get(row, REASON), REASON_WORDS,
                t -> t == null || t.isBlank() ? null : AbsenceReason.parse(t)));
        if (appeared == null) {
            return null; // what the rest of the row must say depends on 是/否: judged after it is corrected
        }
        try {
            // Against a stand-in date the notice date cannot be judged: it waits for the real one.
            return new Hearing(null, 0, date == null ? SOME_DATE : date, date == null ? null : notified, appeared,
                    sheet.get(row, HEAD), sheet.get(row, POSITION), category, spoke != null && spoke, reason,
                    sheet.get(row, NOTE), sheet.get(row, STAFF), lawyerOnly != null && lawyerOnly, 0);
        } catch (ValidationException e) {
            report(c, e);
            return null;
        }
    }

    private static <E> E coded(String cell, Map<String, E> words, Function<String, E> parse) {
        if (cell == null) {
            return null;
        }
        E e = words.get(cell.strip());
        return e != null ? e : parse.apply(cell);
    }

    /** A record's refusals, each in its column unless that column was already reported. */
    private static void report(RowCheck c, ValidationException e) {
        for (ValidationException p : e.all()) {
            Column col = p.field() == null ? null : FIELDS.get(p.field());
            if (col == null || !c.failed(col)) {
                c.fail(col, p.getMessage());
            }
        }
    }
}
