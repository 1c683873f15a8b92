package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;
import org.fazhi.web.support.Routes;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every form route refuses a post made with the session cookie but without the session's CSRF token,
 * or with a wrong one: 403, and the audit log (which records every change in the change's own
 * transaction) gains nothing. The table below is checked against the page classes, so a new form
 * route without a row fails here. /login and /setup are anonymous and carry their own token
 * (PageFlowTest.aLoginFormWithoutItsTokenIsRefused, setupIsClosedOnceAnAccountExists).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfTest {
    @AutoClose
    private final Ledger l = new Ledger();
    private final Http browser = Forms.signedIn(l.server, TestServer.ADMIN);
    private final String token = Forms.csrf(browser.get("/orgs").body());
    /** An open sign-in's phone page: anonymous by design, but a post carrying the session cookie needs the token too. */
    private final String phonePage = l.signInPath(l.justice);

    /** Route pattern → a concrete path with the ledger's ids; destructive routes are marked by "delete"/"logout". */
    private Map<String, String> routes() {
        Ledger.Unit u = l.justice;
        String y = "?year=2024&orgId=" + u.org.id();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("/orgs", "/orgs");
        m.put("/orgs/{}", "/orgs/" + u.org.id());
        m.put("/orgs/{}/delete", "/orgs/" + u.org.id() + "/delete");
        m.put("/people", "/people");
        m.put("/people/{}", "/people/" + u.head.id());
        m.put("/people/{}/delete", "/people/" + u.head.id() + "/delete");
        m.put("/users", "/users");
        m.put("/users/{}", "/users/1");
        m.put("/study-sessions", "/study-sessions");
        m.put("/study-sessions/{}/sign-in", "/study-sessions/" + u.session + "/sign-in");
        m.put("/study-sessions/{}/sign-in/close", "/study-sessions/" + u.session + "/sign-in/close");
        m.put("/s/{}", phonePage);
        m.put("/study-sessions/{}", "/study-sessions/" + u.session);
        m.put("/study-sessions/{}/delete", "/study-sessions/" + u.session + "/delete");
        m.put("/study-sessions/{}/attachments", "/study-sessions/" + u.session + "/attachments");
        m.put("/study-sessions/{}/attachments/{}/delete", "/study-sessions/" + u.session + "/attachments/" + u.attachment + "/delete");
        m.put("/study-sessions/import", "/study-sessions/import");
        m.put("/assessment/systems/import", "/assessment/systems/import");
        m.put("/assessment/rounds/new", "/assessment/rounds/new");
        m.put("/assessment/systems/new", "/assessment/systems/new");
        m.put("/assessment/systems/sample", "/assessment/systems/sample");
        under(m, "/assessment/systems/{}", "/assessment/systems/" + l.assessmentSystem,
                "/edit", "/indicator", "/indicator/delete", "/copy");
        m.put("/study-sessions/laws", "/study-sessions/laws");
        m.put("/study-sessions/rules", "/study-sessions/rules");
        m.put("/study-sessions/rules/{}", "/study-sessions/rules/1");
        m.put("/study-sessions/rules/{}/active", "/study-sessions/rules/1/active");
        m.put("/study-sessions/rules/{}/delete", "/study-sessions/rules/1/delete");
        m.put("/tests", "/tests");
        m.put("/tests/settings", "/tests/settings");
        under(m, "/tests/{}", "/tests/" + u.batch, "", "/delete",
                "/exam", "/exam/candidates", "/exam/codes", "/exam/close", "/exam/marking", "/import", "/results");
        under(m, "/tests/{}/results/{}", "/tests/" + u.batch + "/results/" + u.result, "", "/delete");
        m.put("/duties/plan", "/duties/plan");
        m.put("/duties/catalog", "/duties/catalog");
        under(m, "/duties/items/{}", "/duties/items/" + u.duty, "", "/submit", "/approve", "/return",
                "/evidence", "/evidence/link", "/evidence/note");
        m.put("/duties/items/{}/evidence/{}/delete", "/duties/items/" + u.duty + "/evidence/" + u.evidence + "/delete");
        m.put("/duties/law-reports", "/duties/law-reports");
        m.put("/duties/law-reports/{}", "/duties/law-reports/" + u.lawReport);
        m.put("/duties/law-reports/{}/delete", "/duties/law-reports/" + u.lawReport + "/delete");
        m.put("/rectifications", "/rectifications");
        under(m, "/rectifications/{}", "/rectifications/" + u.rectification, "",
                "/start", "/rectified", "/close", "/reopen", "/delete");
        m.put("/court-cases", "/court-cases");
        m.put("/court-cases/{}", "/court-cases/" + u.courtCase);
        m.put("/court-cases/{}/delete", "/court-cases/" + u.courtCase + "/delete");
        m.put("/court-cases/import", "/court-cases/import");
        m.put("/court-cases/{}/hearings", "/court-cases/" + u.courtCase + "/hearings");
        m.put("/court-cases/{}/hearings/{}", "/court-cases/" + u.courtCase + "/hearings/" + u.hearing);
        m.put("/court-cases/{}/hearings/{}/delete", "/court-cases/" + u.courtCase + "/hearings/" + u.hearing + "/delete");
        m.put("/court-cases/ranking/settings", "/court-cases/ranking/settings");
        m.put("/questions", "/questions");
        under(m, "/questions/{}", "/questions/" + l.question, "", "/delete", "/retire", "/restore");
        m.put("/questions/import", "/questions/import");
        m.put("/reconsiderations", "/reconsiderations");
        m.put("/reconsiderations/{}", "/reconsiderations/" + u.reconsideration);
        m.put("/reconsiderations/{}/delete", "/reconsiderations/" + u.reconsideration + "/delete");
        m.put("/reconsiderations/import", "/reconsiderations/import");
        m.put("/reconsiderations/stats/settings", "/reconsiderations/stats/settings");
        m.put("/reports/annual/edit", "/reports/annual/edit" + y);
        m.put("/reports/annual/publish", "/reports/annual/publish" + y);
        m.put("/reports/annual/withdraw", "/reports/annual/withdraw" + y);
        String desk = l.desks.page(u);
        String r = "/assessment/rounds/{}/units/{}";
        for (String step : new String[] {"/answers/{}", "/answers/{}/evidence", "/answers/{}/evidence/{}",
                "/answers/{}/rectification", "/answers/{}/review", "/answers/{}/typical", "/submit", "/return", "/confirm"}) {
            m.put(r + step, desk + step.replace("/answers/{}", "/answers/" + AssessmentDesks.CODE).replace("/evidence/{}", "/evidence/note"));
        }
        m.put(r + "/evidence/{}/delete", desk + "/evidence/" + l.desks.evidence(l, u) + "/delete");
        m.put("/settings/backup", "/settings/backup");
        m.put("/packages/keys", "/packages/keys");
        m.put("/packages/receive", "/packages/receive");
        m.put("/logout", "/logout");
        m.put("/account/password", "/account/password");
        return m;
    }

    /** One record's routes: each suffix after the record's pattern, and after its path with the ledger's id. */
    private static void under(Map<String, String> m, String pattern, String path, String... suffixes) {
        for (String suffix : suffixes) {
            m.put(pattern + suffix, path + suffix);
        }
    }

    @Test
    void theTableHoldsEveryFormRouteOfThePages() {
        assertEquals(formRoutes(), new TreeSet<>(routes().keySet()), "a form route without a row (or a stale row)");
    }

    @Test
    void everyFormRefusesAMissingOrWrongTokenAndWritesNothing() {
        int audit = l.auditCount();
        Map<String, String> fields = Map.of("name", "不该保存", "topic", "不该保存", "problem", "不该保存", "version", "0");
        for (Map.Entry<String, String> r : routes().entrySet()) {
            String path = r.getValue();
            assertEquals(403, browser.form(path, fields).status(), r.getKey() + " without a token");
            Map<String, String> wrong = new LinkedHashMap<>(fields);
            wrong.put("_csrf", token.substring(1) + "x");
            assertEquals(403, browser.form(path, wrong).status(), r.getKey() + " with a wrong token");
            assertEquals(403, multipart(path, "_csrf", "wrong-" + token), r.getKey() + " multipart with a wrong token");
            assertEquals(403, multipart(path + (path.contains("?") ? "&" : "?") + "_csrf=nope", null, null),
                    r.getKey() + " multipart with a wrong token in the address");
        }
        assertEquals(audit, l.auditCount(), "nothing refused was written");
        assertEquals(200, browser.get("/orgs").status(), "still signed in: the refused logout did nothing");
        // The token was the only reason: the same routes with it are past the CSRF check (not 403, and they
        // exist), and an otherwise empty form is answered as the user's mistake, never as a server error.
        for (Map.Entry<String, String> r : routes().entrySet()) {
            if (!r.getKey().endsWith("delete") && !r.getKey().equals("/logout")) {
                Http.Res answer = browser.form(r.getValue(), Map.of("_csrf", token));
                int status = answer.status();
                assertFalse(Set.of(403, 404, 405).contains(status), r.getKey() + " with the token answered " + status);
                assertTrue(status < 500, r.getKey() + " with the token answered " + status + ": " + answer.body());
            }
        }
    }

    /** A multipart post carrying the session cookie, with the token as a form field (the filter reads it only from header, urlencoded body or address). */
    private int multipart(String path, String field, String value) {
        String boundary = "----csrf" + System.nanoTime();
        Map<String, String> fields = field == null ? Map.of() : Map.of(field, value);
        return browser.multipart(path, boundary,
                RawClient.multipart(boundary, fields, "a.csv", "text/csv", "单位".getBytes(StandardCharsets.UTF_8))).status();
    }

    /** Every POST of the pages (not under /api), less the anonymous /login and /setup. */
    private static Set<String> formRoutes() {
        Set<String> out = new TreeSet<>(Routes.pages("POST"));
        out.remove("/login");
        out.remove("/setup");
        return out;
    }
}
