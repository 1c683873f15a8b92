package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.model.account.Role;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.Routes;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An organiser and a viewer scoped to 司法局 reach every route that takes an id — API, pages and
 * downloads, reads and writes — with the ids of 财政局's records (a sibling unit), and again with the
 * ids of the parent county's own records (a unit above is outside the scope too). Every answer is 403
 * or 404, none shows the other unit's name, and the audit log (written with every change) does not grow.
 * Writes carry a body the admin would get accepted, so a refusal can only be the scope's doing. The
 * table is checked against the routes the web module declares: a new route with an id fails here
 * until it has a row. Path traversal on static files and attachments is refused the same way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeSweepTest {
    /** Records that belong to no unit (admin-kept rules, accounts): scoped users may read rules, change neither. */
    /** A results file the admin's import would accept: one of the organiser's own candidates. */
    private static final byte[] RESULTS_CSV = ("姓名,单位,现任职务,拟任职务,成绩,是否缺考\r\n越权,\""
            + ("司法" + Ledger.TEXT).replace("\"", "\"\"") + "\",科员,科长,90,否\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final Set<String> NOT_A_UNITS_RECORD = Set.of("GET /api/quota-rules/{}", "GET /static/{}",
            "GET /api/questions/{}",
            "GET /api/indicator-systems/{}", "GET /api/indicator-systems/{}/export", "GET /assessment/systems/{}",
            "GET /s/{}", "POST /s/{}",
            // The bank is the whole ledger's (figures that name no one); an answer is a candidate token's, never a session's.
            "GET /api/questions/{}/stats", "PUT /api/exam/answers/{}");

    @AutoClose
    private final Ledger l = new Ledger();
    private final long financeUser = l.server.createUser("finance-organiser", Role.ORGANISER, l.finance.org.id()).id();
    private final long countyUser = l.server.createUser("county-organiser", Role.ORGANISER, l.county.id()).id();
    private final Http organiserPages = Forms.signedIn(l.server, "justice-organiser");
    private final Http viewerPages = Forms.signedIn(l.server, "justice-viewer");

    /** "METHOD pattern" → the concrete path with the ids of the other unit's records and of an account scoped to it. */
    private Map<String, String> routes(Ledger.Unit f, long financeUser) {
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
    private static Map<String, String> desk(String desk) {
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
    private static Map<String, String> deskPage(String page, long evidence) {
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

    @Test
    void theTableHoldsEveryRouteThatTakesAnId() {
        assertEquals(Routes.withIds(), new TreeSet<>(routes(l.finance, financeUser).keySet()),
                "a route with an id has no row (or a row is stale)");
    }

    @Test
    void aScopedOrganiserOrViewerReachesNoRecordOfTheSiblingUnit() {
        sweep(l.finance, financeUser);
    }

    @Test
    void aScopedOrganiserOrViewerReachesNoRecordOfTheParentCounty() {
        sweep(l.parent, countyUser);
    }

    private void sweep(Ledger.Unit other, long otherUser) {
        int audit = l.auditCount();
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> route : routes(other, otherUser).entrySet()) {
            if (NOT_A_UNITS_RECORD.contains(route.getKey())) {
                continue;
            }
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = route.getValue();
            boolean api = path.startsWith("/api/");
            for (String who : new String[] {"organiser", "viewer"}) {
                Http.Res r = api ? apiCall(who, method, path) : pageCall(who, method, path);
                if ((r.status() != 403 && r.status() != 404) || r.body().contains(Ledger.SIBLING_MARK)
                        || r.body().contains(Ledger.COUNTY_MARK)) {
                    leaks.add(who + " " + method + " " + path + " → " + r.status() + " "
                            + r.body().substring(0, Math.min(200, r.body().length())));
                }
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " answers reached another unit's record:\n" + String.join("\n", leaks));
        assertEquals(audit, l.auditCount(), "nothing was written");
    }

    /**
     * The routes with two ids, the first naming the organiser's own record and the second another unit's
     * record under it (its attachment, result, evidence, hearing): the pair must not reach the second.
     */
    private Map<String, String> mixed(Ledger.Unit o) {
        Ledger.Unit j = l.justice;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("POST /study-sessions/{}/attachments/{}/delete", "/study-sessions/" + j.session + "/attachments/" + o.attachment + "/delete");
        m.put("GET /tests/{}/results/{}/edit", "/tests/" + j.batch + "/results/" + o.result + "/edit");
        m.put("POST /tests/{}/results/{}", "/tests/" + j.batch + "/results/" + o.result);
        m.put("POST /tests/{}/results/{}/delete", "/tests/" + j.batch + "/results/" + o.result + "/delete");
        m.put("POST /duties/items/{}/evidence/{}/delete", "/duties/items/" + j.duty + "/evidence/" + o.evidence + "/delete");
        m.put("GET /court-cases/{}/hearings/{}/edit", "/court-cases/" + j.courtCase + "/hearings/" + o.hearing + "/edit");
        m.put("POST /court-cases/{}/hearings/{}", "/court-cases/" + j.courtCase + "/hearings/" + o.hearing);
        m.put("POST /court-cases/{}/hearings/{}/delete", "/court-cases/" + j.courtCase + "/hearings/" + o.hearing + "/delete");
        // The justice unit's own exam with the other unit's case question and candidate
        m.put("GET /api/exams/{}/papers/{}", "/api/exams/" + j.exam + "/papers/Z");
        m.put("GET /api/exams/{}/questions/{}/answers", "/api/exams/" + j.exam + "/questions/" + o.examCase + "/answers");
        m.put("PUT /api/exams/{}/candidates/{}/marks/{}", "/api/exams/" + j.exam + "/candidates/" + o.examCandidate + "/marks/"
                + j.examCase);
        // The round the justice unit is assessed in, with the other unit in the address
        m.putAll(desk(l.desks.desk(o)));
        m.put("GET /assessment/rounds/{}/units/{}/feedback", "/assessment/rounds/" + l.siblingRound + "/units/" + o.org.id()
                + "/feedback");
        m.putAll(deskPage(l.desks.page(o), l.desks.evidence(l, o)));
        // The justice unit's own desk page with the other unit's evidence
        m.put("POST /assessment/rounds/{}/units/{}/evidence/{}/delete", l.desks.page(j) + "/evidence/"
                + l.desks.evidence(l, o) + "/delete");
        return m;
    }

    @Test
    void anOwnRecordsIdDoesNotOpenAnotherUnitsRecordUnderIt() {
        Set<String> twoIds = new TreeSet<>();
        Routes.all().stream().filter(r -> r.indexOf("{}") != r.lastIndexOf("{}")).forEach(twoIds::add);
        assertEquals(twoIds, mixed(l.finance).keySet(), "a route with two ids has no mixed row");
        int audit = l.auditCount();
        List<String> leaks = new ArrayList<>();
        for (Ledger.Unit other : List.of(l.finance, l.parent)) {
            for (Map.Entry<String, String> route : mixed(other).entrySet()) {
                String method = route.getKey().substring(0, route.getKey().indexOf(' '));
                Http.Res r = route.getValue().startsWith("/api/") ? apiCall("organiser", method, route.getValue())
                        : pageCall("organiser", method, route.getValue());
                if ((r.status() != 403 && r.status() != 404) || r.body().contains(Ledger.SIBLING_MARK)
                        || r.body().contains(Ledger.COUNTY_MARK)) {
                    leaks.add(method + " " + route.getValue() + " → " + r.status() + " "
                            + r.body().substring(0, Math.min(200, r.body().length())));
                }
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " answers reached another unit's record under an own one:\n"
                + String.join("\n", leaks));
        assertEquals(audit, l.auditCount(), "nothing was written");
        for (Ledger.Unit other : List.of(l.finance, l.parent)) {
            assertEquals(200, l.admin.get("/api/study-attachments/" + other.attachment).status());
            assertEquals(200, l.admin.get("/api/test-results/" + other.result).status());
            assertEquals(200, l.admin.get("/api/duty-evidence/" + other.evidence).status());
            assertEquals(200, l.admin.get("/api/court-hearings/" + other.hearing).status());
        }
    }

    @Test
    void theSameRoutesServeTheOwnUnitsRecords() {
        // The refusals above are the scope's: the organiser opens its own unit's record by the same routes.
        Ledger.Unit j = l.justice;
        for (String path : List.of("/api/study-sessions/" + j.session, "/api/study-attachments/" + j.attachment,
                "/api/test-batches/" + j.batch, "/api/duties/" + j.duty, "/api/duty-evidence/" + j.evidence,
                "/api/law-reports/" + j.lawReport, "/api/rectifications/" + j.rectification, "/api/court-cases/" + j.courtCase,
                "/api/court-hearings/" + j.hearing, "/api/reconsiderations/" + j.reconsideration)) {
            assertEquals(200, l.organiser.get(path).status(), path);
        }
        for (String path : List.of("/study-sessions/" + j.session, "/tests/" + j.batch, "/duties/items/" + j.duty,
                "/rectifications/" + j.rectification, "/court-cases/" + j.courtCase)) {
            assertEquals(200, organiserPages.get(path).status(), path);
        }
    }

    @Test
    void pathTraversalReachesNoFileOutsideItsFolder() {
        Ledger.Unit j = l.justice;
        List<String> tries = List.of("/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd",
                "/static/..%5C..%5Cpom.xml", "/static/....//....//etc/passwd", "/static/%252e%252e%252fetc%252fpasswd",
                "/api/study-attachments/..%2F..%2F..%2Fetc%2Fpasswd", "/api/study-attachments/" + j.attachment + "%2F..%2F..",
                "/api/duty-evidence/..%2F1/file", "/api/duty-evidence/" + j.evidence + "%2F..%2F..%2Fetc%2Fpasswd/file");
        for (String path : tries) {
            Http.Res r = l.admin.get(path);
            assertTrue(r.status() >= 400 && r.status() < 500, path + " → " + r.status());
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), path + " served a file outside its folder");
        }
    }

    /** A write through the JSON API with the body the admin would send; reads and deletes without one. */
    private Http.Res apiCall(String who, String method, String path) {
        Http as = who.equals("organiser") ? l.organiser : l.viewer;
        return switch (method) {
            case "GET" -> as.get(path);
            case "DELETE" -> as.delete(path);
            case "PUT" -> as.put(path, current(path));
            default -> path.endsWith("/attachments")
                    ? l.send(as.token(), "POST", path + "?kind=SIGN_IN&name=a.png", "image/png", Ledger.PNG)
                    : path.endsWith("/import") ? l.send(as.token(), "POST", path, "text/csv", RESULTS_CSV)
                    : as.post(path, postBody(path));
        };
    }

    /** A form post with the user's own valid CSRF token and the fields the page's form would send. */
    private Http.Res pageCall(String who, String method, String path) {
        Http as = who.equals("organiser") ? organiserPages : viewerPages;
        if (method.equals("GET")) {
            return as.get(path);
        }
        String csrf = Forms.csrf(as.get("/").body());
        if (path.endsWith("/attachments") || path.endsWith("/evidence") || path.endsWith("/import")) {
            return multipart(as, path + "?_csrf=" + csrf, path.endsWith("/import") ? "results.csv" : "a.png",
                    path.endsWith("/import") ? RESULTS_CSV : Ledger.PNG);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("version", "0");
        fields.put("name", "越权修改");
        fields.put("topic", "越权修改");
        fields.put("problem", "越权修改");
        fields.put("comment", "越权");
        fields.put("text", "越权");
        fields.put("title", "越权");
        fields.put("url", "https://example.org/");
        fields.put("minutes", "30");
        return as.form(path, fields);
    }

    /** An upload form as a browser sends it: the file with the fields its page asks for. */
    private Http.Res multipart(Http as, String path, String fileName, byte[] file) {
        String boundary = "----scope" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields = Map.of("kind", "SIGN_IN", "title", "越权", "effectiveDate", "2024-05-01");
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            var r = as.client().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(l.server.baseUrl() + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return new Http.Res(r.statusCode(), r.body(), r);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** What the admin reads at the path: a body the server accepts for PUT. */
    private JsonNode current(String path) {
        Http.Res r = l.admin.get(path);
        // Gone only if an earlier call of the sweep deleted it: that call is reported; this one sends an empty body.
        return r.status() == 200 ? r.json() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private Object postBody(String path) {
        if (path.endsWith("/hearings")) {
            return Map.of("date", "2024-06-10", "headAppeared", false, "absenceReason", "OTHER_JUSTIFIED");
        }
        if (path.endsWith("/evidence")) {
            return Map.of("kind", "NOTE", "title", "越权", "text", "越权", "effectiveDate", "2024-05-01");
        }
        if (path.endsWith("/results")) {
            return List.of(Map.of("name", "越权", "orgId", l.justice.org.id(), "score", 90));
        }
        if (path.endsWith("/password")) {
            return Map.of("password", "another-long-1");
        }
        if (path.endsWith("/sign-in")) {
            return Map.of("minutes", 30);
        }
        if (path.contains("/rectifications/")) {
            JsonNode now = current(path.substring(0, path.lastIndexOf('/')));
            return Map.of("version", now.path("version").asInt(), "comment", "越权", "measures", "越权", "closingNote", "越权",
                    "reason", "越权");
        }
        return Map.of("comment", "越权");
    }
}
