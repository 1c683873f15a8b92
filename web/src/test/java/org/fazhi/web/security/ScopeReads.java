package org.fazhi.web.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads of the route table that take no id (ScopeSweepTest has those): every list, figure, form
 * page, export and template, with the query parameters that name a unit. ScopeReadSweepTest reads each
 * unfiltered and filtered to the sibling unit and to the parent county; ScopeCoverageTest checks the
 * table against the route table.
 */
final class ScopeReads {
    /**
     * @param filters the query parameters naming a unit: orgId, parentId (a unit) or personId (a person)
     * @param admin   the route answers the admin only: the organiser and the viewer get 403 whatever they ask
     * @param paths   the addresses without the unit (each export in both formats)
     * @param unitRequired without a unit the read is a bad request (400)
     */
    record Read(String route, List<String> filters, boolean admin, List<String> paths, boolean unitRequired) {
    }

    /** Routes that read nothing of any unit, and why. */
    static final Map<String, String> NOT_UNIT_SCOPED = Map.of(
            "GET /login", "the sign-in form: a signed-in browser is sent on; it shows no record",
            "GET /setup", "the first-run form, closed once an account exists",
            "GET /favicon.ico", "the program's icon",
            "GET /api/health", "answers {status: ok} to anyone, signed in or not",
            "GET /api/exam/paper", "a candidate's own paper by their token (no session reaches it); never a key",
            "GET /exam", "the online exam candidates' page: a shell the script fills from /api/exam/*, no ledger data");

    private ScopeReads() {
    }

    static Map<String, Read> all() {
        Map<String, Read> m = new LinkedHashMap<>();
        List<String> org = List.of("orgId");
        List<String> none = List.of();
        // Units, people, accounts, the audit log, settings
        read(m, "/api/orgs", org, "/api/orgs");
        export(m, "/api/orgs/export", org, "/api/orgs/export");
        read(m, "/api/orgs/search", none, "/api/orgs/search?q=" + java.net.URLEncoder.encode("甲", java.nio.charset.StandardCharsets.UTF_8));
        read(m, "/api/people", org, "/api/people");
        export(m, "/api/people/export", org, "/api/people/export");
        read(m, "/api/me", none, "/api/me");
        read(m, "/account/password", none, "/account/password");
        admin(m, "/api/users", "/api/users");
        admin(m, "/api/audit", "/api/audit");
        admin(m, "/api/settings/backup", "/api/settings/backup");
        read(m, "/api/settings/court", none, "/api/settings/court");
        read(m, "/api/settings/training", none, "/api/settings/training");
        read(m, "/", org, "/?year=2024");
        read(m, "/orgs", org, "/orgs");
        read(m, "/orgs/new", List.of("parentId"), "/orgs/new");
        read(m, "/people", org, "/people");
        read(m, "/people/new", org, "/people/new");
        admin(m, "/users", "/users");
        admin(m, "/users/new", "/users/new");
        admin(m, "/audit", "/audit");
        admin(m, "/settings/backup", "/settings/backup");
        // 报送: the keys, receiving and exporting are the admin's; the received packages are listed within the scope
        admin(m, "/api/package-key", "/api/package-key");
        admin(m, "/api/package-keys", "/api/package-keys");
        read(m, "/api/packages", none, "/api/packages");
        admin(m, "/api/packages/export", "/api/packages/export?orgId=1&year=2024");
        admin(m, "/packages", "/packages");
        admin(m, "/packages/key.pem", "/packages/key.pem");
        admin(m, "/packages/export", "/packages/export?orgId=1&year=2024");
        // 学法
        read(m, "/api/study-sessions", org, "/api/study-sessions?year=2024");
        export(m, "/api/study-sessions/export", org, "/api/study-sessions/export?year=2024");
        export(m, "/api/study-sessions/import-template", none, "/api/study-sessions/import-template");
        read(m, "/api/study-compliance", org, "/api/study-compliance?year=2024");
        export(m, "/api/study-compliance/export", org, "/api/study-compliance/export?year=2024");
        read(m, "/api/quota-rules", none, "/api/quota-rules");
        read(m, "/api/laws", none, "/api/laws?q=" + java.net.URLEncoder.encode("法", java.nio.charset.StandardCharsets.UTF_8));
        read(m, "/study-sessions", org, "/study-sessions?year=2024");
        read(m, "/study-sessions/new", org, "/study-sessions/new");
        m.put("GET /study-sessions/unit-people", new Read("/study-sessions/unit-people", org, false,
                List.of("/study-sessions/unit-people"), true));
        read(m, "/study-sessions/compliance", org, "/study-sessions/compliance?year=2024");
        read(m, "/study-sessions/import", none, "/study-sessions/import");
        read(m, "/study-sessions/laws", none, "/study-sessions/laws");
        read(m, "/study-sessions/rules", none, "/study-sessions/rules");
        admin(m, "/study-sessions/rules/new", "/study-sessions/rules/new");
        // 考法
        read(m, "/api/test-batches", org, "/api/test-batches?year=2024");
        export(m, "/api/test-batches/export", org, "/api/test-batches/export?year=2024");
        export(m, "/api/test-batches/import-template", none, "/api/test-batches/import-template");
        read(m, "/api/test-stats", org, "/api/test-stats?year=2024");
        read(m, "/api/test-awaiting-retake", org, "/api/test-awaiting-retake?year=2024");
        export(m, "/api/test-awaiting-retake/export", org, "/api/test-awaiting-retake/export?year=2024");
        read(m, "/tests", org, "/tests?year=2024");
        read(m, "/tests/new", org, "/tests/new");
        // 第一责任人职责, 年终述法, 整改
        List<String> orgOrPerson = List.of("orgId", "personId");
        read(m, "/api/duties", orgOrPerson, "/api/duties?year=2024");
        export(m, "/api/duties/export", orgOrPerson, "/api/duties/export?year=2024");
        read(m, "/api/duty-progress", org, "/api/duty-progress?year=2024");
        read(m, "/api/duty-progress/units", org, "/api/duty-progress/units?year=2024");
        export(m, "/api/duty-progress/export", org, "/api/duty-progress/export?year=2024");
        read(m, "/api/duty-catalog", none, "/api/duty-catalog");
        read(m, "/api/duty-catalog/versions", none, "/api/duty-catalog/versions");
        read(m, "/duties", org, "/duties?year=2024");
        read(m, "/duties/items", orgOrPerson, "/duties/items?year=2024");
        read(m, "/duties/catalog", none, "/duties/catalog");
        export(m, "/duties/catalog/export", none, "/duties/catalog/export");
        read(m, "/api/law-reports", orgOrPerson, "/api/law-reports?year=2024");
        export(m, "/api/law-reports/export", orgOrPerson, "/api/law-reports/export?year=2024");
        read(m, "/api/law-reports/summary", org, "/api/law-reports/summary?year=2024");
        read(m, "/duties/law-reports", org, "/duties/law-reports?year=2024");
        read(m, "/duties/law-reports/new", none, "/duties/law-reports/new?year=2024");
        read(m, "/api/rectifications", org, "/api/rectifications?year=2024");
        export(m, "/api/rectifications/export", org, "/api/rectifications/export?year=2024");
        read(m, "/api/rectifications/summary", org, "/api/rectifications/summary?year=2024");
        read(m, "/rectifications", org, "/rectifications?year=2024");
        read(m, "/rectifications/new", org, "/rectifications/new");
        // 行政应诉
        read(m, "/api/court-cases", org, "/api/court-cases?year=2024");
        export(m, "/api/court-cases/export", org, "/api/court-cases/export?year=2024");
        export(m, "/api/court-cases/import-template", none, "/api/court-cases/import-template");
        read(m, "/api/court-appearance", org, "/api/court-appearance?year=2024");
        export(m, "/api/court-appearance/export", org, "/api/court-appearance/export?year=2024");
        read(m, "/court-cases", org, "/court-cases?year=2024");
        read(m, "/court-cases/new", org, "/court-cases/new");
        read(m, "/court-cases/import", none, "/court-cases/import");
        read(m, "/court-cases/ranking", org, "/court-cases/ranking?year=2024");
        read(m, "/court-cases/bulletin", org, "/court-cases/bulletin?year=2024");
        read(m, "/court-cases/bulletin.docx", org, "/court-cases/bulletin.docx?year=2024");
        // 行政复议
        read(m, "/api/reconsiderations", org, "/api/reconsiderations?year=2024");
        export(m, "/api/reconsiderations/export", org, "/api/reconsiderations/export?year=2024");
        export(m, "/api/reconsiderations/import-template", none, "/api/reconsiderations/import-template");
        read(m, "/api/reconsideration-stats", org, "/api/reconsideration-stats?year=2024");
        read(m, "/api/settings/reconsideration", none, "/api/settings/reconsideration");
        read(m, "/reconsiderations", org, "/reconsiderations?year=2024");
        read(m, "/reconsiderations/new", org, "/reconsiderations/new");
        read(m, "/reconsiderations/stats", org, "/reconsiderations/stats?year=2024");
        read(m, "/reconsiderations/import", none, "/reconsiderations/import");
        // 题库: the county's, read by every account; the form only by those who may edit it (admin() here: the
        // organiser of the sweep is scoped, so refused)
        read(m, "/api/questions", none, "/api/questions");
        export(m, "/api/questions/export", none, "/api/questions/export");
        export(m, "/api/questions/import-template", none, "/api/questions/import-template");
        read(m, "/questions", none, "/questions");
        admin(m, "/questions/new", "/questions/new");
        read(m, "/questions/import", none, "/questions/import");
        // 年度报告
        read(m, "/api/reports/annual", org, "/api/reports/annual?year=2024");
        read(m, "/api/reports/annual.docx", org, "/api/reports/annual.docx?year=2024");
        read(m, "/reports/annual", org, "/reports/annual?year=2024");
        read(m, "/reports/annual/edit", org, "/reports/annual/edit?year=2024");
        read(m, "/reports/annual.docx", org, "/reports/annual.docx?year=2024");
        // 示范创建: systems (published standards, read by everyone signed in), rounds and their pages
        read(m, "/api/indicator-systems", none, "/api/indicator-systems");
        export(m, "/api/indicator-systems/import-template", none, "/api/indicator-systems/import-template");
        read(m, "/api/assessment-rounds", org, "/api/assessment-rounds");
        read(m, "/assessment", org, "/assessment");
        read(m, "/assessment/systems", none, "/assessment/systems");
        read(m, "/assessment/systems/import", none, "/assessment/systems/import");
        read(m, "/assessment/systems/new", none, "/assessment/systems/new");
        read(m, "/assessment/rounds/new", none, "/assessment/rounds/new");
        return m;
    }

    private static void read(Map<String, Read> m, String route, List<String> filters, String path) {
        m.put("GET " + route, new Read(route, filters, false, List.of(path), false));
    }

    private static void export(Map<String, Read> m, String route, List<String> filters, String path) {
        String sep = path.contains("?") ? "&" : "?";
        m.put("GET " + route, new Read(route, filters, false, List.of(path + sep + "format=xlsx", path + sep + "format=csv"), false));
    }

    private static void admin(Map<String, Read> m, String route, String path) {
        m.put("GET " + route, new Read(route, List.of(), true, List.of(path), false));
    }
}
