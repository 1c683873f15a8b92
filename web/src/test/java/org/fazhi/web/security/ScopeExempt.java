package org.fazhi.web.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.security.ScopeWrites.Call;

/**
 * The writes of the route table that no unit's organiser may make whatever unit they name — the
 * admin's (accounts, quota rules, the catalogues, settings), each a call the admin would get accepted
 * and the organiser and viewer must get 403 for — and the writes that need no scope row: the id
 * routes whose body names no unit (their record's own unit is ScopeSweepTest's), and sign-in/out.
 */
final class ScopeExempt {
    private ScopeExempt() {
    }

    /** Admin-only writes: the target is ignored; the call must be refused with 403 and write nothing. */
    static Map<String, Call> adminOnly() {
        Map<String, Call> m = new LinkedHashMap<>();
        m.put("POST /api/users", (s, who, t) -> s.post(who, "/api/users", Map.of("username", "sneaky", "role", "ORGANISER",
                "orgId", s.l.justice.org.id(), "password", "long-enough-1")));
        m.put("PUT /api/users/{}", (s, who, t) -> {
            ObjectNode me = (ObjectNode) s.current("/api/users/" + s.l.organiserId);
            me.put("role", "ADMIN").putNull("orgId");
            return s.put(who, "/api/users/" + s.l.organiserId, me);
        });
        m.put("POST /api/users/{}/password", (s, who, t) -> s.post(who, "/api/users/1/password", Map.of("password", "taken-over-1")));
        m.put("POST /users", (s, who, t) -> s.form(who, "/users", ScopeWrites.fields("username", "sneaky", "role", "ORGANISER",
                "orgId", s.l.justice.org.id(), "password", "long-enough-1", "password2", "long-enough-1")));
        m.put("POST /users/{}", (s, who, t) -> s.form(who, "/users/" + s.l.organiserId, ScopeWrites.fields("role", "ADMIN",
                "orgId", "", "version", s.current("/api/users/" + s.l.organiserId).get("version").asText())));
        m.put("POST /api/quota-rules", (s, who, t) -> s.post(who, "/api/quota-rules", Map.of("label", "越权规则",
                "kinds", List.of("COLLECTIVE"), "orgKind", "DEPARTMENT", "minimum", 9, "period", "YEAR", "active", true)));
        m.put("PUT /api/quota-rules/{}", (s, who, t) -> {
            ObjectNode rule = (ObjectNode) s.current("/api/quota-rules/1");
            rule.put("minimum", 7);
            return s.put(who, "/api/quota-rules/1", rule);
        });
        m.put("POST /study-sessions/rules", (s, who, t) -> s.form(who, "/study-sessions/rules", rule("0")));
        m.put("POST /study-sessions/rules/{}", (s, who, t) -> s.form(who, "/study-sessions/rules/1",
                rule(s.current("/api/quota-rules/1").get("version").asText())));
        m.put("POST /study-sessions/rules/{}/active", (s, who, t) -> s.form(who, "/study-sessions/rules/1/active",
                ScopeWrites.fields("active", "false", "version", s.current("/api/quota-rules/1").get("version").asText())));
        m.put("POST /study-sessions/rules/{}/delete", (s, who, t) -> s.form(who, "/study-sessions/rules/1/delete",
                ScopeWrites.fields("version", s.current("/api/quota-rules/1").get("version").asText())));
        m.put("POST /api/duty-catalog/versions", (s, who, t) -> s.post(who, "/api/duty-catalog/versions",
                Map.of("label", "越权清单", "fromYear", 2098, "entries", s.current("/api/duty-catalog"))));
        m.put("POST /duties/catalog", (s, who, t) -> s.form(who, "/duties/catalog", ScopeWrites.fields("label", "越权清单",
                "fromYear", "2098", "entries", "")));
        m.put("POST /api/laws/import", (s, who, t) -> s.upload(who, "/api/laws/import?mode=replace", "text/csv",
                "越权法\r\n".getBytes(StandardCharsets.UTF_8)));
        m.put("POST /study-sessions/laws", (s, who, t) -> s.multipart(who, "/study-sessions/laws", "laws.csv",
                "越权法\r\n".getBytes(StandardCharsets.UTF_8), Map.of("mode", "replace")));
        m.put("POST /api/package-keys", (s, who, t) -> s.post(who, "/api/package-keys", Map.of("name", "越权", "publicKey",
                org.fazhi.exchange.SigningKey.pem(new byte[44]))));
        m.put("POST /api/packages", (s, who, t) -> s.upload(who, "/api/packages", "application/zip", new byte[] {'P', 'K', 3, 4}));
        m.put("POST /packages/keys", (s, who, t) -> s.multipart(who, "/packages/keys", "key.pem",
                "-----BEGIN PUBLIC KEY-----\n".getBytes(StandardCharsets.US_ASCII), Map.of("name", "越权")));
        m.put("POST /packages/receive", (s, who, t) -> s.multipart(who, "/packages/receive", "p.zip", new byte[] {'P', 'K', 3, 4},
                Map.of()));
        m.put("PUT /api/settings/backup", (s, who, t) -> s.put(who, "/api/settings/backup", Map.of("keep", 1)));
        m.put("POST /settings/backup", (s, who, t) -> s.form(who, "/settings/backup", ScopeWrites.fields("keep", "1")));
        m.put("PUT /api/settings/court", (s, who, t) -> {
            ObjectNode now = (ObjectNode) s.current("/api/settings/court");
            now.put("flagThreshold", 0.01);
            return s.put(who, "/api/settings/court", now);
        });
        m.put("POST /court-cases/ranking/settings", (s, who, t) -> s.form(who, "/court-cases/ranking/settings",
                ScopeWrites.fields("year", "2024", "denominator", s.current("/api/settings/court").get("denominator").asText(),
                        "flagThreshold", "1")));
        m.put("PUT /api/settings/reconsideration", (s, who, t) -> s.put(who, "/api/settings/reconsideration",
                Map.of("correctionDenominator", "MERITS")));
        m.put("POST /reconsiderations/stats/settings", (s, who, t) -> s.form(who, "/reconsiderations/stats/settings",
                ScopeWrites.fields("year", "2024", "correctionDenominator", "MERITS")));
        m.put("PUT /api/settings/training", (s, who, t) -> s.put(who, "/api/settings/training", Map.of("maxRetakes", 0)));
        // The question bank is the county's, kept by writers without a unit scope: a scoped account only reads it.
        m.put("POST /api/questions", (s, who, t) -> s.post(who, "/api/questions", Map.of("type", "TRUE_FALSE", "stem",
                "越权试题", "answer", "对", "points", 2)));
        m.put("POST /questions", (s, who, t) -> s.form(who, "/questions", ScopeWrites.fields("type", "TRUE_FALSE", "stem",
                "越权试题", "answer", "对", "points", "2", "difficulty", "EASY")));
        m.put("POST /api/questions/import", (s, who, t) -> s.upload(who, "/api/questions/import", "text/csv", BANK_CSV));
        m.put("POST /questions/import", (s, who, t) -> s.multipart(who, "/questions/import", "题库.csv", BANK_CSV, Map.of()));
        m.put("POST /tests/settings", (s, who, t) -> s.form(who, "/tests/settings", ScopeWrites.fields("maxRetakes", "0")));
        return m;
    }

    /** A bank import the admin's upload would store. */
    private static final byte[] BANK_CSV = "题型,题干,答案,分值\r\n判断题,越权导入的试题,对,2\r\n".getBytes(StandardCharsets.UTF_8);

    private static Map<String, String> rule(String version) {
        return ScopeWrites.fields("label", "越权规则", "kinds", "COLLECTIVE", "orgKind", "DEPARTMENT", "minimum", "9",
                "period", "YEAR", "active", "on", "version", version);
    }

    /** Sign-in and sign-out: no unit's record. */
    static final Map<String, String> NOT_UNIT_SCOPED = new LinkedHashMap<>(Map.of(
            "POST /login", "signs in; the account's scope comes with it",
            "POST /api/login", "signs in; the account's scope comes with it",
            "POST /setup", "creates the first admin, closed once an account exists",
            "POST /logout", "ends the caller's own session",
            "POST /api/logout", "ends the caller's own session",
            "POST /api/indicator-systems/import", "a new indicator system kept in the importer's own scope; the file names no unit",
            "POST /assessment/systems/import", "a new indicator system kept in the importer's own scope; the file names no unit",
            "POST /assessment/systems/new", "a new indicator system kept in the writer's own scope; the form names no unit",
            "POST /assessment/systems/sample", "the sample kept in the writer's own scope; the form names no unit"));

    static {
        NOT_UNIT_SCOPED.put("POST /api/exam-login", "an online exam candidate's sign-in with a one-time code; no account, no unit named");
        NOT_UNIT_SCOPED.put("POST /api/exam/submit", "a candidate submits their own paper, named by their token alone");
        NOT_UNIT_SCOPED.put("POST /account/password", "the caller's own password: no unit's record");
        NOT_UNIT_SCOPED.put("PUT /api/me/password", "the caller's own password: no unit's record");
    }

    /**
     * The id routes that write with a body naming no unit and no person: a step, a delete, a hearing,
     * a note or a file of the record in the address. That record's unit is the one checked, by
     * ScopeSweepTest with the sibling's and the parent's ids.
     */
    static final Map<String, String> NAMES_NO_UNIT = names(
            "a duty item's status, note or review step; the item's person is its unit",
            "PUT /api/duties/{}", "POST /api/duties/{}/submit", "POST /api/duties/{}/approve", "POST /api/duties/{}/return",
            "POST /duties/items/{}", "POST /duties/items/{}/submit", "POST /duties/items/{}/approve",
            "POST /duties/items/{}/return");

    static {
        add("a question of the county's bank: no unit's record; a scoped account is refused every change "
                + "(QuestionService.requireEditor, swept by ScopeSweepTest)", "PUT /api/questions/{}", "POST /questions/{}",
                "POST /questions/{}/delete", "POST /questions/{}/retire", "POST /questions/{}/restore");
        add("an indicator system's title and tree; the unit keeping the system is checked (ScopeSweepTest)",
                "PUT /api/indicator-systems/{}");
        add("an indicator system's page forms (name, an indicator, a delete, 另存为新版本); the unit keeping the system is "
                + "checked (ScopeSweepTest)", "POST /assessment/systems/{}/edit", "POST /assessment/systems/{}/indicator",
                "POST /assessment/systems/{}/indicator/delete", "POST /assessment/systems/{}/copy");
        add("evidence or attachments: a file, a link or a note on the record in the address",
                "POST /api/duties/{}/evidence", "POST /duties/items/{}/evidence", "POST /duties/items/{}/evidence/link",
                "POST /duties/items/{}/evidence/note", "POST /api/study-sessions/{}/attachments",
                "POST /study-sessions/{}/attachments");
        add("QR sign-in of the session in the address: how long it stays open and the 迟到 time, or closing it",
                "POST /api/study-sessions/{}/sign-in", "POST /study-sessions/{}/sign-in", "POST /study-sessions/{}/sign-in/close");
        add("the public phone sign-in: the token in the address names the one session; a person outside its unit is "
                + "refused (SignInApiTest)", "POST /s/{}");
        add("a rectification's step: a comment, measures or a reason", "POST /api/rectifications/{}/start",
                "POST /api/rectifications/{}/rectified", "POST /api/rectifications/{}/close", "POST /api/rectifications/{}/reopen",
                "POST /rectifications/{}/start", "POST /rectifications/{}/rectified", "POST /rectifications/{}/close",
                "POST /rectifications/{}/reopen");
        add("a hearing of the case in the address: date, who appeared, staff", "POST /api/court-cases/{}/hearings",
                "PUT /api/court-hearings/{}", "POST /court-cases/{}/hearings", "POST /court-cases/{}/hearings/{}");
        add("a step of a unit's assessment desk: the unit is the one in the address (swept by ScopeSweepTest)",
                "PUT /api/assessment-rounds/{}/units/{}/answers/{}", "PUT /api/assessment-rounds/{}/units/{}/answers/{}/typical",
                "POST /api/assessment-rounds/{}/units/{}/answers/{}/evidence",
                "POST /api/assessment-rounds/{}/units/{}/answers/{}/rectification",
                "POST /api/assessment-rounds/{}/units/{}/submit", "POST /api/assessment-rounds/{}/units/{}/review",
                "POST /api/assessment-rounds/{}/units/{}/return", "POST /api/assessment-rounds/{}/units/{}/confirm");
        add("a form of a unit's assessment desk page: the unit is the one in the address (swept by ScopeSweepTest)",
                "POST /assessment/rounds/{}/units/{}/answers/{}", "POST /assessment/rounds/{}/units/{}/answers/{}/evidence",
                "POST /assessment/rounds/{}/units/{}/answers/{}/evidence/{}",
                "POST /assessment/rounds/{}/units/{}/answers/{}/rectification",
                "POST /assessment/rounds/{}/units/{}/answers/{}/review", "POST /assessment/rounds/{}/units/{}/answers/{}/typical",
                "POST /assessment/rounds/{}/units/{}/evidence/{}/delete", "POST /assessment/rounds/{}/units/{}/submit",
                "POST /assessment/rounds/{}/units/{}/return", "POST /assessment/rounds/{}/units/{}/confirm");
        add("an online exam's setup, codes, closing or a mark: the exam (its batch's unit) in the address is the one checked",
                "POST /api/test-batches/{}/exam", "POST /api/exams/{}/codes", "POST /api/exams/{}/close",
                "PUT /api/exams/{}/candidates/{}/marks/{}", "POST /tests/{}/exam", "POST /tests/{}/exam/codes",
                "POST /tests/{}/exam/close", "POST /tests/{}/exam/marking");
        add("a candidate's answer to a question of their own paper, by their token: no session reaches it",
                "PUT /api/exam/answers/{}");
        add("a delete by the pages' form: only the version", "POST /orgs/{}/delete", "POST /people/{}/delete",
                "POST /study-sessions/{}/delete", "POST /study-sessions/{}/attachments/{}/delete", "POST /tests/{}/delete",
                "POST /tests/{}/results/{}/delete", "POST /duties/items/{}/evidence/{}/delete", "POST /duties/law-reports/{}/delete",
                "POST /rectifications/{}/delete", "POST /court-cases/{}/delete", "POST /court-cases/{}/hearings/{}/delete",
                "POST /reconsiderations/{}/delete");
    }

    static Map<String, String> names(String why, String... routes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String r : routes) {
            m.put(r, why);
        }
        return m;
    }

    private static void add(String why, String... routes) {
        NAMES_NO_UNIT.putAll(names(why, routes));
    }
}
