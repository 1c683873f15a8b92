package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.fazhi.web.security.EscapingRows.Row;
import org.fazhi.web.security.EscapingRows.Who;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page shows what people typed as text, never as markup: records whose every text field holds
 * {@code <script>alert(1)</script>} and {@code "><img src=x onerror=alert(1)>} are shown escaped. The
 * pages are the route table's (every GET outside /api that renders HTML), one row each in
 * {@link EscapingRows}; a page without a row fails {@link #theTableHoldsEveryPageOfTheRouteTable}. Each
 * page must answer 200 (an error page would pass the escaping checks without rendering anything), must
 * not carry the attack as markup, and must carry its escaped form, proving it rendered the hostile
 * value — unless its row says it shows nothing anyone typed, and why. (PageFlowTest, SessionPagesTest
 * and DutyItemPagesTest check the refused-form case.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingTest {
    private Ledger l;
    private WebServer firstRun;
    private java.nio.file.Path firstRunDir;

    @BeforeAll
    void start() throws java.io.IOException {
        l = new Ledger();
        l.seedAdminText();
        firstRunDir = Files.createTempDirectory("fazhi-first-run");
        firstRun = WebServer.start(new ServerConfig("127.0.0.1", 0, firstRunDir.resolve("数据"), false));
    }

    @AfterAll
    void stop() {
        l.close();
        firstRun.close();
    }

    @Test
    void theTableHoldsEveryPageOfTheRouteTable() {
        assertEquals(Routes.htmlPages(), new TreeSet<>(EscapingRows.all().keySet()),
                "a page of the route table has no row in EscapingRows (or a row is stale)");
    }

    /** Every row's addresses, once for each account that may open the page. */
    Stream<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        for (Row row : EscapingRows.all().values()) {
            List<String> as = switch (row.who()) {
                case SIGNED_IN -> List.of("admin", "organiser");
                case ADMIN -> List.of("admin", "organiser-refused");
                case ANONYMOUS -> List.of("anonymous");
                case FIRST_RUN -> List.of("first-run");
            };
            for (String who : as) {
                for (String path : row.paths().apply(l)) {
                    out.add(Arguments.of(who + " " + path, row, who, path));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void userTextIsEscaped(String name, Row row, String who, String path) {
        Http http = switch (who) {
            case "admin" -> l.admin;
            case "organiser" -> l.organiser;
            case "anonymous" -> l.server.anonymous();
            default -> firstRunClient();
        };
        if (who.equals("first-run")) {
            path = path + firstRun.setup().token();
        }
        if (who.equals("organiser-refused")) {
            assertEquals(403, l.organiser.get(path).status(), path + " is marked admin-only: an organiser opens it");
            return;
        }
        Http.Res r = http.get(path);
        assertEquals(200, r.status(), name + ": " + r.body());
        String type = r.header("Content-Type");
        assertNotNull(type, name + " has no Content-Type");
        if (row.download()) {
            assertFalse(type.startsWith("text/html"), name + " serves a download as a page: " + type);
            return;
        }
        assertTrue(type.startsWith("text/html"), name + " is not a page: " + type);
        String html = r.body();
        assertFalse(html.contains(Ledger.SCRIPT), name + " shows a script as markup");
        assertFalse(html.contains("<img src=x onerror"), name + " lets typed text leave its attribute");
        assertFalse(html.contains("onerror=alert(1)>"), name + " shows the tag unescaped");
        if (row.shows() != null) {
            assertTrue(html.contains(row.shows()), name + " was expected to show some of the ledger's typed text, escaped ("
                    + row.shows() + ")");
        } else {
            assertFalse(row.why().isBlank(), row.route() + ": a page that shows nothing typed says why");
        }
    }

    private Http firstRunClient() {
        return new Http(firstRun.url().replaceAll("/$", ""));
    }

    /** The rows name the pages the route table has, and their who/shows choices are consistent. */
    @Test
    void everyRowThatShowsNothingTypedSaysWhy() {
        for (Map.Entry<String, Row> e : EscapingRows.all().entrySet()) {
            Row r = e.getValue();
            assertEquals(e.getKey(), r.route());
            assertTrue(r.shows() != null ^ r.why() != null, r.route() + ": either what it shows or why it shows nothing");
            assertTrue(r.who() != Who.FIRST_RUN || r.shows() == null, r.route() + ": a first-run page has no ledger to show");
        }
    }
}
