package org.fazhi.reconsideration.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Coded;
import org.fazhi.model.ValidationException;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.CaseImport;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.sheets.Cells;
import org.fazhi.sheets.Column;
import org.fazhi.sheets.RowCheck;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.TemplateExamples;
import org.fazhi.storage.core.UnitNames;

/**
 * The 行政复议 ledger as a spreadsheet, one row per case (docs/API.md): 案号,申请人,申请人类型,被申请人,事项类别,
 * 收到申请日期,受理日期,不予受理理由,审理程序,延长天数,决定日期,决定结果,被申请人自行纠正,备注. Imports read it, exports and
 * the template write it, so an export can be imported again. A lawsuit link is kept in the ledger, not in the sheet.
 */
public final class CaseSheet {
    public static final Column CASE_NO = Column.required("案号", "复议案号", "案件编号");
    public static final Column APPLICANT = Column.required("申请人", "申请人姓名", "申请人名称");
    public static final Column APPLICANT_TYPE = Column.required("申请人类型", "申请人类别");
    public static final Column RESPONDENT = Column.required("被申请人", "被申请人单位", "被申请单位");
    public static final Column CATEGORY = Column.required("事项类别", "案件类别", "行政行为类别", "管理类别");
    public static final Column RECEIVED = Column.required("收到申请日期", "收到日期", "申请日期", "收案日期");
    public static final Column ACCEPTED = Column.optional("受理日期", "立案日期");
    public static final Column NOT_ACCEPTED = Column.optional("不予受理理由", "不予受理原因");
    public static final Column PROCEDURE = Column.optional("审理程序", "程序", "适用程序");
    public static final Column EXTENDED = Column.optional("延长天数", "延期天数", "延长审理期限(天)");
    public static final Column DECIDED = Column.optional("决定日期", "结案日期", "审结日期");
    public static final Column DECISION = Column.optional("决定结果", "结案方式", "审结结果", "复议结果");
    public static final Column CORRECTED = Column.optional("被申请人自行纠正", "自行纠正", "调撤中纠正");
    public static final Column NOTE = Column.optional("备注");
    public static final List<Column> COLUMNS = List.of(CASE_NO, APPLICANT, APPLICANT_TYPE, RESPONDENT, CATEGORY, RECEIVED,
            ACCEPTED, NOT_ACCEPTED, PROCEDURE, EXTENDED, DECIDED, DECISION, CORRECTED, NOTE);
    public static final List<String> HEADERS = COLUMNS.stream().map(Column::name).toList();

    /** Which column a problem with a case's field belongs to. */
    private static final Map<String, Column> FIELDS = Map.ofEntries(Map.entry("caseNo", CASE_NO),
            Map.entry("applicant", APPLICANT), Map.entry("applicantType", APPLICANT_TYPE),
            Map.entry("respondentOrgId", RESPONDENT), Map.entry("category", CATEGORY), Map.entry("receivedOn", RECEIVED),
            Map.entry("acceptedOn", ACCEPTED), Map.entry("notAcceptedReason", NOT_ACCEPTED),
            Map.entry("procedure", PROCEDURE), Map.entry("extendedDays", EXTENDED), Map.entry("decidedOn", DECIDED),
            Map.entry("decision", DECISION), Map.entry("correctedIndirectly", CORRECTED), Map.entry("note", NOTE));

    private CaseSheet() {
    }

    /** The column of an API field, for problems the database finds; null for the row as a whole. */
    public static String column(String field) {
        Column c = field == null ? null : FIELDS.get(field);
        return c == null ? null : c.name();
    }

    // ---- writing ----

    public static List<Object> row(ReconsiderationCase c, UnitNames units) {
        return Arrays.asList(c.caseNo(), c.applicant(), c.applicantType().label(), units.label(c.respondentOrgId()),
                c.category().label(), c.receivedOn(), c.acceptedOn(), c.notAcceptedReason(), c.procedure().label(),
                c.extendedDays(), c.decidedOn(), c.decision() == null ? null : c.decision().label(),
                c.correctedIndirectly() ? "是" : "否", c.note());
    }

    /** The template's example: a case accepted and decided (撤销) on the normal procedure, around {@code today}. */
    public static List<List<Object>> example(String unitName, LocalDate today) {
        LocalDate d = today.withDayOfMonth(1).minusMonths(3);
        return List.of(Arrays.asList(TemplateExamples.mark("某政复决字〔" + d.getYear() + "〕1号"), "张某某",
                ApplicantType.CITIZEN.label(), unitName, MatterCategory.PENALTY.label(), d, d.plusDays(3), null,
                Procedure.NORMAL.label(), 0, d.plusDays(50), Decision.REVOKED.label(), "否", null));
    }

    public static List<String> notes() {
        List<String> n = new ArrayList<>();
        n.add("行政复议案件导入说明");
        n.add("每行一件复议案件。第一行为列名,列的顺序可以调整,多出的列不导入。案号、申请人、申请人类型、被申请人、事项类别、收到申请日期不能缺少。");
        n.add("申请人类型:" + labels(ApplicantType.values()) + "。事项类别:" + labels(MatterCategory.values()) + "。");
        n.add("被申请人:填单位名称;有同名单位时填单位编号,或写成“名称(编号12)”。只能导入本账号管辖范围内的单位。");
        n.add("日期如 2024-03-15、2024/3/15 或 2024年3月15日。受理日期不能早于收到申请日期,决定日期不能早于受理日期,都不能晚于今天。"
                + "尚未受理的,受理日期留空;不予受理的,受理日期留空并填写不予受理理由。");
        n.add("审理程序:" + labels(Procedure.values()) + ",留空为普通程序。普通程序自受理之日起60日内作出决定,可延长一次、不超过30日;"
                + "简易程序30日内作出决定,不能延长。延长天数填0到30的整数,留空为0。");
        n.add("决定结果:" + labels(Decision.values()) + "。已结案的须同时填写决定日期和决定结果。");
        n.add("被申请人自行纠正:以调解、和解或终止(撤回申请)结案、且被申请人纠正了原行政行为的填“是”,计入综合纠错率;其他留空或填“否”。");
        n.add("案号已登记的行按文件更新该案件(被申请人须相同);案号含“" + TemplateExamples.MARKER + "”的行是示例,导入时跳过;"
                + "同一文件导入过一次后再次上传会被拒绝。");
        n.add("整个文件有任何一处错误时,一条也不导入,并列出所有出错的行和列,改正后重新上传即可。");
        return n;
    }

    private static String labels(Coded[] values) {
        StringBuilder b = new StringBuilder();
        for (Coded v : values) {
            b.append(b.length() == 0 ? "" : "、").append(v.label());
        }
        return b.toString();
    }

    // ---- reading ----

    /**
     * The cases of the file with their rows; a row that fails any check is reported and left out. Every problem of
     * a row is named at once: a cell that cannot be read, the rules between the cells that could (accepted before
     * received, an extension on the simple procedure, …; a rule that would only echo a cell already at fault is
     * not), and a date after {@code today}, so a user corrects the whole file in one go.
     */
    public static List<CaseImport.Row> read(Sheet sheet, UnitNames units, RowErrors errors, LocalDate today) {
        List<CaseImport.Row> rows = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            RowCheck check = new RowCheck(row.number(), errors);
            String caseNo = check.check(CASE_NO, () -> required(sheet.get(row, CASE_NO), "案号"));
            String applicant = check.check(APPLICANT, () -> required(sheet.get(row, APPLICANT), "申请人"));
            ApplicantType type = check.check(APPLICANT_TYPE, () -> ApplicantType.parse(sheet.get(row, APPLICANT_TYPE)));
            Long respondent = check.check(RESPONDENT, () -> units.resolve(sheet.get(row, RESPONDENT), "被申请人"));
            MatterCategory category = check.check(CATEGORY, () -> MatterCategory.parse(sheet.get(row, CATEGORY)));
            LocalDate received = check.check(RECEIVED, () -> Cells.date(sheet.get(row, RECEIVED), "收到申请日期"));
            LocalDate accepted = check.check(ACCEPTED, () -> optionalDate(sheet.get(row, ACCEPTED), "受理日期"));
            String notAccepted = Cells.text(sheet.get(row, NOT_ACCEPTED));
            Procedure procedure = check.check(PROCEDURE, () -> Cells.text(sheet.get(row, PROCEDURE)) == null ? Procedure.NORMAL
                    : Procedure.parse(sheet.get(row, PROCEDURE)));
            Integer extended = check.check(EXTENDED, () -> Cells.integer(sheet.get(row, EXTENDED), "延长天数", 0,
                    ReconsiderationCase.EXTENSION_MAX));
            LocalDate decided = check.check(DECIDED, () -> optionalDate(sheet.get(row, DECIDED), "决定日期"));
            Decision decision = check.check(DECISION, () -> Cells.text(sheet.get(row, DECISION)) == null ? null
                    : Decision.parse(sheet.get(row, DECISION)));
            Boolean corrected = check.check(CORRECTED, () -> Cells.yesNo(sheet.get(row, CORRECTED), "被申请人自行纠正"));
            String note = Cells.text(sheet.get(row, NOTE));
            // A cell that could not be read still holds something: a date that is there, a decision that was chosen.
            // It stands in as a value that breaks no rule between the cells, so the rules name only real faults.
            if (check.failed(ACCEPTED)) {
                accepted = decided != null ? decided : received != null ? received : today;
            }
            if (check.failed(DECIDED)) {
                decided = accepted != null ? accepted : received != null ? received : today;
            }
            boolean correctedFlag = corrected != null && corrected && !check.failed(DECISION);
            ReconsiderationCase draft = null;
            try {
                draft = ReconsiderationCase.draft(caseNo == null ? "?" : caseNo, applicant == null ? "?" : applicant, type,
                        respondent == null ? 0 : respondent, category, received, accepted, notAccepted, procedure,
                        extended == null ? 0 : extended, decided, decision, correctedFlag, null, note);
            } catch (ValidationException e) {
                for (ValidationException p : e.all()) {
                    Column c = p.field() == null ? null : FIELDS.get(p.field());
                    if (c == null || !check.failed(c)) {
                        check.fail(c, p.getMessage());
                    }
                }
            }
            notAfter(check, RECEIVED, received, "收到申请日期", today);
            notAfter(check, ACCEPTED, accepted, "受理日期", today);
            notAfter(check, DECIDED, decided, "决定日期", today);
            if (check.clean()) {
                rows.add(new CaseImport.Row(row.number(), draft));
            }
        }
        return rows;
    }

    /** A date after today, worded as the form's save words it ({@code CaseService}); not for a cell already at fault. */
    private static void notAfter(RowCheck check, Column column, LocalDate date, String label, LocalDate today) {
        if (date != null && !check.failed(column) && date.isAfter(today)) {
            check.fail(column, label + "不能晚于今天(" + today + ")");
        }
    }

    private static String required(String cell, String label) {
        String v = Cells.text(cell);
        if (v == null) {
            throw new ValidationException(null, label + "不能为空");
        }
        return v;
    }

    private static LocalDate optionalDate(String cell, String label) {
        return Cells.text(cell) == null ? null : Cells.date(cell, label);
    }
}
