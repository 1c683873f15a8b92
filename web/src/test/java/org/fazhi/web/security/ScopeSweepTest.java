package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private final ScopeIdCalls calls = new ScopeIdCalls(l);

    @Test
    void theTableHoldsEveryRouteThatTakesAnId() {
        assertEquals(Routes.withIds(), new TreeSet<>(ScopeSweepRoutes.of(l, l.finance, financeUser).keySet()),
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
        for (Map.Entry<String, String> route : ScopeSweepRoutes.of(l, other, otherUser).entrySet()) {
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
        m.putAll(ScopeSweepRoutes.desk(l.desks.desk(o)));
        m.put("GET /assessment/rounds/{}/units/{}/feedback", "/assessment/rounds/" + l.siblingRound + "/units/" + o.org.id()
                + "/feedback");
        m.putAll(ScopeSweepRoutes.deskPage(l.desks.page(o), l.desks.evidence(l, o)));
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

    private Http.Res apiCall(String who, String method, String path) {
        return calls.api(who.equals("organiser") ? l.organiser : l.viewer, method, path);
    }

    private Http.Res pageCall(String who, String method, String path) {
        return calls.page(who.equals("organiser") ? organiserPages : viewerPages, method, path);
    }
}
