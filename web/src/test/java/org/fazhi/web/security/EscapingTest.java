package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page shows what people typed as text, never as markup: records whose every text field holds
 * {@code <script>alert(1)</script>} and {@code "><img src=x onerror=alert(1)>} are shown escaped.
 * (PageFlowTest, TrainingPagesTest and DutyPagesTest check a few pages and the refused-form case; this
 * sweeps all of them with one ledger.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingTest {
    /** Pages with nothing typed on them (catalogues, upload forms, settings): only the raw checks apply. */
    private static final java.util.Set<String> SHOW_NO_LEDGER_TEXT = java.util.Set.of("/study-sessions/laws",
            "/study-sessions/import", "/tests/{id}/import", "/duties/catalog", "/settings/backup");

    private Ledger l;

    @BeforeAll
    void start() {
        l = new Ledger();
        long rule = l.admin.get("/api/quota-rules").json().get(0).get("id").asLong();
        Map<String, Object> edit = new java.util.HashMap<>(Map.of("label", Ledger.TEXT, "kinds", List.of("COLLECTIVE"),
                "orgKind", "DEPARTMENT", "minimum", 2, "period", "YEAR", "active", true));
        assertEquals(200, l.admin.put("/api/quota-rules/" + rule, edit).status());
        Http.Res report = l.admin.put("/api/reports/annual/sections?year=2024&orgId=" + l.justice.org.id(),
                Map.of("version", 0, "sections", List.of(Map.of("key", "measures", "narrative", Ledger.TEXT))));
        assertEquals(200, report.status(), report.body());
    }

    @AfterAll
    void stop() {
        l.close();
    }

    Stream<String> pages() {
        Ledger.Unit u = l.justice;
        String year = "?year=2024&orgId=" + u.org.id();
        return Stream.of("/", "/?year=2024", "/orgs", "/orgs/" + u.org.id() + "/edit", "/people", "/people/" + u.head.id() + "/edit",
                "/users", "/audit",
                "/study-sessions" + year, "/study-sessions/" + u.session, "/study-sessions/" + u.session + "/edit",
                "/study-sessions/new", "/study-sessions/compliance" + year, "/study-sessions/rules", "/study-sessions/laws",
                "/study-sessions/import",
                "/tests" + year, "/tests/" + u.batch, "/tests/" + u.batch + "/edit", "/tests/" + u.batch + "/import",
                "/duties" + year, "/duties/items" + year, "/duties/items/" + u.duty, "/duties/catalog",
                "/duties/law-reports" + year, "/duties/law-reports/" + u.lawReport + "/edit", "/duties/law-reports/new",
                "/rectifications" + year, "/rectifications/" + u.rectification, "/rectifications/" + u.rectification + "/edit",
                "/court-cases" + year, "/court-cases/" + u.courtCase, "/court-cases/" + u.courtCase + "/edit",
                "/court-cases/" + u.courtCase + "/hearings/" + u.hearing + "/edit", "/court-cases/new",
                "/court-cases/ranking" + year, "/court-cases/bulletin" + year,
                "/reports/annual" + year, "/reports/annual/edit" + year, "/settings/backup");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void userTextIsEscaped(String path) {
        Http.Res r = l.admin.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        String html = r.body();
        assertFalse(html.contains(Ledger.SCRIPT), path + " shows a script as markup");
        assertFalse(html.contains("<img src=x onerror"), path + " lets typed text leave its attribute");
        assertFalse(html.contains("onerror=alert(1)>"), path + " shows the tag unescaped");
        if (!SHOW_NO_LEDGER_TEXT.contains(path.replaceAll("[0-9]+", "{id}"))) {
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                    path + " was expected to show some of the ledger's typed text (escaped)");
        }
    }
}
