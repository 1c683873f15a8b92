package org.fazhi.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.web.security.ScopeCalls.Answer;

/**
 * The writes of the route table that name a unit — creates, updates and the annual report's steps,
 * through the JSON API and the pages' forms — each as a call naming a target unit. Sent by the 司法局
 * organiser or viewer naming the sibling unit or the parent county, each must be refused and write
 * nothing; sent by the organiser naming its own unit, the same call is accepted, so the body is one
 * the server takes and a refusal is the scope's. The imports are in {@link ScopeImports}; writes only
 * admins may make, and writes whose body names no unit, are listed at the end.
 */
final class ScopeWrites {
    /** A write naming {@code target} (a unit, or its head where the record names a person). */
    interface Call {
        Answer send(ScopeCalls s, String who, Ledger.Unit target);
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    private ScopeWrites() {
    }

    /** "METHOD route" (a second call of a route adds " · what it names") → the call. */
    static Map<String, Call> all() {
        Map<String, Call> m = new LinkedHashMap<>();
        // Creates through the API
        m.put("POST /api/orgs", (s, who, t) -> s.post(who, "/api/orgs", Map.of("name", "越权单位" + SEQ.incrementAndGet(),
                "kind", "UNIT", "parentId", t.org.id())));
        // 示范创建: a system kept by the unit, the sample loaded for it, a round opened by it
        m.put("POST /api/indicator-systems", (s, who, t) -> s.post(who, "/api/indicator-systems", Map.of("title", "越权体系"
                + SEQ.incrementAndGet(), "fromYear", 2024, "ownerOrgId", t.org.id(), "indicators",
                List.of(Map.of("code", "1", "title", "越权指标", "points", 10)))));
        m.put("POST /api/indicator-systems/sample", (s, who, t) -> s.post(who, "/api/indicator-systems/sample?orgId="
                + t.org.id(), Map.of()));
        m.put("POST /api/assessment-rounds", (s, who, t) -> s.post(who, "/api/assessment-rounds",
                s.l.assessmentRound(t.org.id(), s.l.unitBelow(t).id(), null)));
        m.put("POST /assessment/rounds/new", (s, who, t) -> {
            s.l.unitBelow(t);
            Map<String, Object> r = s.l.assessmentRound(t.org.id(), 0, null);
            return s.form(who, "/assessment/rounds/new", fields("year", r.get("year"), "systemId", r.get("systemId"),
                    "orgId", t.org.id(), "selfDeadline", r.get("selfDeadline"), "reviewDeadline", r.get("reviewDeadline"),
                    "passScore", "60", "target", "50", "excellent", "90", "good", "80", "qualified", "60"));
        });
        m.put("POST /api/people", (s, who, t) -> s.post(who, "/api/people", person(t)));
        m.put("POST /api/study-sessions", (s, who, t) -> s.post(who, "/api/study-sessions", session(t)));
        m.put("POST /api/test-batches", (s, who, t) -> s.post(who, "/api/test-batches", Map.of("orgId", t.org.id(),
                "date", "2024-06-01", "track", "NON_NPC", "paper", "B卷", "title", "越权测试")));
        m.put("POST /api/test-batches/{}/results", (s, who, t) -> s.post(who, "/api/test-batches/" + s.l.justice.batch + "/results",
                List.of(Map.of("name", "越权考生", "orgId", t.org.id(), "score", 90))));
        m.put("POST /api/test-batches/{}/results · personId", (s, who, t) -> s.post(who,
                "/api/test-batches/" + s.l.justice.batch + "/results", List.of(Map.of("name", "越权考生",
                        "orgId", s.l.justice.org.id(), "personId", t.head.id(), "score", 90))));
        m.put("POST /api/exams/{}/candidates", (s, who, t) -> s.post(who, "/api/exams/" + s.l.justice.exam + "/candidates",
                Map.of("name", "越权考生", "orgId", t.org.id())));
        m.put("POST /tests/{}/exam/candidates", (s, who, t) -> s.form(who, "/tests/" + s.l.justice.batch + "/exam/candidates",
                fields("name", "越权考生(页面)", "orgId", String.valueOf(t.org.id()))));
        m.put("POST /api/law-reports", (s, who, t) -> s.post(who, "/api/law-reports", Map.of("personId", t.head.id(),
                "year", 2023, "way", "MEETING", "reportedOn", "2023-12-20")));
        m.put("POST /api/rectifications", (s, who, t) -> s.post(who, "/api/rectifications", rectification(t)));
        m.put("POST /api/court-cases", (s, who, t) -> s.post(who, "/api/court-cases", Map.of("caseNo", caseNo(),
                "court", "清河县人民法院", "instance", "FIRST", "defendantOrgId", t.org.id(), "cause", "行政处罚",
                "filedOn", "2024-02-01")));
        m.put("POST /api/reconsiderations", (s, who, t) -> s.post(who, "/api/reconsiderations", reconsideration(t, caseNo())));
        m.put("POST /api/duty-plans", (s, who, t) -> s.post(who, "/api/duty-plans", Map.of("year", 2023, "orgId", t.org.id())));
        // Updates through the API: the own record, its unit (or person) changed to the target's
        m.put("PUT /api/orgs/{}", (s, who, t) -> update(s, who, "/api/orgs/" + s.office, "parentId", t.org.id()));
        m.put("PUT /api/people/{}", (s, who, t) -> update(s, who, "/api/people/" + s.l.justice.head.id(), "orgId", t.org.id()));
        m.put("PUT /api/study-sessions/{}", (s, who, t) -> update(s, who, "/api/study-sessions/" + s.l.justice.session,
                "orgId", t.org.id()));
        m.put("PUT /api/study-sessions/{} · attendee", (s, who, t) -> {
            ObjectNode j = (ObjectNode) s.current("/api/study-sessions/" + s.l.justice.session);
            j.putArray("attendees").addObject().put("personId", t.head.id()).put("status", "PRESENT");
            return s.put(who, "/api/study-sessions/" + s.l.justice.session, j);
        });
        m.put("PUT /api/test-batches/{}", (s, who, t) -> update(s, who, "/api/test-batches/" + s.l.justice.batch, "orgId", t.org.id()));
        m.put("PUT /api/test-results/{}", (s, who, t) -> update(s, who, "/api/test-results/" + s.l.justice.result, "orgId", t.org.id()));
        m.put("PUT /api/test-results/{} · personId", (s, who, t) -> update(s, who, "/api/test-results/" + s.l.justice.result,
                "personId", t.head.id()));
        m.put("PUT /api/law-reports/{}", (s, who, t) -> {
            ObjectNode j = (ObjectNode) s.current("/api/law-reports/" + s.l.justice.lawReport);
            j.put("personId", t.head.id()).put("year", 2022).put("reportedOn", "2022-12-20");
            return s.put(who, "/api/law-reports/" + s.l.justice.lawReport, j);
        });
        m.put("PUT /api/rectifications/{}", (s, who, t) -> update(s, who, "/api/rectifications/" + s.l.justice.rectification,
                "orgId", t.org.id()));
        m.put("PUT /api/court-cases/{}", (s, who, t) -> update(s, who, "/api/court-cases/" + s.l.justice.courtCase,
                "defendantOrgId", t.org.id()));
        m.put("PUT /api/reconsiderations/{}", (s, who, t) -> update(s, who, "/api/reconsiderations/" + s.l.justice.reconsideration,
                "respondentOrgId", t.org.id()));
        // The annual report: its unit is in the address
        m.put("PUT /api/reports/annual/sections", (s, who, t) -> s.put(who, report("/api/reports/annual/sections", 2024, t),
                Map.of("version", Integer.parseInt(reportVersion(s, 2024, t)), "sections", List.of(Map.of("key", "measures", "narrative", "越权")))));
        m.put("POST /api/reports/annual/publish", (s, who, t) -> s.post(who, report("/api/reports/annual/publish", 2024, t),
                Map.of("version", Integer.parseInt(reportVersion(s, 2024, t)), "publishedOn", "2025-03-01")));
        m.put("POST /api/reports/annual/withdraw", (s, who, t) -> s.post(who, report("/api/reports/annual/withdraw", 2023, t),
                Map.of("version", Integer.parseInt(reportVersion(s, 2023, t)))));
        // The pages' forms
        m.put("POST /orgs", (s, who, t) -> s.form(who, "/orgs", fields("name", "越权单位" + SEQ.incrementAndGet(), "kind", "UNIT",
                "parentId", t.org.id())));
        m.put("POST /orgs/{}", (s, who, t) -> s.form(who, "/orgs/" + s.office, fields("name", "司法所改名", "kind", "UNIT",
                "parentId", t.org.id(), "version", s.current("/api/orgs/" + s.office).get("version").asText())));
        m.put("POST /people", (s, who, t) -> s.form(who, "/people", strings(person(t))));
        m.put("POST /people/{}", (s, who, t) -> {
            JsonNode p = s.current("/api/people/" + s.l.justice.head.id());
            return s.form(who, "/people/" + s.l.justice.head.id(), fields("name", p.get("name").asText(), "orgId", t.org.id(),
                    "position", p.get("position").asText(), "category", p.get("category").asText(), "version", p.get("version").asText()));
        });
        m.put("POST /study-sessions", (s, who, t) -> s.form(who, "/study-sessions", sessionForm(t)));
        m.put("POST /study-sessions/{}", (s, who, t) -> {
            Map<String, String> f = sessionForm(t);
            f.put("version", s.current("/api/study-sessions/" + s.l.justice.session).get("version").asText());
            return s.form(who, "/study-sessions/" + s.l.justice.session, f);
        });
        m.put("POST /tests", (s, who, t) -> s.form(who, "/tests", batchForm(t)));
        m.put("POST /tests/{}", (s, who, t) -> {
            Map<String, String> f = batchForm(t);
            f.put("version", s.current("/api/test-batches/" + s.l.justice.batch).get("version").asText());
            return s.form(who, "/tests/" + s.l.justice.batch, f);
        });
        m.put("POST /tests/{}/results", (s, who, t) -> s.form(who, "/tests/" + s.l.justice.batch + "/results",
                fields("name", "越权考生", "orgId", t.org.id(), "currentPost", "科员", "proposedPost", "科长", "score", "90")));
        m.put("POST /tests/{}/results/{}", (s, who, t) -> s.form(who, "/tests/" + s.l.justice.batch + "/results/"
                + s.l.justice.result, fields("name", "越权考生", "orgId", t.org.id(), "currentPost", "科员", "proposedPost", "科长",
                "score", "90", "version", s.current("/api/test-results/" + s.l.justice.result).get("version").asText())));
        m.put("POST /duties/law-reports", (s, who, t) -> s.form(who, "/duties/law-reports", fields("personId", t.head.id(),
                "year", "2021", "way", "MEETING", "reportedOn", "2021-12-20")));
        m.put("POST /duties/law-reports/{}", (s, who, t) -> s.form(who, "/duties/law-reports/" + s.l.justice.lawReport,
                fields("personId", t.head.id(), "year", "2020", "way", "MEETING", "reportedOn", "2020-12-20",
                        "version", s.current("/api/law-reports/" + s.l.justice.lawReport).get("version").asText())));
        m.put("POST /rectifications", (s, who, t) -> s.form(who, "/rectifications", strings(rectification(t))));
        m.put("POST /rectifications/{}", (s, who, t) -> {
            Map<String, String> f = strings(rectification(t));
            f.put("version", s.current("/api/rectifications/" + s.l.justice.rectification).get("version").asText());
            return s.form(who, "/rectifications/" + s.l.justice.rectification, f);
        });
        m.put("POST /court-cases", (s, who, t) -> s.form(who, "/court-cases", caseForm(t, caseNo())));
        m.put("POST /court-cases/{}", (s, who, t) -> {
            JsonNode c = s.current("/api/court-cases/" + s.l.justice.courtCase);
            Map<String, String> f = caseForm(t, c.get("caseNo").asText());
            f.put("version", c.get("version").asText());
            return s.form(who, "/court-cases/" + s.l.justice.courtCase, f);
        });
        m.put("POST /reconsiderations", (s, who, t) -> s.form(who, "/reconsiderations", strings(reconsideration(t, caseNo()))));
        m.put("POST /reconsiderations/{}", (s, who, t) -> {
            JsonNode c = s.current("/api/reconsiderations/" + s.l.justice.reconsideration);
            Map<String, String> f = strings(reconsideration(t, c.get("caseNo").asText()));
            f.put("version", c.get("version").asText());
            return s.form(who, "/reconsiderations/" + s.l.justice.reconsideration, f);
        });
        m.put("POST /duties/plan", (s, who, t) -> s.form(who, "/duties/plan", fields("orgId", t.org.id(), "year", "2022")));
        m.put("POST /reports/annual/edit", (s, who, t) -> s.form(who, report("/reports/annual/edit", 2020, t),
                fields("version", reportVersion(s, 2020, t), "measures", "越权")));
        m.put("POST /reports/annual/publish", (s, who, t) -> s.form(who, report("/reports/annual/publish", 2022, t),
                fields("version", reportVersion(s, 2022, t), "publishedOn", "2023-03-01")));
        m.put("POST /reports/annual/withdraw", (s, who, t) -> s.form(who, report("/reports/annual/withdraw", 2021, t),
                fields("version", reportVersion(s, 2021, t))));
        return m;
    }

    /** The years whose reports the sweep needs published beforehand for every unit (for the withdraw rows). */
    static final List<Integer> PUBLISHED_YEARS = List.of(2023, 2021);

    /** Publishes the units' reports of {@link #PUBLISHED_YEARS}, as the admin: the withdraw rows need one to withdraw. */
    static void publishForWithdrawing(ScopeCalls s, List<Ledger.Unit> units) {
        for (int year : PUBLISHED_YEARS) {
            for (Ledger.Unit u : units) {
                String path = report("/api/reports/annual/publish", year, u);
                var r = s.l.admin.post(path, Map.of("version", Integer.parseInt(reportVersion(s, year, u)),
                        "publishedOn", (year + 1) + "-03-01"));
                if (r.status() != 200) {
                    throw new AssertionError(path + ": " + r.status() + " " + r.body());
                }
            }
        }
    }

    private static Answer update(ScopeCalls s, String who, String path, String field, long value) {
        ObjectNode j = (ObjectNode) s.current(path);
        j.put(field, value);
        return s.put(who, path, j);
    }

    private static Map<String, Object> person(Ledger.Unit t) {
        return Map.of("name", "越权人员", "orgId", t.org.id(), "position", "科员", "category", "STAFF");
    }

    private static final java.util.concurrent.atomic.AtomicInteger TOPICS = new java.util.concurrent.atomic.AtomicInteger();

    /** Each call its own topic, so no write is refused as a possible duplicate of an earlier one. */
    private static String topic() {
        return "越权学法" + TOPICS.incrementAndGet();
    }

    private static Map<String, Object> session(Ledger.Unit t) {
        return new HashMap<>(Map.of("orgId", t.org.id(), "date", "2024-04-01", "kind", "COLLECTIVE", "topic", topic(),
                "laws", List.of("宪法"), "lecturer", "某", "minutes", 30, "expected", 10, "attended", 9));
    }

    private static Map<String, String> sessionForm(Ledger.Unit t) {
        return fields("orgId", t.org.id(), "date", "2024-04-01", "kind", "COLLECTIVE", "topic", topic(), "laws", "宪法",
                "lecturer", "某", "minutes", "30", "expected", "10", "attended", "9");
    }

    private static Map<String, String> batchForm(Ledger.Unit t) {
        return fields("orgId", t.org.id(), "date", "2024-06-01", "track", "NON_NPC", "paper", "B卷", "title", "越权测试",
                "mode", "WRITTEN", "fullMark", "100", "passMark", "60");
    }

    private static Map<String, Object> rectification(Ledger.Unit t) {
        return Map.of("orgId", t.org.id(), "problem", "越权整改", "source", "督察", "foundOn", "2024-03-01",
                "deadline", "2024-09-30", "responsible", "某", "measures", "措施");
    }

    private static Map<String, String> caseForm(Ledger.Unit t, String caseNo) {
        return fields("caseNo", caseNo, "court", "清河县人民法院", "instance", "FIRST", "defendantOrgId", t.org.id(),
                "cause", "行政处罚", "filedOn", "2024-02-01");
    }

    private static Map<String, Object> reconsideration(Ledger.Unit t, String caseNo) {
        return Map.of("caseNo", caseNo, "applicant", "越权申请人", "applicantType", "CITIZEN", "respondentOrgId", t.org.id(),
                "category", "PENALTY", "receivedOn", "2024-05-06", "procedure", "NORMAL");
    }

    private static String caseNo() {
        return "(2024)越权" + SEQ.incrementAndGet() + "号";
    }

    private static String report(String path, int year, Ledger.Unit t) {
        return path + "?year=" + year + "&orgId=" + t.org.id();
    }

    /** The report's version as the admin reads it (so a stale version is never the reason for a refusal). */
    static String reportVersion(ScopeCalls s, int year, Ledger.Unit t) {
        return s.current(report("/api/reports/annual", year, t)).get("version").asText();
    }

    static Map<String, String> fields(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], String.valueOf(kv[i + 1]));
        }
        return m;
    }

    private static Map<String, String> strings(Map<String, Object> json) {
        Map<String, String> m = new LinkedHashMap<>();
        json.forEach((k, v) -> m.put(k, String.valueOf(v)));
        return m;
    }
}
