package org.fazhi.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.assessment.figures.RecordKind;
import org.fazhi.assessment.round.UnitState;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CaseOutcome;
import org.fazhi.duty.court.Denominator;
import org.fazhi.duty.court.Instance;
import org.fazhi.duty.duties.DutyFrequency;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.duties.EvidenceKind;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.duty.lawreport.ReportRating;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.duty.rectify.RectificationStatus;
import org.fazhi.model.Coded;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.report.ReportStatus;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.AttachmentKind;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.StudyKind;

/**
 * The audit log in words a clerk reads: the kind of record and its name in Chinese, and of a change only the
 * fields that changed, each with its Chinese label and its codes as the pages show them ("COLLECTIVE" is
 * 领导班子集体学法, true is 是). The stored before/after JSON stays as it was written; only its showing changes.
 */
public final class AuditText {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every kind of record the ledgers audit, for the label and the filter. */
    static final Map<String, String> ENTITIES = entities();

    private static final Map<String, String> FIELDS = fields();
    /** Field labels that depend on the record: the laws of a question are not those a session studied. */
    private static final Map<String, String> FIELDS_BY_ENTITY = Map.of("question.type", "题型", "question.laws", "所涉法律法规",
            "reconsideration.category", "事项类别", "reconsideration.note", "备注", "assessment-round.title", "考核名称",
            "assessment-unit.kind", "单位类型");
    /** Bookkeeping that changes with every save and says nothing to a reader. */
    private static final Set<String> HIDDEN = Set.of("id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy",
            "orgName", "personName", "respondentOrgName", "defendantOrgName", "evidenceCount", "overdue", "lineageId");
    /**
     * Reference fields whose record carries the referred name beside the id: the name is shown ("李明", not
     * "49"), while whether the field changed is judged on the id (a unit renamed since is no change of unit).
     */
    private static final Map<String, String> NAMED_IDS = Map.of("personId", "personName", "orgId", "orgName",
            "respondentOrgId", "respondentOrgName", "defendantOrgId", "defendantOrgName");
    /** A moment as the records store it (UTC, to the nanosecond), shown in the ledger's zone to the minute. */
    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    /** Fields whose codes belong to one enum whatever the record. */
    private static final Map<String, Class<? extends Coded>> CODES_BY_FIELD = Map.ofEntries(
            Map.entry("category", LeaderCategory.class), Map.entry("headCategory", LeaderCategory.class),
            Map.entry("instance", Instance.class), Map.entry("absenceReason", AbsenceReason.class),
            Map.entry("recordedStatus", DutyStatus.class), Map.entry("reviewState", ReviewState.class),
            Map.entry("frequency", DutyFrequency.class), Map.entry("way", ReportWay.class),
            Map.entry("rating", ReportRating.class), Map.entry("track", Track.class), Map.entry("mode", ExamMode.class),
            Map.entry("role", Role.class), Map.entry("period", QuotaPeriod.class), Map.entry("denominator", Denominator.class),
            Map.entry("attendance", AttendanceStatus.class));
    /** Fields whose enum depends on the record: "kind" of a unit is not "kind" of a study session. */
    private static final Map<String, Class<? extends Coded>> CODES_BY_ENTITY_FIELD = Map.ofEntries(
            Map.entry("org.kind", OrgKind.class), Map.entry("study-session.kind", StudyKind.class),
            Map.entry("quota-rule.orgKind", OrgKind.class), Map.entry("duty-evidence.kind", EvidenceKind.class),
            Map.entry("study-attachment.kind", AttachmentKind.class), Map.entry("duty-item.status", DutyStatus.class),
            Map.entry("rectification.status", RectificationStatus.class), Map.entry("court-case.outcome", CaseOutcome.class),
            Map.entry("test-result.outcome", Outcome.class), Map.entry("annual-report.status", ReportStatus.class),
            Map.entry("question.type", QuestionType.class),
            Map.entry("question.difficulty", Difficulty.class),
            Map.entry("reconsideration.category", MatterCategory.class), Map.entry("reconsideration.decision", Decision.class),
            Map.entry("reconsideration.procedure", Procedure.class),
            Map.entry("reconsideration.applicantType", ApplicantType.class),
            Map.entry("assessment-unit.kind", OrgKind.class), Map.entry("assessment-unit.state", UnitState.class),
            Map.entry("assessment-evidence.kind", org.fazhi.assessment.system.EvidenceKind.class),
            Map.entry("assessment-evidence.recordKind", RecordKind.class));

    private AuditText() {
    }

    /** One field of a change: its label, and the value before and after (empty where there was none). */
    public record Change(String field, String before, String after) {
    }

    public static String entity(String code) {
        return ENTITIES.getOrDefault(code, code);
    }

    /** The record's own name as its JSON carries it (a unit's name, a session's topic, a case number), or "". */
    public static String name(String beforeJson, String afterJson) {
        JsonNode n = record(afterJson != null ? afterJson : beforeJson);
        if (n == null) {
            return "";
        }
        for (String f : List.of("name", "caseNo", "topic", "title", "problem", "username", "personName", "label")) {
            if (n.hasNonNull(f) && !n.get(f).asText().isBlank()) {
                return n.get(f).asText();
            }
        }
        return n.hasNonNull("date") ? n.get("date").asText() : "";
    }

    /**
     * The fields a change touched: for an update those whose value differs, for a creation or deletion every
     * field that holds something. Lists (several records written at once) say how many.
     */
    public static List<Change> changes(String entity, String beforeJson, String afterJson, ZoneId zone) {
        JsonNode before = record(beforeJson);
        JsonNode after = record(afterJson);
        List<Change> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        if (before != null) {
            before.fieldNames().forEachRemaining(names::add);
        }
        if (after != null) {
            after.fieldNames().forEachRemaining(names::add);
        }
        for (String f : names) {
            if (HIDDEN.contains(f)) {
                continue;
            }
            String was = before == null ? "" : value(entity, f, before.get(f), zone);
            String is = after == null ? "" : value(entity, f, after.get(f), zone);
            if (!was.equals(is)) {
                out.add(new Change(FIELDS_BY_ENTITY.getOrDefault(entity + "." + f, FIELDS.getOrDefault(f, f)),
                        named(f, before, was), named(f, after, is)));
            }
        }
        return out;
    }

    /** The record of the JSON: the object itself, or the {@code session} of a study session written with its attendees. */
    private static JsonNode record(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(json);
            if (n.isObject() && n.has("session") && n.get("session").isObject()) {
                com.fasterxml.jackson.databind.node.ObjectNode flat = ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("session")).deepCopy();
                if (n.has("attendees")) {
                    flat.set("attendees", n.get("attendees"));
                }
                return flat;
            }
            if (n.isArray()) {
                com.fasterxml.jackson.databind.node.ObjectNode many = JSON.createObjectNode();
                many.put("records", n.size() + " 条");
                return many;
            }
            return n.isObject() ? n : null;
        } catch (java.io.IOException e) {
            return null; // not JSON: shown as it is elsewhere, nothing to compare
        }
    }

    /** The referred name the record carries beside {@code field}'s id, else {@code shown}. */
    private static String named(String field, JsonNode record, String shown) {
        String nameField = NAMED_IDS.get(field);
        if (nameField == null || record == null || shown.isEmpty()) {
            return shown;
        }
        JsonNode name = record.get(nameField);
        return name == null || name.isNull() || name.asText().isBlank() ? shown : name.asText();
    }

    private static String value(String entity, String field, JsonNode v, ZoneId zone) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "是" : "否";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(x.isObject() ? itemName(x) : x.asText()));
            return field.equals("attendees") ? items.size() + " 人" : String.join("、", items);
        }
        if (v.isObject()) {
            return v.toString();
        }
        String text = v.asText();
        if (INSTANT.matcher(text).matches()) {
            // A value of that shape that is no real moment (2025-02-30T…, typed into a note) is shown as typed.
            return Display.minute(text, zone);
        }
        Class<? extends Coded> codes = CODES_BY_ENTITY_FIELD.getOrDefault(entity + "." + field, CODES_BY_FIELD.get(field));
        if (codes != null) {
            for (Coded c : codes.getEnumConstants()) {
                if (c.name().equals(text)) {
                    return c.label();
                }
            }
        }
        return text;
    }

    /** A record within a list by its name (a unit of a round by its unit's name), else as its JSON. */
    private static String itemName(JsonNode x) {
        for (String f : List.of("name", "orgName", "title", "code")) {
            if (x.hasNonNull(f) && !x.get(f).asText().isBlank()) {
                return x.get(f).asText();
            }
        }
        return x.toString();
    }

    private static Map<String, String> entities() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("org", "单位");
        m.put("person", "人员");
        m.put("user", "账号");
        m.put("study-session", "学法记录");
        m.put("study-attachment", "学法材料");
        m.put("quota-rule", "学法规则");
        m.put("law-catalog", "法律法规目录");
        m.put("test-batch", "任前法律知识测试批次");
        m.put("test-result", "测试成绩");
        m.put("duty-catalog", "第一责任人职责清单");
        m.put("duty-plan", "年度职责计划");
        m.put("duty-item", "第一责任人职责");
        m.put("duty-evidence", "职责佐证材料");
        m.put("law-report", "述法记录");
        m.put("rectification", "整改事项");
        m.put("court-case", "行政诉讼案件");
        m.put("court-hearing", "开庭记录");
        m.put("annual-report", "法治政府建设年度报告");
        m.put("question", "试题");
        m.put("online-exam", "在线考试");
        m.put("reconsideration", "行政复议案件");
        m.put("indicator-system", "考核指标体系");
        m.put("assessment-round", "示范创建考核");
        m.put("assessment-unit", "考核参评单位");
        m.put("assessment-answer", "考核指标评分");
        m.put("assessment-evidence", "考核佐证材料");
        m.put("package", "报送包");
        m.put("package-key", "报送公钥");
        m.put("setting", "设置");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> fields() {
        Map<String, String> m = new HashMap<>();
        String[][] pairs = {
            {"name", "名称"}, {"kind", "类型"}, {"parentId", "上级单位"}, {"code", "统一社会信用代码"}, {"orgId", "单位"}, {"personId", "人员"},
            {"position", "职务"}, {"category", "负责人类别"}, {"username", "用户名"}, {"displayName", "姓名"}, {"role", "角色"},
            {"disabled", "停用"}, {"date", "日期"}, {"topic", "主题"}, {"laws", "所学法律"}, {"lecturer", "主讲人"},
            {"lecturerUnit", "主讲人单位"}, {"minutes", "时长(分钟)"}, {"expected", "应到人数"}, {"attended", "实到人数"},
            {"attendees", "参加人员"}, {"note", "备注"}, {"track", "类别"}, {"paper", "试卷"}, {"fullMark", "满分"},
            {"passMark", "及格分"}, {"mode", "考试方式"}, {"title", "标题"}, {"score", "成绩"}, {"absent", "缺考"},
            {"currentPost", "现任职务"}, {"proposedPost", "拟任职务"}, {"retakeOf", "补考自"}, {"outcome", "结果"},
            {"year", "年度"}, {"code", "职责编码"}, {"frequency", "频次"}, {"legalBasis", "依据"}, {"dueDate", "完成时限"},
            {"status", "状态"}, {"recordedStatus", "登记的状态"}, {"naReason", "不适用理由"}, {"reviewState", "审核状态"},
            {"itemId", "职责"}, {"url", "链接"}, {"text", "内容"}, {"fileName", "文件名"}, {"contentType", "文件类型"},
            {"size", "大小(字节)"}, {"sha256", "SHA-256"}, {"effectiveDate", "形成日期"}, {"way", "述法方式"},
            {"reportedOn", "述法日期"}, {"rating", "评议等次"}, {"problem", "问题"}, {"source", "问题来源"},
            {"foundOn", "发现日期"}, {"deadline", "整改期限"}, {"measures", "整改措施"}, {"responsible", "责任人"},
            {"closedOn", "销号日期"}, {"closingNote", "销号说明"}, {"caseNo", "案号"}, {"court", "法院"}, {"instance", "审级"},
            {"defendantOrgId", "被告单位"}, {"coDefendants", "共同被告"}, {"cause", "案由"}, {"adminField", "行政管理领域"},
            {"filedOn", "立案日期"}, {"caseId", "案件"}, {"notified", "通知书送达日期"}, {"headAppeared", "负责人是否出庭"},
            {"headName", "出庭负责人"}, {"headPosition", "出庭负责人职务"}, {"headCategory", "负责人类别"}, {"spoke", "是否发言"},
            {"absenceReason", "未出庭理由"}, {"absenceNote", "未出庭情况"}, {"entrustedStaff", "委托工作人员"},
            {"lawyerOnly", "仅委托律师"},
            {"catalogVersion", "职责清单版本"}, {"created", "新建职责数"}, {"records", "记录"}, {"label", "名称"},
            {"minimum", "最少次数"}, {"active", "启用"}, {"kinds", "学法类型"}, {"orgKind", "单位类型"}, {"period", "周期"},
            {"fromYear", "起始年度"}, {"keep", "保留份数"}, {"maxRetakes", "补考次数"}, {"denominator", "出庭率口径"},
            {"flagThreshold", "约谈线"}, {"publishedOn", "发布日期"}, {"sections", "报告正文"}, {"stem", "题干"},
            {"options", "选项"}, {"answer", "答案"}, {"points", "分值"}, {"difficulty", "难度"}, {"analysis", "解析"},
            // 行政复议 cases, labelled as their form labels them
            {"applicant", "申请人"}, {"applicantType", "申请人类型"}, {"respondentOrgId", "被申请人"},
            {"receivedOn", "收到申请日期"}, {"acceptedOn", "受理日期"}, {"notAcceptedReason", "不予受理理由"},
            {"procedure", "审理程序"}, {"extendedDays", "延长天数"}, {"decidedOn", "决定日期"}, {"decision", "决定结果"},
            {"correctedIndirectly", "被申请人自行纠正"}, {"courtCaseId", "后续诉讼案件编号"}, {"dueOn", "审理期限"},
            // 示范创建 assessment: systems, rounds, units, answers and their evidence
            {"standard", "评分标准"}, {"veto", "一票否决"}, {"evidenceKinds", "佐证材料类型"}, {"binding", "台账关联"},
            {"selfScore", "自评得分"}, {"explanation", "自评说明"}, {"evidence", "佐证材料"}, {"reviewScore", "审核得分"},
            {"reason", "扣分理由"}, {"returned", "退回补充"}, {"returnComment", "退回意见"}, {"typical", "典型经验做法"},
            {"state", "状态"}, {"submittedAt", "提交时间"}, {"submittedBy", "提交人"}, {"selfDeadline", "自评截止日期"},
            {"reviewDeadline", "审核截止日期"}, {"passScore", "达标分数"}, {"grades", "等次分数线"}, {"target", "达标目标"},
            {"systemId", "指标体系"}, {"units", "参评单位"}, {"number", "版本号"}, {"sample", "示例体系"},
            {"basedOn", "复制自"}, {"ownerOrgId", "所属单位"}, {"total", "总分"}, {"used", "已使用"},
            {"indicators", "指标"}, {"roundId", "考核"}, {"recordKind", "关联台账类型"}, {"recordId", "关联台账记录"},
            // online exams and 报送
            {"variants", "试卷"}, {"variant", "试卷"}, {"exportedAt", "导出时间"}, {"replaced", "替换此前接收的版本"},
            {"fingerprint", "指纹"}, {"publicKey", "公钥"}};
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return Map.copyOf(m);
    }
}
