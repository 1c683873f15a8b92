package org.fazhi.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One row per page of the route table (every GET outside /api that renders HTML): who opens it, the
 * addresses that fill its path parameters from the seeded {@link Ledger}, and what it must show. The
 * table is compared with {@code Routes.htmlPages()}, so a page added later fails EscapingTest until it
 * has a row here.
 */
final class EscapingRows {
    /** Who opens the page. */
    enum Who {
        /** The admin, and the organiser scoped to 司法局 (the two see different parts of some templates). */
        SIGNED_IN,
        /** The admin only: the page refuses the organiser with 403 (checked). */
        ADMIN,
        /** Nobody signed in. */
        ANONYMOUS,
        /** Nobody signed in, on a server with no account yet (the first-run page closes once one exists). */
        FIRST_RUN
    }

    /** The escaped form a page shows when it shows the ledger's typed text. */
    static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";
    /** The attribute-breaking string, escaped (whatever the escaper does with "=" after it). */
    static final String ESCAPED_ATTR = "&quot;&gt;&lt;img src";
    /** A seeded file name in the backup folder: a file name cannot hold the "/" of {@code </script>}. */
    static final String HOSTILE_FILE_NAME = "备份" + Ledger.ATTR + ".zip";

    /**
     * @param shows       the escaped form the page must contain, proving it rendered the hostile value;
     *                    null for a page that shows nothing anyone typed, with {@code why} saying so
     * @param download    a file download declared as text/html by its class: it must not be served as a page
     */
    record Row(String route, Who who, String shows, String why, boolean download, Function<Ledger, List<String>> paths) {
    }

    private EscapingRows() {
    }

    static Map<String, Row> all() {
        Map<String, Row> m = new LinkedHashMap<>();
        // Dashboard, units, people, accounts, audit
        shows(m, "/", Who.SIGNED_IN, l -> List.of("/?year=2024", "/?year=2024&orgId=" + l.justice.org.id(), "/"));
        shows(m, "/orgs", Who.SIGNED_IN, l -> List.of("/orgs", "/orgs?orgId=" + l.justice.org.id()));
        shows(m, "/orgs/new", Who.SIGNED_IN, l -> List.of("/orgs/new?parentId=" + l.justice.org.id()));
        shows(m, "/orgs/{}/edit", Who.SIGNED_IN, l -> List.of("/orgs/" + l.justice.org.id() + "/edit"));
        shows(m, "/people", Who.SIGNED_IN, l -> List.of("/people", "/people?orgId=" + l.justice.org.id()));
        shows(m, "/people/new", Who.SIGNED_IN, l -> List.of("/people/new?orgId=" + l.justice.org.id()));
        shows(m, "/people/{}/edit", Who.SIGNED_IN, l -> List.of("/people/" + l.justice.head.id() + "/edit"));
        shows(m, "/users", Who.ADMIN, l -> List.of("/users"));
        shows(m, "/users/new", Who.ADMIN, l -> List.of("/users/new"));
        shows(m, "/users/{}/edit", Who.ADMIN, l -> List.of("/users/" + l.organiserId + "/edit"));
        shows(m, "/audit", Who.ADMIN, l -> List.of("/audit"));
        none(m, "/account/password", Who.SIGNED_IN, "the caller's own password form: three empty password fields",
                l -> List.of("/account/password"));
        m.put("/login", new Row("/login", Who.ANONYMOUS, ESCAPED_SCRIPT, null, false,
                l -> List.of("/login?next=" + URLEncoder.encode("/orgs?q=" + Ledger.TEXT, StandardCharsets.UTF_8))));
        m.put("/setup", new Row("/setup", Who.FIRST_RUN, null, "the first-run form: no account and no record exist yet",
                false, l -> List.of("/setup?token=")));
        m.put("/exam", new Row("/exam", Who.ANONYMOUS, null, "the online exam candidates' page: a shell the script fills "
                + "from /api/exam/* as text nodes, with no ledger data of its own", false, l -> List.of("/exam")));
        shows(m, "/tests/{}/exam", Who.SIGNED_IN, l -> List.of("/tests/" + l.justice.batch + "/exam"));
        shows(m, "/tests/{}/exam/paper", Who.SIGNED_IN, l -> List.of("/tests/" + l.justice.batch + "/exam/paper?variant=A",
                "/tests/" + l.justice.batch + "/exam/paper?variant=A&key=1"));
        shows(m, "/tests/{}/exam/marking", Who.SIGNED_IN, l -> List.of("/tests/" + l.justice.batch + "/exam/marking?question="
                + l.justice.examCase));
        shows(m, "/packages", Who.ADMIN, l -> List.of("/packages", "/packages?orgId=" + l.parent.org.id() + "&year=2024"));
        m.put("/settings/backup", new Row("/settings/backup", Who.ADMIN, ESCAPED_ATTR, null, false, l -> List.of("/settings/backup")));
        // 学法
        shows(m, "/study-sessions", Who.SIGNED_IN, l -> List.of("/study-sessions" + year(l)));
        shows(m, "/study-sessions/new", Who.SIGNED_IN, l -> List.of("/study-sessions/new?orgId=" + l.justice.org.id()));
        shows(m, "/study-sessions/{}", Who.SIGNED_IN, l -> List.of("/study-sessions/" + l.justice.session));
        shows(m, "/study-sessions/{}/edit", Who.SIGNED_IN, l -> List.of("/study-sessions/" + l.justice.session + "/edit"));
        shows(m, "/study-sessions/{}/sign-in", Who.SIGNED_IN, l -> List.of("/study-sessions/" + l.justice.session + "/sign-in"));
        shows(m, "/study-sessions/{}/sign-in/projector", Who.SIGNED_IN,
                l -> List.of("/study-sessions/" + l.justice.session + "/sign-in/projector"));
        // The phone page: the session's topic and the unit's names, to anyone holding the address.
        shows(m, "/s/{}", Who.ANONYMOUS, l -> List.of(l.signInPath(l.justice)));
        shows(m, "/study-sessions/compliance", Who.SIGNED_IN, l -> List.of("/study-sessions/compliance" + year(l)));
        shows(m, "/study-sessions/rules", Who.SIGNED_IN, l -> List.of("/study-sessions/rules"));
        none(m, "/study-sessions/rules/new", Who.ADMIN, "an empty rule form: kinds and unit types are the program's own lists",
                l -> List.of("/study-sessions/rules/new"));
        shows(m, "/study-sessions/rules/{}/edit", Who.ADMIN, l -> List.of("/study-sessions/rules/" + l.quotaRule + "/edit"));
        shows(m, "/study-sessions/laws", Who.SIGNED_IN, l -> List.of("/study-sessions/laws?q=" + URLEncoder.encode("甲", StandardCharsets.UTF_8)));
        none(m, "/study-sessions/import", Who.SIGNED_IN, "an upload form: the template's columns and instructions only",
                l -> List.of("/study-sessions/import"));
        // 考法
        shows(m, "/tests", Who.SIGNED_IN, l -> List.of("/tests" + year(l)));
        shows(m, "/tests/new", Who.SIGNED_IN, l -> List.of("/tests/new?orgId=" + l.justice.org.id()));
        shows(m, "/tests/{}", Who.SIGNED_IN, l -> List.of("/tests/" + l.justice.batch));
        shows(m, "/tests/{}/edit", Who.SIGNED_IN, l -> List.of("/tests/" + l.justice.batch + "/edit"));
        shows(m, "/tests/{}/results/{}/edit", Who.SIGNED_IN,
                l -> List.of("/tests/" + l.justice.batch + "/results/" + l.justice.result + "/edit"));
        none(m, "/tests/{}/import", Who.SIGNED_IN, "an upload form naming its batch by date; the template's columns and instructions",
                l -> List.of("/tests/" + l.justice.batch + "/import"));
        // 第一责任人职责
        shows(m, "/duties", Who.SIGNED_IN, l -> List.of("/duties" + year(l)));
        shows(m, "/duties/items", Who.SIGNED_IN, l -> List.of("/duties/items" + year(l)));
        shows(m, "/duties/items/{}", Who.SIGNED_IN, l -> List.of("/duties/items/" + l.justice.duty));
        shows(m, "/assessment/rounds/{}/units/{}", Who.SIGNED_IN, l -> List.of(l.desks.page(l.justice)));
        shows(m, "/duties/catalog", Who.SIGNED_IN, l -> List.of("/duties/catalog", "/duties/catalog?year=" + l.catalogYear));
        m.put("/duties/catalog/export", new Row("/duties/catalog/export", Who.SIGNED_IN, null,
                "a spreadsheet download, not a page", true,
                l -> List.of("/duties/catalog/export?format=csv&year=" + l.catalogYear,
                        "/duties/catalog/export?format=xlsx&year=" + l.catalogYear)));
        shows(m, "/duties/law-reports", Who.SIGNED_IN, l -> List.of("/duties/law-reports" + year(l)));
        shows(m, "/duties/law-reports/new", Who.SIGNED_IN, l -> List.of("/duties/law-reports/new?year=2024"));
        shows(m, "/duties/law-reports/{}/edit", Who.SIGNED_IN, l -> List.of("/duties/law-reports/" + l.justice.lawReport + "/edit"));
        // 整改
        shows(m, "/rectifications", Who.SIGNED_IN, l -> List.of("/rectifications" + year(l)));
        shows(m, "/rectifications/new", Who.SIGNED_IN, l -> List.of("/rectifications/new?orgId=" + l.justice.org.id()));
        shows(m, "/rectifications/{}", Who.SIGNED_IN, l -> List.of("/rectifications/" + l.justice.rectification));
        shows(m, "/rectifications/{}/edit", Who.SIGNED_IN, l -> List.of("/rectifications/" + l.justice.rectification + "/edit"));
        // 行政复议
        shows(m, "/questions", Who.SIGNED_IN, l -> List.of("/questions", "/questions?law=" + java.net.URLEncoder.encode("法甲",
                java.nio.charset.StandardCharsets.UTF_8)));
        none(m, "/questions/new", Who.ADMIN, "an empty form: the types, difficulties and hints only",
                l -> List.of("/questions/new"));
        shows(m, "/questions/{}/edit", Who.ADMIN, l -> List.of("/questions/" + l.question + "/edit"));
        none(m, "/questions/import", Who.SIGNED_IN, "an upload form: the template's columns and instructions only",
                l -> List.of("/questions/import"));
        shows(m, "/reconsiderations", Who.SIGNED_IN, l -> List.of("/reconsiderations" + year(l)));
        shows(m, "/reconsiderations/new", Who.SIGNED_IN, l -> List.of("/reconsiderations/new?orgId=" + l.justice.org.id()));
        shows(m, "/reconsiderations/{}/edit", Who.SIGNED_IN, l -> List.of("/reconsiderations/" + l.justice.reconsideration + "/edit"));
        shows(m, "/reconsiderations/stats", Who.SIGNED_IN, l -> List.of("/reconsiderations/stats" + year(l)));
        none(m, "/reconsiderations/import", Who.SIGNED_IN, "an upload form: the template's columns and instructions only",
                l -> List.of("/reconsiderations/import"));
        // 行政应诉
        shows(m, "/court-cases", Who.SIGNED_IN, l -> List.of("/court-cases" + year(l)));
        shows(m, "/court-cases/new", Who.SIGNED_IN, l -> List.of("/court-cases/new?orgId=" + l.justice.org.id()));
        shows(m, "/court-cases/{}", Who.SIGNED_IN, l -> List.of("/court-cases/" + l.justice.courtCase));
        shows(m, "/court-cases/{}/edit", Who.SIGNED_IN, l -> List.of("/court-cases/" + l.justice.courtCase + "/edit"));
        shows(m, "/court-cases/{}/hearings/{}/edit", Who.SIGNED_IN,
                l -> List.of("/court-cases/" + l.justice.courtCase + "/hearings/" + l.justice.hearing + "/edit"));
        none(m, "/court-cases/import", Who.SIGNED_IN, "an upload form: the template's columns and instructions only",
                l -> List.of("/court-cases/import"));
        shows(m, "/court-cases/ranking", Who.SIGNED_IN, l -> List.of("/court-cases/ranking" + year(l)));
        shows(m, "/court-cases/bulletin", Who.SIGNED_IN, l -> List.of("/court-cases/bulletin" + year(l)));
        // 年度报告
        shows(m, "/reports/annual", Who.SIGNED_IN, l -> List.of("/reports/annual" + year(l)));
        shows(m, "/reports/annual/edit", Who.SIGNED_IN, l -> List.of("/reports/annual/edit" + year(l)));
        // 示范创建
        shows(m, "/assessment", Who.SIGNED_IN, l -> List.of("/assessment", "/assessment?orgId=" + l.justice.org.id()));
        shows(m, "/assessment/systems", Who.SIGNED_IN, l -> List.of("/assessment/systems"));
        shows(m, "/assessment/systems/{}", Who.SIGNED_IN, l -> List.of("/assessment/systems/" + l.hostileSystem));
        none(m, "/assessment/systems/import", Who.SIGNED_IN, "an upload form: the template's columns and instructions only",
                l -> List.of("/assessment/systems/import"));
        shows(m, "/assessment/rounds/new", Who.SIGNED_IN, l -> List.of("/assessment/rounds/new"));
        none(m, "/assessment/systems/new", Who.SIGNED_IN, "a blank form: a name, a year and the first indicator",
                l -> List.of("/assessment/systems/new"));
        shows(m, "/assessment/systems/{}/edit", Who.ADMIN, l -> List.of("/assessment/systems/" + l.hostileSystem + "/edit"));
        shows(m, "/assessment/systems/{}/indicator", Who.ADMIN, l -> List.of("/assessment/systems/" + l.hostileSystem
                + "/indicator?code=1", "/assessment/systems/" + l.hostileSystem + "/indicator?parent=1"));
        shows(m, "/assessment/rounds/{}", Who.SIGNED_IN, l -> List.of("/assessment/rounds/" + l.justiceRound));
        shows(m, "/assessment/rounds/{}/results", Who.SIGNED_IN, l -> List.of("/assessment/rounds/" + l.justiceRound + "/results"));
        shows(m, "/assessment/rounds/{}/matrix", Who.SIGNED_IN, l -> List.of("/assessment/rounds/" + l.justiceRound + "/matrix"));
        shows(m, "/assessment/rounds/{}/units/{}/feedback", Who.SIGNED_IN, l -> List.of("/assessment/rounds/" + l.justiceRound
                + "/units/" + l.justice.org.id() + "/feedback"));
        return m;
    }

    private static String year(Ledger l) {
        return "?year=2024&orgId=" + l.justice.org.id();
    }

    private static void shows(Map<String, Row> m, String route, Who who, Function<Ledger, List<String>> paths) {
        m.put(route, new Row(route, who, ESCAPED_SCRIPT, null, false, paths));
    }

    private static void none(Map<String, Row> m, String route, Who who, String why, Function<Ledger, List<String>> paths) {
        m.put(route, new Row(route, who, null, why, false, paths));
    }
}
