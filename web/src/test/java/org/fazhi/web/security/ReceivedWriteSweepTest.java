package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.fazhi.model.account.Role;
import org.fazhi.storage.core.Scope;
import org.fazhi.web.security.ScopeCalls.Answer;
import org.fazhi.web.security.ScopeWrites.Call;
import org.fazhi.web.support.ApiBodies;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.Routes;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 报送 makes a unit read-only at the receiver: the sweep's ledger receives a package whose root is 财政局 (by its unified
 * code, from a second real server), so 财政局 — with its records of every kind from before — is a received unit. Then
 * the ADMIN, who may write anywhere, sends every write of the route table at it: each call of {@link ScopeWrites} and
 * {@link ScopeImports} naming 财政局, and each write route with an id ({@link ScopeSweepRoutes}) on 财政局's records.
 * Every one must be refused 403 with {@link Scope#RECEIVED}, show no typed text unescaped, and write nothing (the
 * sweep's fingerprint unchanged); the same named call naming 司法局 (not received) is accepted, so the refusals are
 * the received-unit rule's. A write route neither swept here nor exempt with its reason fails the coverage check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceivedWriteSweepTest {
    private static final String CODE = "11341100003000009G";

    @AutoClose
    private final ScopeCalls s = new ScopeCalls();
    private final ScopeIdCalls ids = new ScopeIdCalls(s.l);
    /** The phone page of 财政局's session, its QR sign-in opened before the package made the unit a received one. */
    private String phone;
    /** Before the package: a sitting of 财政局's online exam, and a code issued to a second candidate. */
    private Http sitting;
    private String code;

    /** The writes by an online exam candidate's code or sitting token (财政局's exam), swept by their own test below. */
    static final List<String> BY_TOKEN = List.of("POST /api/exam-login", "PUT /api/exam/answers/{}", "POST /api/exam/submit");

    /** The write routes not swept here, each with why it cannot write a received unit's records. */
    static final Map<String, String> EXEMPT = new LinkedHashMap<>();

    static {
        for (String route : ScopeExempt.adminOnly().keySet()) {
            EXEMPT.put(route, "the admin's own tables (accounts, rules, catalogues, settings, keys, packages, the county's "
                    + "question bank): no unit's record");
        }
        ScopeExempt.NOT_UNIT_SCOPED.forEach((route, why) -> {
            if (!BY_TOKEN.contains(route)) {
                EXEMPT.put(route, "names no unit: " + why);
            }
        });
        EXEMPT.putAll(ScopeExempt.names("a question of the county's bank, or the whole ledger's sample indicator system (the "
                + "sweep's row): no unit's record; a system kept by a received unit is refused by the service (assessment's "
                + "ReceivedUnitTest)", "PUT /api/questions/{}", "DELETE /api/questions/{}", "POST /questions/{}",
                "POST /questions/{}/delete", "POST /questions/{}/retire", "POST /questions/{}/restore",
                "PUT /api/indicator-systems/{}", "POST /assessment/systems/{}/edit", "POST /assessment/systems/{}/indicator",
                "POST /assessment/systems/{}/indicator/delete", "POST /assessment/systems/{}/copy"));
        EXEMPT.putAll(ScopeExempt.names("an account or a quota rule: the admin's, no unit's record", "PUT /api/users/{}",
                "POST /api/users/{}/password", "POST /users/{}", "PUT /api/quota-rules/{}", "DELETE /api/quota-rules/{}",
                "POST /study-sessions/rules/{}", "POST /study-sessions/rules/{}/active", "POST /study-sessions/rules/{}/delete"));
    }

    /**
     * The calls naming a person of the received unit in a record of 司法局's: refused before the rule is asked, as a
     * person not of the record's unit (400), and nothing written; the person's own unit is swept by the other rows.
     */
    static final Map<String, String> REFUSED_BEFORE = ScopeExempt.names("the person is not of the record's unit (400)",
            "POST /api/test-batches/{}/results · personId", "PUT /api/study-sessions/{} · attendee",
            "PUT /api/test-results/{} · personId");

    @BeforeAll
    void receive() {
        ScopeWrites.publishForWithdrawing(s, List.of(s.l.justice, s.l.finance));
        phone = s.l.signInPath(s.l.finance);
        String exam = "/api/exams/" + s.l.finance.exam;
        Http.Res codes = s.l.admin.post(exam + "/codes", Map.of());
        assertEquals(200, codes.status(), codes.body());
        Http.Res login = s.l.server.anonymous().post("/api/exam-login", Map.of("code", codes.json().get(0).get("code").asText()));
        assertEquals(200, login.status(), login.body());
        sitting = s.l.server.anonymous().withToken(login.json().get("token").asText());
        code = s.l.admin.created(exam + "/candidates", Map.of("name", "报送前考生", "orgId", s.l.finance.org.id())).get("code").asText();
        s.pages(ScopeCalls.ADMIN); // signed in now: a sign-in is audited, which would count as a write of the first form sent
        ObjectNode finance = (ObjectNode) s.current("/api/orgs/" + s.l.finance.org.id());
        finance.put("code", CODE);
        Http.Res coded = s.l.admin.put("/api/orgs/" + s.l.finance.org.id(), finance);
        assertEquals(200, coded.status(), coded.body());
        // The sender: 财政局 as the root of its own ledger, exporting a year in which the receiver holds none of its
        // records, so receiving maps the unit and replaces nothing: its records from before stay, read-only.
        try (TestServer sender = new TestServer()) {
            Http admin = sender.login(TestServer.ADMIN);
            Map<String, Object> root = ApiBodies.org("财政局", "DEPARTMENT", null);
            root.put("code", CODE);
            long rootId = admin.created("/api/orgs", root).get("id").asLong();
            s.l.admin.created("/api/package-keys", Map.of("name", "财政局", "publicKey",
                    admin.get("/api/package-key").json().get("publicKey").asText()));
            Http.Res r = s.l.send(s.l.admin.token(), "POST", "/api/packages", "application/zip",
                    admin.download("/api/packages/export?orgId=" + rootId + "&year=2019", "application/zip"));
            assertEquals(200, r.status(), r.body());
        }
    }

    @Test
    void everyWriteRouteIsSweptOrExemptWithItsReason() {
        Set<String> writes = writeRoutes();
        Set<String> swept = new TreeSet<>(named().keySet().stream().map(ReceivedWriteSweepTest::route).toList());
        swept.addAll(byId().keySet());
        swept.addAll(BY_TOKEN);
        Set<String> both = new TreeSet<>(swept);
        both.retainAll(EXEMPT.keySet());
        assertTrue(both.isEmpty(), "swept and exempt: " + both);
        Set<String> covered = new TreeSet<>(swept);
        covered.addAll(EXEMPT.keySet());
        Set<String> missing = new TreeSet<>(writes);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(writes);
        assertTrue(missing.isEmpty() && stale.isEmpty(), "write routes neither swept for a received unit nor exempt: "
                + missing + "\nrows whose route is gone: " + stale);
        EXEMPT.forEach((route, why) -> assertTrue(why.length() > 10, route + " needs its reason"));
    }

    @Test
    void writesNamingTheReceivedUnitAreRefusedWholeAndTheSameNamingAnotherUnitAccepted() {
        List<String> failed = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        for (Map.Entry<String, Call> row : named().entrySet()) {
            String before = s.fingerprint();
            Answer a = row.getValue().send(s, ScopeCalls.ADMIN, s.l.finance);
            if (REFUSED_BEFORE.containsKey(row.getKey())) {
                if (a.status() != 400) {
                    failed.add(row.getKey() + " naming the received unit's person → " + a.shortText());
                }
            } else {
                check(row.getKey() + " naming the received unit", a, failed, ScopeImports.all().containsKey(row.getKey()));
            }
            Optional.ofNullable(s.wroteSince(before, row.getKey())).ifPresent(failed::add);
            Answer own = row.getValue().send(s, ScopeCalls.ADMIN, s.l.justice);
            if (!own.accepted()) {
                controls.add(row.getKey() + " naming 司法局 → " + own.shortText());
            }
        }
        assertTrue(failed.isEmpty() && controls.isEmpty(), failed.size() + " writes naming the received unit were not refused:\n"
                + String.join("\n", failed) + "\n" + controls.size() + " of the same calls naming a unit not received were "
                + "not accepted, so the sweep proves nothing for them:\n" + String.join("\n", controls));
    }

    @Test
    void writesToTheReceivedUnitsRecordsByTheirIdsAreRefused() {
        List<String> failed = new ArrayList<>();
        String unaudited = unaudited();
        for (Map.Entry<String, String> route : byId().entrySet()) {
            String before = s.fingerprint();
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = route.getValue();
            Http.Res r = path.startsWith("/api/") ? ids.api(s.l.admin, method, path) : ids.page(s.pages(ScopeCalls.ADMIN), method, path);
            check(method + " " + path, new Answer(r.status(), r.body(), r.header("Location")), failed, false);
            Optional.ofNullable(s.wroteSince(before, method + " " + path)).ifPresent(failed::add);
            Optional.ofNullable(unauditedSince(unaudited, method + " " + path)).ifPresent(failed::add);
        }
        assertTrue(failed.isEmpty(), failed.size() + " writes to the received unit's records were not refused:\n"
                + String.join("\n", failed));
    }

    @Test
    void aCandidatesCodeAndSittingOfTheReceivedUnitsExamAreRefused() {
        long question = sitting.get("/api/exam/paper").json().get("questions").get(0).get("id").asLong();
        Map<String, Supplier<Http.Res>> calls = new LinkedHashMap<>();
        calls.put("POST /api/exam-login", () -> s.l.server.anonymous().post("/api/exam-login", Map.of("code", code)));
        calls.put("PUT /api/exam/answers/{}", () -> sitting.put("/api/exam/answers/" + question, Map.of("answer", "A")));
        calls.put("POST /api/exam/submit", () -> sitting.post("/api/exam/submit", Map.of()));
        assertEquals(BY_TOKEN, List.copyOf(calls.keySet()));
        List<String> failed = new ArrayList<>();
        String unaudited = unaudited();
        for (Map.Entry<String, Supplier<Http.Res>> call : calls.entrySet()) {
            String before = s.fingerprint();
            Http.Res r = call.getValue().get();
            check(call.getKey(), new Answer(r.status(), r.body(), r.header("Location")), failed, false);
            Optional.ofNullable(s.wroteSince(before, call.getKey())).ifPresent(failed::add);
            Optional.ofNullable(unauditedSince(unaudited, call.getKey())).ifPresent(failed::add);
        }
        assertTrue(failed.isEmpty(), failed.size() + " writes by a candidate of the received unit's exam were not refused:\n"
                + String.join("\n", failed));
        assertEquals("", sitting.get("/api/exam/paper").json().get("questions").get(0).path("answer").asText(""),
                "the answer was not saved");
    }

    /**
     * The GET pages with an id that are no page of the received unit's records, each with why it needs no notice: the
     * rest of {@link ScopeSweepRoutes}' GET pages, and {@link #LISTS} filtered to the unit, must say where the unit's
     * data came from and offer nothing to change it with.
     */
    static final Map<String, String> NOT_RECORD_PAGES = new LinkedHashMap<>();

    static {
        NOT_RECORD_PAGES.putAll(ScopeExempt.names("the admin's own tables or the county's bank and systems: no unit's record",
                "GET /users/{}/edit", "GET /study-sessions/rules/{}/edit", "GET /questions/{}/edit", "GET /assessment/systems/{}",
                "GET /assessment/systems/{}/edit", "GET /assessment/systems/{}/indicator", "GET /assessment/rounds/{}",
                "GET /assessment/rounds/{}/results", "GET /assessment/rounds/{}/matrix"));
        NOT_RECORD_PAGES.putAll(ScopeExempt.names("the phone page, the projector view, the printed paper and the A4 反馈报告: "
                + "shown to a room or printed, with no change controls on them", "GET /s/{}",
                "GET /study-sessions/{}/sign-in/projector", "GET /tests/{}/exam/paper",
                "GET /assessment/rounds/{}/units/{}/feedback"));
        NOT_RECORD_PAGES.put("GET /static/{}", "the scripts and styles: no page");
    }

    /** The lists, filtered to the received unit and its year. */
    static final List<String> LISTS = List.of("/orgs", "/people", "/study-sessions", "/tests", "/duties", "/duties/items",
            "/duties/law-reports", "/rectifications", "/court-cases", "/reconsiderations", "/reports/annual");

    @Test
    void theReceivedUnitsPagesSayWhereItsDataCameFromAndOfferNoChange() {
        Map<String, String> pages = new LinkedHashMap<>();
        ScopeSweepRoutes.of(s.l, s.l.finance, 0).forEach((route, path) -> {
            if (route.startsWith("GET /") && !route.startsWith("GET /api/") && !NOT_RECORD_PAGES.containsKey(route)) {
                pages.put(route, path);
            }
        });
        for (String list : LISTS) {
            pages.put("GET " + list, list + "?orgId=" + s.l.finance.org.id() + "&year=2024");
        }
        Set<String> stale = new TreeSet<>(NOT_RECORD_PAGES.keySet());
        stale.removeAll(ScopeSweepRoutes.of(s.l, s.l.finance, 0).keySet());
        assertTrue(stale.isEmpty(), "rows whose route is gone: " + stale);
        Http as = s.pages(ScopeCalls.ADMIN);
        List<String> failed = new ArrayList<>();
        pages.forEach((route, path) -> {
            Http.Res r = as.get(path);
            if (r.status() != 200) {
                failed.add(route + " " + path + " → " + r.status());
                return;
            }
            if (!(r.body().contains("报送(包 ") && r.body().contains("),只读"))) {
                failed.add(route + " " + path + ": no notice of where the data came from");
            }
            List<String> controls = changeControls(r.body());
            if (!controls.isEmpty()) {
                failed.add(route + " " + path + " offers " + controls);
            }
        });
        assertTrue(failed.isEmpty(), failed.size() + " pages of the received unit's records:\n" + String.join("\n", failed));
    }

    /**
     * An organiser scoped to the received unit sees only its records: the lists say where they came from without a
     * filter, and offer no 新增 or 登记 that could only be refused.
     */
    @Test
    void anAccountScopedToTheReceivedUnitIsOfferedNoChangeOnItsLists() {
        s.l.server.createUser("received-organiser", Role.ORGANISER, s.l.finance.org.id());
        Http as = Forms.signedIn(s.l.server, "received-organiser");
        List<String> failed = new ArrayList<>();
        for (String list : List.of("/orgs", "/people", "/study-sessions", "/tests", "/duties", "/duties/items",
                "/duties/law-reports", "/rectifications", "/court-cases", "/reconsiderations")) {
            Http.Res r = as.get(list + "?year=2024");
            if (r.status() != 200 || !r.body().contains("),只读")) {
                failed.add(list + " → " + r.status() + (r.status() == 200 ? ": no notice" : ""));
            } else if (!changeControls(r.body()).isEmpty()) {
                failed.add(list + " offers " + changeControls(r.body()));
            }
        }
        assertTrue(failed.isEmpty(), String.join("\n", failed));
    }

    /**
     * A new record's form offers no received unit to save it for, and a form sent for one anyway (the search field of a
     * large scope finds every unit) comes back as typed, refused at its unit field, still 403.
     */
    @Test
    void newRecordsFormsOfferNoReceivedUnitAndARefusedOneComesBackAsTyped() {
        Http as = s.pages(ScopeCalls.ADMIN);
        String finance = "<option value=\"" + s.l.finance.org.id() + "\"";
        String justice = "<option value=\"" + s.l.justice.org.id() + "\"";
        for (String form : List.of("/people/new", "/study-sessions/new", "/tests/new", "/rectifications/new", "/court-cases/new",
                "/reconsiderations/new", "/orgs/new")) {
            String html = as.get(form).body();
            assertTrue(html.contains(justice), form + " offers 司法局");
            assertFalse(html.contains(finance), form + " offers the received unit");
        }
        String lawReport = as.get("/duties/law-reports/new").body();
        assertTrue(lawReport.contains("value=\"" + s.l.justice.head.id() + "\""), "司法局's head is offered");
        assertFalse(lawReport.contains("value=\"" + s.l.finance.head.id() + "\""), "the received unit's head is not");

        Map<String, String> typed = new LinkedHashMap<>(Map.of("caseNo", "(2024)报送单位1号", "applicant", "报送单位的申请人",
                "applicantType", "CITIZEN", "respondentOrgId", String.valueOf(s.l.finance.org.id()), "category", "PENALTY",
                "receivedOn", "2024-05-06", "procedure", "NORMAL"));
        Answer refused = s.form(ScopeCalls.ADMIN, "/reconsiderations", typed);
        assertEquals(403, refused.status(), refused.shortText());
        assertTrue(refused.text().contains("value=\"报送单位的申请人\"") && refused.text().contains("value=\"(2024)报送单位1号\""),
                "what was typed comes back");
        assertTrue(refused.text().contains("<span class=\"field-error\">" + Scope.RECEIVED + "</span>"), "refused at the unit field");
        Map<String, String> session = new LinkedHashMap<>(Map.of("orgId", String.valueOf(s.l.finance.org.id()), "date", "2024-06-03",
                "kind", "COLLECTIVE", "topic", "报送单位的学法", "laws", "宪法", "lecturer", "某", "minutes", "45",
                "expected", "10", "attended", "9"));
        Answer refusedSession = s.form(ScopeCalls.ADMIN, "/study-sessions", session);
        assertEquals(403, refusedSession.status(), refusedSession.shortText());
        assertTrue(refusedSession.text().contains("报送单位的学法") && refusedSession.text().contains(Scope.RECEIVED),
                refusedSession.shortText());
    }

    /**
     * What on a page would change a record: a posted form, a link to an edit, new or import page, 保存. Not counted:
     * 退出; a ledger's 批量导入 tab (the whole ledger's import, not the unit's); the admin's 补考设置 of the test
     * batches (the whole ledger's setting); and a court case's link to its 行政复议 case, whose form is its only page
     * (swept here itself: read-only for a received unit).
     */
    static List<String> changeControls(String html) {
        String body = html.replaceAll("(?s)<form method=\"post\" action=\"/(logout|tests/settings)\".*?</form>", "")
                .replaceAll("<a href=\"/[a-z-]+/import\"[^>]*>批量导入</a>", "")
                .replaceAll("<a href=\"/reconsiderations/[0-9]+/edit\">", "");
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<form[^>]*method=\"post\"[^>]*>|href=\"[^\"]*/(edit|new|import)"
                + "(\\?[^\"]*)?\"|>保存[^<]{0,8}<|data-confirm=").matcher(body);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * What the audit log and the fingerprint's lists do not see: the received unit's exam sittings (a candidate's
     * login, answers and submit are not audited) and its session's phone sign-ins.
     */
    private String unaudited() {
        return s.l.admin.get("/api/exams/" + s.l.finance.exam + "/candidates").body() + " sign-ins="
                + s.l.admin.get("/api/study-sessions/" + s.l.finance.session + "/sign-in").json().get("signIns");
    }

    private String unauditedSince(String before, String what) {
        String after = unaudited();
        return before.equals(after) ? null : what + " changed a sitting or a sign-in although refused:\n  before " + before
                + "\n  after  " + after;
    }

    /**
     * A refusal by the received-unit rule: 403 and its message (an import may list it as its row's error, 400, as
     * the imports list every wrong cell, naming the unit), no typed text unescaped on a page.
     */
    private static void check(String what, Answer a, List<String> failed, boolean anImport) {
        // An import may name the unit in its row's error (Scope.received), since a file may name several units.
        boolean said = a.text().contains(Scope.RECEIVED) || anImport && a.text().contains(")的数据由报送包接收,在此只读");
        if (!(a.status() == 403 || anImport && a.status() == 400) || !said) {
            failed.add(what + " → " + a.shortText());
        } else if (a.text().startsWith("<!DOCTYPE") && (a.text().contains(Ledger.SCRIPT) || a.text().contains("<img src=x"))) {
            failed.add(what + " → the refusal shows typed text unescaped");
        }
    }

    /** The calls naming a unit: the creates, updates and report steps, and the imports. */
    private static Map<String, Call> named() {
        Map<String, Call> rows = new LinkedHashMap<>(ScopeWrites.all());
        rows.putAll(ScopeImports.all());
        return rows;
    }

    /** The write routes with an id, on the received unit's records, less the exempt. */
    private Map<String, String> byId() {
        Map<String, String> m = new LinkedHashMap<>();
        ScopeSweepRoutes.of(s.l, s.l.finance, 0).forEach((route, path) -> {
            if (!route.startsWith("GET ") && !EXEMPT.containsKey(route) && !BY_TOKEN.contains(route)) {
                m.put(route, route.equals("POST /s/{}") ? phone : path);
            }
        });
        return m;
    }

    private static String route(String key) {
        String k = key.replace(ScopeImports.BY_NAME, "");
        return k.contains(" · ") ? k.substring(0, k.indexOf(" · ")) : k;
    }

    private static Set<String> writeRoutes() {
        Set<String> out = new TreeSet<>();
        for (String r : Routes.all()) {
            if (!r.startsWith("GET ")) {
                out.add(r);
            }
        }
        return out;
    }
}
