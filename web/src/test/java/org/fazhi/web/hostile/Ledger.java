package org.fazhi.web.hostile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * A small county with one record of every kind, made through the API, and the table of every JSON
 * write endpoint with a body it accepts. Hostile tries mutate those bodies.
 */
final class Ledger implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final TestServer server = new TestServer();
    final Http admin = server.login(TestServer.ADMIN);
    final long county;
    final long justice;
    final long head;
    final long user;
    final long session;
    final long rule;
    final long batch;
    final long result;
    final long duty;
    final long courtCase;
    final long hearing;
    final long lawReport;
    /** Numbers the records posted many times over (sessions' topics, hearings' days). */
    private static final java.util.concurrent.atomic.AtomicInteger FRESH = new java.util.concurrent.atomic.AtomicInteger();
    final long rectification;
    final long reconsideration;
    /** A question of the bank, edited in place. */
    final long question;
    /** The assessment desks of a round over three departments. */
    final Desks desks;
    /** An indicator system no round uses (edited in place) and the sample the rounds are opened on. */
    final long indicatorSystem;
    final long roundSystem;

    Ledger() {
        county = created(admin.post("/api/orgs", Map.of("name", "清河县人民政府", "kind", "COUNTY_GOV")));
        justice = created(admin.post("/api/orgs", org("清河县司法局")));
        head = created(admin.post("/api/people", person()));
        user = created(admin.post("/api/users", user("clerk-0")));
        session = created(admin.post("/api/study-sessions", session()));
        rule = admin.get("/api/quota-rules").json().get(0).get("id").asLong();
        batch = created(admin.post("/api/test-batches", batch()));
        result = ok(admin.post("/api/test-batches/" + batch + "/results", List.of(result()))).get(0).get("id").asLong();
        ok(admin.post("/api/duty-plans", Map.of("year", 2024)));
        duty = ok(admin.get("/api/duties?year=2024&orgId=" + justice)).get(0).get("id").asLong();
        courtCase = created(admin.post("/api/court-cases", courtCase("(2024)清行初1号")));
        hearing = created(admin.post("/api/court-cases/" + courtCase + "/hearings", hearing()));
        lawReport = created(admin.post("/api/law-reports", lawReport(2024)));
        rectification = created(admin.post("/api/rectifications", rectification()));
        reconsideration = created(admin.post("/api/reconsiderations", reconsideration("清政复决字〔2024〕1号")));
        question = created(admin.post("/api/questions", question("行政复议申请期限是( )。")));
        desks = new Desks(this);
        indicatorSystem = created(admin.post("/api/indicator-systems", indicatorSystemBody()));
        roundSystem = created(admin.post("/api/indicator-systems/sample", Map.of()));
    }

    /** Every POST/PUT JSON endpoint of the API. */
    List<Endpoint> endpoints() {
        String annual = "/api/reports/annual";
        String year = "?year=2024&orgId=" + county;
        LongFunction<String> orgs = n -> "/api/orgs/" + n;
        LongFunction<String> people = n -> "/api/people/" + n;
        LongFunction<String> users = n -> "/api/users/" + n;
        LongFunction<String> sessions = n -> "/api/study-sessions/" + n;
        LongFunction<String> rules = n -> "/api/quota-rules/" + n;
        LongFunction<String> batches = n -> "/api/test-batches/" + n;
        LongFunction<String> results = n -> "/api/test-results/" + n;
        LongFunction<String> duties = n -> "/api/duties/" + n;
        LongFunction<String> cases = n -> "/api/court-cases/" + n;
        LongFunction<String> hearings = n -> "/api/court-hearings/" + n;
        LongFunction<String> reports = n -> "/api/law-reports/" + n;
        LongFunction<String> items = n -> "/api/rectifications/" + n;
        LongFunction<String> systems = n -> "/api/indicator-systems/" + n;
        LongFunction<String> reconsiderations = n -> "/api/reconsiderations/" + n;
        LongFunction<String> questions = n -> "/api/questions/" + n;
        List<Endpoint> all = new java.util.ArrayList<>(desks.endpoints(this));
        all.addAll(List.of(
                Endpoint.post("/api/orgs", () -> org("清河县某局"), "name", "kind").creates(orgs),
                Endpoint.put("/api/orgs/" + justice, () -> current("/api/orgs/" + justice, org("x")), "name", "kind")
                        .changes(orgs, justice),
                Endpoint.post("/api/people", this::person, "name", "orgId").creates(people),
                Endpoint.put("/api/people/" + head, () -> current("/api/people/" + head, person()), "name", "orgId")
                        .changes(people, head),
                Endpoint.post("/api/users", () -> user("clerk-new"), "username", "role", "password").creates(users),
                // The username is fixed once made: an update without one keeps it.
                Endpoint.put("/api/users/" + user, () -> current("/api/users/" + user, user("clerk-0")), "role")
                        .changes(users, user),
                Endpoint.post("/api/users/" + user + "/password", () -> Map.of("password", "another-long-1"), "password")
                        .changes(users, user),
                Endpoint.post("/api/study-sessions", this::freshSession, "orgId", "date", "kind", "topic").creates(sessions),
                Endpoint.put("/api/study-sessions/" + session, () -> current("/api/study-sessions/" + session, session()),
                        "orgId", "date", "kind", "topic").changes(sessions, session),
                // Opens QR sign-in (again, each try: a new address); what it changes is read back as the status.
                Endpoint.post("/api/study-sessions/" + session + "/sign-in", () -> Map.of("minutes", 30, "lateAfter", "09:00"),
                        "minutes").changesSingle("/api/study-sessions/" + session + "/sign-in"),
                Endpoint.post("/api/quota-rules", this::quotaRule, "label", "kinds", "orgKind", "minimum", "period")
                        .creates(rules),
                Endpoint.put("/api/quota-rules/" + rule, () -> current("/api/quota-rules/" + rule, quotaRule()),
                        "label", "kinds", "orgKind", "minimum", "period").changes(rules, rule),
                Endpoint.post("/api/test-batches", this::batch, "orgId", "date", "track").creates(batches),
                Endpoint.put("/api/test-batches/" + batch, () -> current("/api/test-batches/" + batch, batch()),
                        "orgId", "date", "track").changes(batches, batch),
                Endpoint.post("/api/test-batches/" + batch + "/results", this::result, "name", "orgId").bodyIsList()
                        .creates(results),
                Endpoint.put("/api/test-results/" + result, () -> current("/api/test-results/" + result, result()),
                        "name", "orgId").changes(results, result),
                Endpoint.put("/api/settings/training", () -> Map.of("maxRetakes", 1), "maxRetakes")
                        .changesSingle("/api/settings/training"),
                // A plan makes the year's duty items and names none of them.
                Endpoint.post("/api/duty-plans", () -> Map.of("year", 2025, "orgId", justice), "year")
                        .createsListed(duties, "/api/duties?year=2025&orgId=" + justice),
                Endpoint.put("/api/duties/" + duty, () -> current("/api/duties/" + duty,
                        Map.of("status", "IN_PROGRESS", "note", "正在落实", "dueDate", "2024-12-31")), "status")
                        .changes(duties, duty),
                Endpoint.post("/api/duties/" + duty + "/evidence", this::evidence, "kind", "title")
                        .creates(n -> "/api/duty-evidence/" + n),
                Endpoint.step("/api/duties/" + duty + "/submit", () -> Map.of("comment", "请审核")).changes(duties, duty),
                Endpoint.step("/api/duties/" + duty + "/approve", () -> Map.of("comment", "同意")).changes(duties, duty),
                Endpoint.step("/api/duties/" + duty + "/return", () -> Map.of("comment", "请补充材料")).changes(duties, duty),
                // Catalog versions are only listed, newest first.
                Endpoint.post("/api/duty-catalog/versions", this::catalogVersion, "label", "fromYear", "entries")
                        .createsListed(null, "/api/duty-catalog/versions"),
                Endpoint.post("/api/court-cases", () -> courtCase("(2024)清行初9号"), "caseNo", "court", "instance",
                        "defendantOrgId").creates(cases),
                Endpoint.put("/api/court-cases/" + courtCase, () -> current("/api/court-cases/" + courtCase,
                        courtCase("(2024)清行初1号")), "caseNo", "court", "instance", "defendantOrgId").changes(cases, courtCase),
                Endpoint.post("/api/court-cases/" + courtCase + "/hearings", this::freshHearing, "date").creates(hearings),
                Endpoint.put("/api/court-hearings/" + hearing, () -> current("/api/court-hearings/" + hearing, hearing()),
                        "date").changes(hearings, hearing),
                Endpoint.put("/api/settings/court", () -> Map.of("denominator", "HEARINGS"), "denominator")
                        .changesSingle("/api/settings/court"),
                Endpoint.post("/api/questions", () -> question("第" + FRESH.incrementAndGet() + "题:行政复议申请期限是( )。"),
                        "type", "stem", "options", "answer", "points").creates(questions),
                Endpoint.put("/api/questions/" + question, () -> current("/api/questions/" + question,
                        question("行政复议申请期限是( )。")), "type", "stem", "options", "answer", "points")
                        .changes(questions, question),
                Endpoint.post("/api/reconsiderations", () -> reconsideration("清政复决字〔2024〕" + (100 + FRESH.incrementAndGet()) + "号"),
                        "caseNo", "applicant", "applicantType", "respondentOrgId", "category", "receivedOn").creates(reconsiderations),
                Endpoint.put("/api/reconsiderations/" + reconsideration, () -> current("/api/reconsiderations/" + reconsideration,
                        reconsideration("清政复决字〔2024〕1号")), "caseNo", "applicant", "applicantType", "respondentOrgId",
                        "category", "receivedOn").changes(reconsiderations, reconsideration),
                Endpoint.put("/api/settings/reconsideration", () -> Map.of("correctionDenominator", "MERITS"),
                        "correctionDenominator").changesSingle("/api/settings/reconsideration"),
                Endpoint.put("/api/settings/backup", () -> Map.of("keep", 3), "keep").changesSingle("/api/settings/backup"),
                Endpoint.post("/api/law-reports", () -> lawReport(2023), "personId", "year", "way").creates(reports),
                Endpoint.put("/api/law-reports/" + lawReport, () -> current("/api/law-reports/" + lawReport, lawReport(2024)),
                        "personId", "year", "way").changes(reports, lawReport),
                Endpoint.post("/api/indicator-systems", this::indicatorSystemBody, "title", "fromYear", "indicators")
                        .creates(systems),
                Endpoint.put("/api/indicator-systems/" + indicatorSystem, () -> current("/api/indicator-systems/" + indicatorSystem,
                        indicatorSystemBody()), "title", "fromYear", "indicators").changes(systems, indicatorSystem),
                Endpoint.post("/api/assessment-rounds", this::assessmentRound, "year", "systemId", "orgId", "selfDeadline",
                        "reviewDeadline", "passScore", "target").creates(n -> "/api/assessment-rounds/" + n),
                Endpoint.post("/api/rectifications", this::rectification, "orgId", "problem", "foundOn").creates(items),
                Endpoint.put("/api/rectifications/" + rectification, () -> current("/api/rectifications/" + rectification,
                        rectification()), "orgId", "problem", "foundOn").changes(items, rectification),
                step("/api/rectifications/" + rectification + "/start", Map.of("comment", "制定整改方案")),
                step("/api/rectifications/" + rectification + "/rectified", Map.of("measures", "已修订制度")),
                step("/api/rectifications/" + rectification + "/close", Map.of("closingNote", "经复查已整改")),
                step("/api/rectifications/" + rectification + "/reopen", Map.of("reason", "复查发现反弹")),
                Endpoint.put(annual + "/sections" + year, () -> versioned(annual + year,
                        Map.of("sections", List.of(Map.of("key", "other", "narrative", "补充说明")))), "sections")
                        .changesSingle(annual + year),
                Endpoint.step(annual + "/publish" + year, () -> versioned(annual + year, Map.of("publishedOn", "2025-03-01")))
                        .changesSingle(annual + year),
                Endpoint.step(annual + "/withdraw" + year, () -> versioned(annual + year, Map.of()))
                        .changesSingle(annual + year)));
        return all;
    }

    /** A rectification step carries the item's current version. */
    private Endpoint step(String path, Map<String, Object> body) {
        return Endpoint.step(path, () -> current("/api/rectifications/" + rectification, body))
                .changes(n -> "/api/rectifications/" + n, rectification);
    }

    Map<String, Object> indicatorSystemBody() {
        List<Map<String, Object>> indicators = List.of(
                new HashMap<>(Map.of("code", "1", "title", "依法全面履行政府职能")),
                new HashMap<>(Map.of("code", "1.1", "parentCode", "1", "title", "负责人出庭应诉", "points", 40,
                        "evidenceKinds", List.of("FILE"), "metric", "COURT_APPEARANCE_RATE", "rule", "达到90%得满分")),
                new HashMap<>(Map.of("code", "1.2", "parentCode", "1", "title", "学法计划", "points", 60, "veto", true)));
        return new HashMap<>(Map.of("title", "清河县示范创建指标体系", "fromYear", 2024, "indicators", indicators));
    }

    /** Over the county's units (司法局), its deadlines after the server's today. */
    Map<String, Object> assessmentRound() {
        java.time.LocalDate today = java.time.LocalDate.now(server.clock());
        return new HashMap<>(Map.of("year", today.getYear(), "systemId", roundSystem, "orgId", county,
                "selfDeadline", today.plusDays(30).toString(), "reviewDeadline", today.plusDays(60).toString(),
                "passScore", 60, "target", 50));
    }

    /** A single-choice question of the bank on the 行政复议法. */
    Map<String, Object> question(String stem) {
        return new HashMap<>(Map.of("type", "SINGLE", "stem", stem, "options", List.of("十五日", "三十日", "六十日", "九十日"),
                "answer", "C", "points", 2, "difficulty", "EASY", "laws", List.of("中华人民共和国行政复议法"),
                "analysis", "行政复议法规定的一般申请期限为六十日。"));
    }

    /** A case of 司法局 accepted and decided (撤销) on the normal procedure. */
    Map<String, Object> reconsideration(String caseNo) {
        Map<String, Object> m = new HashMap<>(Map.of("caseNo", caseNo, "applicant", "张某某", "applicantType", "CITIZEN",
                "respondentOrgId", justice, "category", "PENALTY", "receivedOn", "2024-03-01", "acceptedOn", "2024-03-03",
                "procedure", "NORMAL", "decidedOn", "2024-04-20", "decision", "REVOKED"));
        m.put("note", "经审查撤销原处罚决定");
        return m;
    }

    Map<String, Object> org(String name) {
        return new HashMap<>(Map.of("name", name, "kind", "DEPARTMENT", "parentId", county));
    }

    Map<String, Object> person() {
        return new HashMap<>(Map.of("name", "张局长", "orgId", justice, "position", "局长", "category", "PRINCIPAL"));
    }

    Map<String, Object> user(String username) {
        return new HashMap<>(Map.of("username", username, "displayName", "办事员", "role", "ORGANISER",
                "orgId", justice, "password", "long-enough-1"));
    }

    Map<String, Object> session() {
        return new HashMap<>(Map.of("orgId", justice, "date", "2024-03-15", "kind", "COLLECTIVE", "topic", "学习行政复议法",
                "laws", List.of("中华人民共和国行政复议法"), "lecturer", "张律师", "minutes", 45, "expected", 20, "attended", 18));
    }

    /** Posted again and again: each its own topic, so none is refused as a possible duplicate of another. */
    Map<String, Object> freshSession() {
        Map<String, Object> m = session();
        m.put("topic", "学习行政复议法(第" + FRESH.incrementAndGet() + "次)");
        return m;
    }

    Map<String, Object> quotaRule() {
        return new HashMap<>(Map.of("label", "部门每年集体学法", "kinds", List.of("COLLECTIVE"), "orgKind", "DEPARTMENT",
                "minimum", 2, "period", "YEAR", "minMinutes", 30, "active", true));
    }

    Map<String, Object> batch() {
        return new HashMap<>(Map.of("orgId", county, "date", "2024-03-10", "track", "NON_NPC", "paper", "A"));
    }

    Map<String, Object> result() {
        return new HashMap<>(Map.of("name", "甲", "orgId", justice, "currentPost", "科长", "proposedPost", "副局长", "score", 88));
    }

    Map<String, Object> evidence() {
        return new HashMap<>(Map.of("kind", "NOTE", "title", "情况说明", "text", "常务会议听取汇报", "effectiveDate", "2024-04-15"));
    }

    Map<String, Object> catalogVersion() {
        Map<String, Object> entry = Map.of("code", "WORK_PLAN", "title", "将法治建设纳入年度计划", "frequency", "每年",
                "appliesTo", List.of("PRINCIPAL"), "dueDay", "02-28");
        return new HashMap<>(Map.of("label", "2100年版", "fromYear", 2100, "entries", List.of(entry)));
    }

    Map<String, Object> courtCase(String caseNo) {
        return new HashMap<>(Map.of("caseNo", caseNo, "court", "清河县人民法院", "instance", "FIRST",
                "defendantOrgId", justice, "cause", "行政许可", "filedOn", "2024-03-01"));
    }

    Map<String, Object> hearing() {
        return new HashMap<>(Map.of("date", "2024-05-10", "notified", "2024-05-01", "headAppeared", true, "headName", "张局长",
                "headPosition", "局长", "headCategory", "PRINCIPAL", "spoke", true));
    }

    /** Posted again and again: each on its own day, so none is refused as a possible duplicate of another. */
    Map<String, Object> freshHearing() {
        Map<String, Object> m = hearing();
        m.put("date", java.time.LocalDate.of(2024, 5, 11).plusDays(FRESH.incrementAndGet() % 3000).toString());
        return m;
    }

    Map<String, Object> lawReport(int year) {
        return new HashMap<>(Map.of("personId", head, "year", year, "way", "WRITTEN", "reportedOn", year + "-12-30",
                "note", "述法报告已存档"));
    }

    Map<String, Object> rectification() {
        return new HashMap<>(Map.of("orgId", justice, "problem", "行政执法公示不全", "source", "法治政府建设督察",
                "foundOn", "2024-03-01", "deadline", "2024-09-30", "responsible", "张科长"));
    }

    /** The example with the record's current version, as a client that just read it would send. */
    private Map<String, Object> current(String path, Map<String, Object> example) {
        Map<String, Object> body = new LinkedHashMap<>(example);
        JsonNode now = ok(admin.get(path));
        if (now.has("version")) {
            body.put("version", now.get("version").asInt());
        }
        return body;
    }

    private Map<String, Object> versioned(String path, Map<String, Object> example) {
        return current(path, example);
    }

    /** The audit log's size: every write adds to it in the same transaction, so equal means nothing written. */
    long auditTotal() {
        Http.Res r = admin.get("/api/audit?limit=1");
        if (r.status() != 200) {
            throw new AssertionError("audit: " + r.status() + " " + r.body());
        }
        return Long.parseLong(r.header("X-Total-Count"));
    }

    static long created(Http.Res r) {
        if (r.status() != 201) {
            throw new AssertionError("not created: " + r.status() + " " + r.body());
        }
        return r.json().get("id").asLong();
    }

    static JsonNode ok(Http.Res r) {
        if (r.status() / 100 != 2) {
            throw new AssertionError(r.status() + " " + r.body());
        }
        return r.json();
    }

    static Map<String, Object> toMap(JsonNode n) {
        return JSON.convertValue(n, new TypeReference<Map<String, Object>>() { });
    }

    @Override
    public void close() {
        server.close();
    }
}
