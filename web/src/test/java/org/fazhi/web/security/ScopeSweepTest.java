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
import org.fazhi.web.support.SampleFiles;
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
    /** A results file the admin's import would accept: one of the organiser's own candidates. */
    private static final byte[] RESULTS_CSV = ("姓名,单位,现任职务,拟任职务,成绩,是否缺考\r\n越权,\""
            + ("司法" + Ledger.TEXT).replace("\"", "\"\"") + "\",科员,科长,90,否\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
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

    /** A write through the JSON API with the body the admin would send; reads and deletes without one. */
    private Http.Res apiCall(String who, String method, String path) {
        Http as = who.equals("organiser") ? l.organiser : l.viewer;
        return switch (method) {
            case "GET" -> as.get(path);
            case "DELETE" -> as.delete(path);
            case "PUT" -> as.put(path, current(path));
            default -> path.endsWith("/attachments")
                    ? l.send(as.token(), "POST", path + "?kind=SIGN_IN&name=a.png", "image/png", SampleFiles.PNG)
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
                    path.endsWith("/import") ? RESULTS_CSV : SampleFiles.PNG);
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
