package org.fazhi.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.web.support.CountyLeaders;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * A county with two years of ledgers (2023 and 2024) entered through the HTTP API, every figure counted
 * by hand in {@link #SENTENCES_2024}. A neighbouring county holds records that must not be counted.
 *
 * <pre>
 * 清河县人民政府 (COUNTY_GOV): 王县长 (正职)
 * ├── 县司法局: 张局长 (正职), 李副局长 (副职)
 * └── 县财政局: 钱局长 (正职)
 * 邻县人民政府: 赵县长 (正职)
 * </pre>
 */
final class ReportLedger extends CountyLeaders {
    static final int YEAR = 2024;

    /** The 2024 sentences of 清河县, counted by hand from the records below. */
    static final List<String> SENTENCES_2024 = List.of(
            // 学法 2024: 4 × 常务会议 (20/19), 2 × 集体 (10/9), 1 × 书面 (8/8) → 7 sessions, 102/108 = 94.4%;
            // 2023: 3 × 常务会议 (20/18), 2 × 集体 (10/10) → 5 sessions, 74/80 = 92.5%.
            "全年开展政府常务会议会前学法4次,领导班子集体学法2次,书面学法1次,共7次,较上年增加2次;"
                    + "参学率94.4%(应到108人次,实到102人次),较上年提高1.9个百分点。",
            // 考法 2024: 甲 88, 乙 52 then 75 on retake, 丙 absent, 丁 91 → 2 batches, 3 people sat, 2 of 3 passed
            // first time, all 3 in the end, (88+52+75+91)/4 = 76.5; 2023: 戊 70, 己 40 → 1 of 2 = 50.0%.
            "组织领导干部任前法律知识测试,全年测试2批次3人,较上年增加1人,一次通过率66.7%,最终通过率100.0%,"
                    + "较上年提高50.0个百分点,平均成绩76.5分,缺考1人次。",
            // 出庭 2024: A (正职 appeared, WON), B (副职 appeared, LOST), C (nobody), D (二审: nobody, then 正职)
            // → 4 heard, 3 appeared, 2 by the 正职, 2 concluded, 1 lost; 2023: 1 of 2 = 50.0%.
            "全年已开庭行政诉讼案件4件,实际出庭3件,出庭率75.0%,较上年提高25.0个百分点;"
                    + "其中行政机关正职出庭2件,正职出庭率50.0%;已审结2件,败诉1件,败诉率50.0%。",
            // 整改 2024: R1 closed late, R2 closed in time, R3 open past its deadline, R4 open in time; 2023: 1.
            "2024年度督察发现问题4个,较上年增加3个,已销号2个(50.0%),其中按期销号1个;逾期未销号1个,其余1个在整改期限内。",
            // 第一责任人 2024: the county's 正职 × 7 + two others' × 5 (no 政府常务会议 duties) = 17 items, 4
            // done (one through review), 1 not applicable, the other 12 past due; 2023: 7 of 17 = 41.2%.
            "2024年度,3名党政主要负责人的16项第一责任人职责已完成4项,完成率25.0%,较上年下降16.2个百分点;"
                    + "另有1项经说明不适用;逾期未完成12项。",
            // 述法 2024: 王县长 书面 优秀, 张局长 述职会 良好, 李副局长 书面 (not rated); 3 正职; 2023: 王县长 only.
            "2024年度党政主要负责人应述法3人,已述法2人,述法率66.7%,较上年提高33.4个百分点;"
                    + "全年述法共3人次,其中书面述法2人次,述职会述法1人次;评议为优秀1人次,良好1人次,尚未评议1人次。",
            // 行政复议 2024: 司法局 撤销 on time, 财政局 维持 on time and 驳回 late (simple procedure, due 10-04, decided
            // 10-10), 司法局 one not accepted → 4 received, 3 accepted, 3 concluded, 2 on time, 1 corrected;
            // 2023: 1 received, 维持 → 0.0%.
            "全年收到行政复议申请4件,较上年增加3件,受理3件(受理率75.0%),审结3件,按期结案率66.7%;"
                    + "直接纠错1件,直接纠错率33.3%,较上年提高33.3个百分点,综合纠错率33.3%。");

    final Org neighbour;
    private int seq;

    ReportLedger(TestServer server) {
        super(server);
        neighbour = server.org("邻县人民政府", OrgKind.COUNTY_GOV, null);
        Person neighbourHead = leader(neighbour, "赵县长", LeaderCategory.PRINCIPAL);

        studySessions();
        tests();
        courtCases();
        rectifications();
        duties();
        lawReports(neighbourHead);
        reconsiderations();
    }

    private void reconsiderations() {
        reconsideration(justice, "2024-02-01", "2024-02-03", "NORMAL", "2024-03-20", "REVOKED", null);
        reconsideration(finance, "2024-05-06", "2024-05-08", "NORMAL", "2024-07-01", "UPHELD", null);
        reconsideration(finance, "2024-09-02", "2024-09-04", "SIMPLE", "2024-10-10", "DISMISSED", null);
        reconsideration(justice, "2024-11-20", null, "NORMAL", null, null, "超过法定申请期限");
        reconsideration(justice, "2023-06-01", "2023-06-02", "NORMAL", "2023-07-20", "UPHELD", null);
        reconsideration(neighbour, "2024-04-01", "2024-04-02", "NORMAL", "2024-05-20", "VARIED", null);
    }

    private void reconsideration(Org respondent, String received, String accepted, String procedure, String decided,
                                 String decision, String notAccepted) {
        Map<String, Object> m = new HashMap<>(Map.of("caseNo", "清政复决字" + (++seq) + "号", "applicant", "张某某",
                "applicantType", "CITIZEN", "respondentOrgId", respondent.id(), "category", "PENALTY", "receivedOn", received,
                "procedure", procedure));
        m.put("acceptedOn", accepted);
        m.put("decidedOn", decided);
        m.put("decision", decision);
        m.put("notAcceptedReason", notAccepted);
        created("/api/reconsiderations", m);
    }

    private void studySessions() {
        for (int i = 1; i <= 4; i++) {
            session(county, "2024-0" + (i * 2) + "-10", "EXEC_MEETING", 20, 19);
        }
        session(justice, "2024-03-12", "COLLECTIVE", 10, 9);
        session(justice, "2024-09-12", "COLLECTIVE", 10, 9);
        session(finance, "2024-11-05", "WRITTEN", 8, 8);
        for (int i = 1; i <= 3; i++) {
            session(county, "2023-0" + (i * 3) + "-10", "EXEC_MEETING", 20, 18);
        }
        session(justice, "2023-04-12", "COLLECTIVE", 10, 10);
        session(justice, "2023-10-12", "COLLECTIVE", 10, 10);
        session(neighbour, "2024-05-05", "LECTURE", 50, 50);
    }

    JsonNode session(Org org, String date, String kind, int expected, int attended) {
        Map<String, Object> m = new HashMap<>(Map.of("orgId", org.id(), "date", date, "kind", kind,
                "topic", "学习行政复议法" + (++seq), "laws", List.of("中华人民共和国行政复议法"), "lecturer", "县司法局",
                "minutes", 60, "expected", expected, "attended", attended));
        return created("/api/study-sessions", m);
    }

    private void tests() {
        long b1 = created("/api/test-batches", Map.of("orgId", justice.id(), "date", "2024-03-10", "track", "NON_NPC"))
                .get("id").asLong();
        JsonNode first = created("/api/test-batches/" + b1 + "/results", List.of(
                Map.of("name", "甲", "orgId", county.id(), "score", 88),
                Map.of("name", "乙", "orgId", justice.id(), "score", 52),
                Map.of("name", "丙", "orgId", finance.id(), "absent", true)));
        long yi = first.get(1).get("id").asLong();
        long b2 = created("/api/test-batches", Map.of("orgId", justice.id(), "date", "2024-06-10", "track", "NON_NPC"))
                .get("id").asLong();
        created("/api/test-batches/" + b2 + "/results", List.of(
                Map.of("name", "乙", "orgId", justice.id(), "score", 75, "retakeOf", yi),
                Map.of("name", "丁", "orgId", finance.id(), "score", 91)));
        long b0 = created("/api/test-batches", Map.of("orgId", justice.id(), "date", "2023-05-10", "track", "NPC"))
                .get("id").asLong();
        created("/api/test-batches/" + b0 + "/results", List.of(
                Map.of("name", "戊", "orgId", county.id(), "score", 70),
                Map.of("name", "己", "orgId", finance.id(), "score", 40)));
    }

    private void courtCases() {
        hearing(courtCase("(2024)清行初1号", "FIRST", justice, "WON"), appeared("2024-03-05", "PRINCIPAL"));
        hearing(courtCase("(2024)清行初2号", "FIRST", finance, "LOST"), appeared("2024-04-10", "DEPUTY"));
        hearing(courtCase("(2024)清行初3号", "FIRST", county, null), absent("2024-05-20", "NONE"));
        long d = courtCase("(2024)安行终4号", "SECOND", justice, null);
        hearing(d, absent("2024-06-01", "IRREPLACEABLE_DUTY"));
        hearing(d, appeared("2024-07-01", "PRINCIPAL"));
        hearing(courtCase("(2023)清行初5号", "FIRST", county, null), appeared("2023-09-01", "PRINCIPAL"));
        hearing(courtCase("(2023)清行初6号", "FIRST", justice, null), absent("2023-10-01", "NONE"));
        hearing(courtCase("(2024)邻行初1号", "FIRST", neighbour, "LOST"), absent("2024-05-01", "NONE"));
    }

    private long courtCase(String caseNo, String instance, Org defendant, String outcome) {
        Map<String, Object> m = new HashMap<>(Map.of("caseNo", caseNo, "court", "清河县人民法院", "instance", instance,
                "defendantOrgId", defendant.id(), "cause", "行政处罚", "filedOn", caseNo.substring(1, 5) + "-01-15"));
        if (outcome != null) {
            m.put("outcome", outcome);
        }
        return created("/api/court-cases", m).get("id").asLong();
    }

    private void hearing(long caseId, Map<String, Object> body) {
        created("/api/court-cases/" + caseId + "/hearings", body);
    }

    private static Map<String, Object> appeared(String date, String category) {
        return Map.of("date", date, "headAppeared", true, "headName", "负责人", "headPosition", "局长",
                "headCategory", category, "spoke", true);
    }

    private static Map<String, Object> absent(String date, String reason) {
        return Map.of("date", date, "headAppeared", false, "absenceReason", reason, "entrustedStaff", "法制科工作人员");
    }

    private void rectifications() {
        close(rectification(justice, "2024-03-01", "2024-05-01"));
        close(rectification(justice, "2024-12-01", "2099-12-31"));
        rectification(finance, "2024-06-01", "2024-08-01");
        rectification(county, "2024-10-01", "2099-12-31");
        rectification(county, "2023-04-01", "2023-06-30");
        rectification(neighbour, "2024-04-01", "2024-06-30");
    }

    private long rectification(Org org, String found, String deadline) {
        return created("/api/rectifications", Map.of("orgId", org.id(), "problem", "行政执法案卷不规范" + (++seq),
                "source", "法治政府建设督察", "foundOn", found, "deadline", deadline)).get("id").asLong();
    }

    private void close(long id) {
        ok(admin.post("/api/rectifications/" + id + "/start", Map.of("comment", "制定整改方案")));
        ok(admin.post("/api/rectifications/" + id + "/rectified", Map.of("measures", "逐卷补正并建立评查制度")));
        ok(admin.post("/api/rectifications/" + id + "/close", Map.of("closingNote", "经核查整改到位")));
    }

    private void duties() {
        created("/api/duty-plans", Map.of("year", 2024, "orgId", county.id()));
        created("/api/duty-plans", Map.of("year", 2023, "orgId", county.id()));
        long plan = itemId(countyHead, 2024, "WORK_PLAN");
        created("/api/duties/" + plan + "/evidence", Map.of("kind", "NOTE", "title", "情况说明",
                "text", "已将法治政府建设纳入2024年政府工作报告", "effectiveDate", "2024-02-20"));
        ok(admin.post("/api/duties/" + plan + "/submit", Map.of("comment", "请审核")));
        ok(admin.post("/api/duties/" + plan + "/approve", Map.of("comment", "同意")));
        status(countyHead, 2024, "EXEC_MEETING_REPORT", "DONE", null);
        status(justiceHead, 2024, "WORK_PLAN", "DONE", null);
        status(justiceHead, 2024, "MAJOR_DECISIONS", "NOT_APPLICABLE", "本年度未作出重大行政决策");
        status(financeHead, 2024, "ANNUAL_REPORT", "DONE", null);
        for (String code : List.of("EXEC_MEETING_REPORT", "WORK_PLAN", "PRE_MEETING_STUDY", "MAJOR_DECISIONS",
                "COURT_APPEARANCE", "YEAR_END_REPORT", "ANNUAL_REPORT")) {
            status(countyHead, 2023, code, "DONE", null);
        }
    }

    private long itemId(Person p, int year, String code) {
        Http.Res r = admin.get("/api/duties?year=" + year + "&personId=" + p.id() + "&code=" + code);
        if (r.status() != 200 || r.json().size() != 1) {
            throw new AssertionError("item " + p.name() + " " + year + " " + code + ": " + r.body());
        }
        return r.json().get(0).get("id").asLong();
    }

    private void status(Person p, int year, String code, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("naReason", reason);
        ok(admin.put("/api/duties/" + itemId(p, year, code), body));
    }

    private void lawReports(Person neighbourHead) {
        lawReport(countyHead, 2024, "WRITTEN", "2025-01-15", "EXCELLENT");
        lawReport(justiceHead, 2024, "MEETING", "2025-01-20", "GOOD");
        lawReport(justiceDeputy, 2024, "WRITTEN", "2025-01-20", null);
        lawReport(countyHead, 2023, "WRITTEN", "2024-01-10", "GOOD");
        lawReport(neighbourHead, 2024, "COMMITTEE", "2025-01-10", "POOR");
    }

    private void lawReport(Person p, int year, String way, String on, String rating) {
        Map<String, Object> m = new HashMap<>(Map.of("personId", p.id(), "year", year, "way", way, "reportedOn", on));
        if (rating != null) {
            m.put("rating", rating);
        }
        created("/api/law-reports", m);
    }

    // ---- helpers ----

    private JsonNode created(String path, Object body) {
        Http.Res r = admin.post(path, body);
        if (r.status() != 201) {
            throw new AssertionError("POST " + path + ": " + r.status() + " " + r.body());
        }
        return r.json();
    }

    private static void ok(Http.Res r) {
        if (r.status() != 200) {
            throw new AssertionError(r.status() + " " + r.body());
        }
    }

    /** The report query of a unit for 2024. */
    static String query(Org org) {
        return "year=" + YEAR + "&orgId=" + org.id();
    }
}
