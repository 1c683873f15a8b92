package org.fazhi.web.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link ScopeSweepTest}'s table: every route that takes an id, as "METHOD pattern", with the concrete path that
 * names another unit's record. A new route with an id fails the sweep until it has a row here.
 */
final class ScopeSweepRoutes {
    private ScopeSweepRoutes() {
    }

    /** "METHOD pattern" → the concrete path with the ids of the other unit's records and of an account scoped to it. */
    static Map<String, String> of(Ledger l, Ledger.Unit f, long financeUser) {
        Map<String, String> m = new LinkedHashMap<>();
        // JSON API
        both(m, "/api/orgs/{}", "/api/orgs/" + f.org.id(), "GET", "PUT", "DELETE");
        both(m, "/api/people/{}", "/api/people/" + f.head.id(), "GET", "PUT", "DELETE");
        both(m, "/api/users/{}", "/api/users/" + financeUser, "GET", "PUT");
        both(m, "/api/users/{}/password", "/api/users/" + financeUser + "/password", "POST");
        both(m, "/api/quota-rules/{}", "/api/quota-rules/1", "GET", "PUT", "DELETE");
        both(m, "/api/study-sessions/{}", "/api/study-sessions/" + f.session, "GET", "PUT", "DELETE");
        both(m, "/api/study-sessions/{}/attachments", "/api/study-sessions/" + f.session + "/attachments", "GET", "POST");
        both(m, "/api/study-sessions/{}/sign-in", "/api/study-sessions/" + f.session + "/sign-in", "GET", "POST", "DELETE");
        both(m, "/api/study-attachments/{}", "/api/study-attachments/" + f.attachment, "GET", "DELETE");
        both(m, "/api/test-batches/{}", "/api/test-batches/" + f.batch, "GET", "PUT", "DELETE");
        both(m, "/api/test-batches/{}/results", "/api/test-batches/" + f.batch + "/results", "GET", "POST");
        // Online exams: the batch's exam, its candidates, codes, papers, marking
        both(m, "/api/test-batches/{}/exam", "/api/test-batches/" + f.batch + "/exam", "GET", "POST");
        both(m, "/api/exams/{}", "/api/exams/" + f.exam, "GET");
        both(m, "/api/exams/{}/candidates", "/api/exams/" + f.exam + "/candidates", "GET", "POST");
        both(m, "/api/exams/{}/codes", "/api/exams/" + f.exam + "/codes", "POST");
        both(m, "/api/exams/{}/close", "/api/exams/" + f.exam + "/close", "POST");
        both(m, "/api/exams/{}/stats", "/api/exams/" + f.exam + "/stats", "GET");
        both(m, "/api/exams/{}/papers/{}", "/api/exams/" + f.exam + "/papers/A", "GET");
        both(m, "/api/exams/{}/questions/{}/answers", "/api/exams/" + f.exam + "/questions/" + f.examCase + "/answers", "GET");
        both(m, "/api/exams/{}/candidates/{}/marks/{}", "/api/exams/" + f.exam + "/candidates/" + f.examCandidate + "/marks/"
                + f.examCase, "PUT");
        both(m, "/api/questions/{}/stats", "/api/questions/1/stats", "GET");
        both(m, "/api/exam/answers/{}", "/api/exam/answers/1", "PUT");
        both(m, "/tests/{}/exam", "/tests/" + f.batch + "/exam", "GET", "POST");
        both(m, "/tests/{}/exam/candidates", "/tests/" + f.batch + "/exam/candidates", "POST");
        both(m, "/tests/{}/exam/codes", "/tests/" + f.batch + "/exam/codes", "POST");
        both(m, "/tests/{}/exam/close", "/tests/" + f.batch + "/exam/close", "POST");
        both(m, "/tests/{}/exam/paper", "/tests/" + f.batch + "/exam/paper?variant=A&key=1", "GET");
        both(m, "/tests/{}/exam/marking", "/tests/" + f.batch + "/exam/marking?question=" + f.examCase, "GET", "POST");
        both(m, "/api/test-batches/{}/results/export", "/api/test-batches/" + f.batch + "/results/export?format=csv", "GET");
        both(m, "/api/test-batches/{}/results/import", "/api/test-batches/" + f.batch + "/results/import", "POST");
        both(m, "/api/test-results/{}", "/api/test-results/" + f.result, "GET", "PUT", "DELETE");
        both(m, "/api/duties/{}", "/api/duties/" + f.duty, "GET", "PUT");
        for (String step : new String[] {"submit", "approve", "return"}) {
            both(m, "/api/duties/{}/" + step, "/api/duties/" + f.duty + "/" + step, "POST");
        }
        both(m, "/api/duties/{}/evidence", "/api/duties/" + f.duty + "/evidence", "GET", "POST");
        both(m, "/api/duty-evidence/{}", "/api/duty-evidence/" + f.evidence, "GET", "DELETE");
        both(m, "/api/duty-evidence/{}/file", "/api/duty-evidence/" + f.evidence + "/file", "GET");
        both(m, "/api/law-reports/{}", "/api/law-reports/" + f.lawReport, "GET", "PUT", "DELETE");
        both(m, "/api/rectifications/{}", "/api/rectifications/" + f.rectification, "GET", "PUT", "DELETE");
        both(m, "/api/rectifications/{}/steps", "/api/rectifications/" + f.rectification + "/steps", "GET");
        for (String step : new String[] {"start", "rectified", "close", "reopen"}) {
            both(m, "/api/rectifications/{}/" + step, "/api/rectifications/" + f.rectification + "/" + step, "POST");
        }
        both(m, "/api/court-cases/{}", "/api/court-cases/" + f.courtCase, "GET", "PUT", "DELETE");
        both(m, "/api/court-cases/{}/hearings", "/api/court-cases/" + f.courtCase + "/hearings", "GET", "POST");
        both(m, "/api/court-hearings/{}", "/api/court-hearings/" + f.hearing, "GET", "PUT", "DELETE");
        both(m, "/api/reconsiderations/{}", "/api/reconsiderations/" + f.reconsideration, "GET", "PUT", "DELETE");
        // Pages and their forms
        both(m, "/orgs/{}/edit", "/orgs/" + f.org.id() + "/edit", "GET");
        both(m, "/orgs/{}", "/orgs/" + f.org.id(), "POST");
        both(m, "/orgs/{}/delete", "/orgs/" + f.org.id() + "/delete", "POST");
        both(m, "/people/{}/edit", "/people/" + f.head.id() + "/edit", "GET");
        both(m, "/people/{}", "/people/" + f.head.id(), "POST");
        both(m, "/people/{}/delete", "/people/" + f.head.id() + "/delete", "POST");
        both(m, "/users/{}/edit", "/users/" + financeUser + "/edit", "GET");
        both(m, "/users/{}", "/users/" + financeUser, "POST");
        both(m, "/study-sessions/rules/{}/edit", "/study-sessions/rules/1/edit", "GET");
        both(m, "/study-sessions/rules/{}", "/study-sessions/rules/1", "POST");
        both(m, "/study-sessions/rules/{}/active", "/study-sessions/rules/1/active", "POST");
        both(m, "/study-sessions/rules/{}/delete", "/study-sessions/rules/1/delete", "POST");
        both(m, "/study-sessions/{}", "/study-sessions/" + f.session, "GET", "POST");
        both(m, "/study-sessions/{}/edit", "/study-sessions/" + f.session + "/edit", "GET");
        both(m, "/study-sessions/{}/delete", "/study-sessions/" + f.session + "/delete", "POST");
        both(m, "/study-sessions/{}/attachments", "/study-sessions/" + f.session + "/attachments", "POST");
        both(m, "/study-sessions/{}/sign-in", "/study-sessions/" + f.session + "/sign-in", "GET", "POST");
        both(m, "/study-sessions/{}/sign-in/projector", "/study-sessions/" + f.session + "/sign-in/projector", "GET");
        both(m, "/study-sessions/{}/sign-in/close", "/study-sessions/" + f.session + "/sign-in/close", "POST");
        // The phone page is public by design: its token, not an account's scope, names the one session it reaches.
        both(m, "/s/{}", "/s/" + "t".repeat(43), "GET", "POST");
        both(m, "/study-sessions/{}/attachments/{}/delete",
                "/study-sessions/" + f.session + "/attachments/" + f.attachment + "/delete", "POST");
        both(m, "/tests/{}", "/tests/" + f.batch, "GET", "POST");
        both(m, "/tests/{}/edit", "/tests/" + f.batch + "/edit", "GET");
        both(m, "/tests/{}/delete", "/tests/" + f.batch + "/delete", "POST");
        both(m, "/tests/{}/import", "/tests/" + f.batch + "/import", "GET", "POST");
        both(m, "/tests/{}/results", "/tests/" + f.batch + "/results", "POST");
        both(m, "/tests/{}/results/{}/edit", "/tests/" + f.batch + "/results/" + f.result + "/edit", "GET");
        both(m, "/tests/{}/results/{}", "/tests/" + f.batch + "/results/" + f.result, "POST");
        both(m, "/tests/{}/results/{}/delete", "/tests/" + f.batch + "/results/" + f.result + "/delete", "POST");
        both(m, "/duties/items/{}", "/duties/items/" + f.duty, "GET", "POST");
        for (String step : new String[] {"submit", "approve", "return", "evidence", "evidence/link", "evidence/note"}) {
            both(m, "/duties/items/{}/" + step, "/duties/items/" + f.duty + "/" + step, "POST");
        }
        both(m, "/duties/items/{}/evidence/{}/delete", "/duties/items/" + f.duty + "/evidence/" + f.evidence + "/delete", "POST");
        both(m, "/duties/law-reports/{}/edit", "/duties/law-reports/" + f.lawReport + "/edit", "GET");
        both(m, "/duties/law-reports/{}", "/duties/law-reports/" + f.lawReport, "POST");
        both(m, "/duties/law-reports/{}/delete", "/duties/law-reports/" + f.lawReport + "/delete", "POST");
        both(m, "/rectifications/{}", "/rectifications/" + f.rectification, "GET", "POST");
        both(m, "/rectifications/{}/edit", "/rectifications/" + f.rectification + "/edit", "GET");
        for (String step : new String[] {"start", "rectified", "close", "reopen", "delete"}) {
            both(m, "/rectifications/{}/" + step, "/rectifications/" + f.rectification + "/" + step, "POST");
        }
        both(m, "/court-cases/{}", "/court-cases/" + f.courtCase, "GET", "POST");
        both(m, "/court-cases/{}/edit", "/court-cases/" + f.courtCase + "/edit", "GET");
        both(m, "/court-cases/{}/delete", "/court-cases/" + f.courtCase + "/delete", "POST");
        both(m, "/court-cases/{}/hearings", "/court-cases/" + f.courtCase + "/hearings", "POST");
        both(m, "/court-cases/{}/hearings/{}", "/court-cases/" + f.courtCase + "/hearings/" + f.hearing, "POST");
        both(m, "/court-cases/{}/hearings/{}/edit", "/court-cases/" + f.courtCase + "/hearings/" + f.hearing + "/edit", "GET");
        both(m, "/court-cases/{}/hearings/{}/delete", "/court-cases/" + f.courtCase + "/hearings/" + f.hearing + "/delete", "POST");
        both(m, "/reconsiderations/{}/edit", "/reconsiderations/" + f.reconsideration + "/edit", "GET");
        both(m, "/reconsiderations/{}", "/reconsiderations/" + f.reconsideration, "POST");
        both(m, "/reconsiderations/{}/delete", "/reconsiderations/" + f.reconsideration + "/delete", "POST");
        // The assessment desk: the other unit's desk in the round, and its evidence
        m.putAll(desk(l.desks.desk(f)));
        both(m, "/api/assessment-evidence/{}", "/api/assessment-evidence/" + l.desks.evidence(l, f), "GET", "DELETE");
        m.putAll(deskPage(l.desks.page(f), l.desks.evidence(l, f)));
        m.put("GET /static/{}", "/static/app.css");
        // 示范创建: the systems are everyone's to read (the whole ledger's sample; only its keeper may change it);
        // the round is the county's over 财政, which 司法局 is not in
        both(m, "/api/indicator-systems/{}", "/api/indicator-systems/" + l.assessmentSystem, "GET", "PUT");
        both(m, "/api/indicator-systems/{}/export", "/api/indicator-systems/" + l.assessmentSystem + "/export?format=csv", "GET");
        both(m, "/assessment/systems/{}", "/assessment/systems/" + l.assessmentSystem, "GET");
        both(m, "/assessment/systems/{}/edit", "/assessment/systems/" + l.assessmentSystem + "/edit", "GET", "POST");
        both(m, "/assessment/systems/{}/indicator", "/assessment/systems/" + l.assessmentSystem + "/indicator?code=1", "GET", "POST");
        both(m, "/assessment/systems/{}/indicator/delete", "/assessment/systems/" + l.assessmentSystem + "/indicator/delete", "POST");
        both(m, "/assessment/systems/{}/copy", "/assessment/systems/" + l.assessmentSystem + "/copy", "POST");
        both(m, "/api/questions/{}", "/api/questions/" + l.question, "GET", "PUT", "DELETE");
        both(m, "/questions/{}/edit", "/questions/" + l.question + "/edit", "GET");
        both(m, "/questions/{}", "/questions/" + l.question, "POST");
        for (String step : new String[] {"delete", "retire", "restore"}) {
            both(m, "/questions/{}/" + step, "/questions/" + l.question + "/" + step, "POST");
        }
        for (String tail : new String[] {"", "/results", "/matrix"}) {
            both(m, "/api/assessment-rounds/{}" + tail, "/api/assessment-rounds/" + l.siblingRound + tail, "GET");
            both(m, "/assessment/rounds/{}" + tail, "/assessment/rounds/" + l.siblingRound + tail, "GET");
        }
        both(m, "/assessment/rounds/{}/units/{}/feedback", "/assessment/rounds/" + l.siblingRound + "/units/" + f.org.id()
                + "/feedback", "GET");
        return m;
    }

    /** Every route of a unit's desk in the assessment round ({@code desk}: the round and the unit in the address). */
    static Map<String, String> desk(String desk) {
        Map<String, String> m = new LinkedHashMap<>();
        String leaf = desk + "/answers/" + AssessmentDesks.CODE;
        m.put("GET /api/assessment-rounds/{}/units/{}/answers", desk + "/answers");
        m.put("GET /api/assessment-rounds/{}/units/{}/records", desk + "/records?kind=rectification");
        m.put("PUT /api/assessment-rounds/{}/units/{}/answers/{}", leaf);
        m.put("PUT /api/assessment-rounds/{}/units/{}/answers/{}/typical", leaf + "/typical");
        m.put("POST /api/assessment-rounds/{}/units/{}/answers/{}/evidence", leaf + "/evidence");
        m.put("POST /api/assessment-rounds/{}/units/{}/answers/{}/rectification", leaf + "/rectification");
        for (String step : new String[] {"submit", "review", "return", "confirm"}) {
            m.put("POST /api/assessment-rounds/{}/units/{}/" + step, desk + "/" + step);
        }
        return m;
    }

    /** Every route of a unit's desk page ({@code page}: the round and the unit in the address; {@code evidence} to delete). */
    static Map<String, String> deskPage(String page, long evidence) {
        Map<String, String> m = new LinkedHashMap<>();
        String route = "/assessment/rounds/{}/units/{}";
        String leaf = page + "/answers/" + AssessmentDesks.CODE;
        m.put("GET " + route, page);
        m.put("POST " + route + "/answers/{}", leaf);
        for (String step : new String[] {"evidence", "rectification", "review", "typical"}) {
            m.put("POST " + route + "/answers/{}/" + step, leaf + "/" + step);
        }
        m.put("POST " + route + "/answers/{}/evidence/{}", leaf + "/evidence/note");
        m.put("POST " + route + "/evidence/{}/delete", page + "/evidence/" + evidence + "/delete");
        for (String step : new String[] {"submit", "return", "confirm"}) {
            m.put("POST " + route + "/" + step, page + "/" + step);
        }
        return m;
    }

    private static void both(Map<String, String> m, String pattern, String path, String... methods) {
        for (String method : methods) {
            m.put(method + " " + pattern, path);
        }
    }
}
