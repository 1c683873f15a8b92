package org.fazhi.web.security;

import static org.fazhi.web.support.SampleFiles.PNG;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.web.onlineexam.ExamBank;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * A county with two sibling departments; the county and each department hold one record of every kind
 * (the county's own records are its, not its departments'), every user-typed text field filled with
 * both attack strings; accounts scoped to the first department (justice).
 */
final class Ledger implements AutoCloseable {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTR = "\"><img src=x onerror=alert(1)>";
    static final String TEXT = "甲" + SCRIPT + ATTR;
    static final int YEAR = 2024;
    /** What the sibling department's name starts with. */
    static final String SIBLING_MARK = "财政";
    /** What the parent county's name starts with. */
    static final String COUNTY_MARK = "清风";

    final TestServer server = new TestServer();
    final Http admin = server.login(TestServer.ADMIN);
    /** The parent county: its name is its mark, which no page or answer for a justice account may show. */
    final Org county = org(COUNTY_MARK + "县" + TEXT, OrgKind.COUNTY_GOV, null);
    final Unit justice = new Unit(org("司法" + TEXT, OrgKind.DEPARTMENT, county));
    final Unit finance = new Unit(org(SIBLING_MARK + TEXT, OrgKind.DEPARTMENT, county));
    /** The county's own records (not its departments'). */
    final Unit parent = new Unit(county);
    /** The assessment round over justice and finance, with a note on each desk. */
    final AssessmentDesks desks = new AssessmentDesks(this);
    final Http organiser;
    final Http viewer;
    final long organiserId;
    /** Set by {@link #seedAdminText()}: the quota rule whose label it changed, the year its catalogue version starts. */
    long quotaRule;
    int catalogYear;
    /** The shipped sample indicator system (the whole ledger's) and a round of the county over 财政 only. */
    final long assessmentSystem;
    final long siblingRound;
    /** Set by {@link #seedAdminText()}: a system and a round over 司法局, their titles the attack strings. */
    long hostileSystem;
    long justiceRound;
    /** A question of the county's bank (no unit's record), its stem, options, law and analysis the attack strings. */
    final long question;

    /** One record of every kind in one unit, ids only. */
    final class Unit {
        final Org org;
        final Person head;
        final long session;
        final long attachment;
        final long batch;
        final long result;
        final long duty;
        final long evidence;
        final long lawReport;
        final long rectification;
        final long courtCase;
        final long hearing;
        final long reconsideration;
        /** The batch's online exam, a candidate of it (named with the attack string) and its case question. */
        final long exam;
        final long examCandidate;
        final long examCase;

        Unit(Org org) {
            this.org = org;
            // Every record's text starts with the unit's mark (its name's first two characters), so a
            // record that leaks to another unit's account shows whose it is even where no unit name is.
            String mark = org.name().substring(0, 2);
            String text = mark + TEXT;
            String script = mark + SCRIPT;
            head = server.services().people().create(Actor.SYSTEM, Person.draft(org.id(), mark + "局" + SCRIPT, text,
                    LeaderCategory.PRINCIPAL));
            session = id(admin.post("/api/study-sessions", new HashMap<>(Map.of("orgId", org.id(), "date", "2024-03-15",
                    "kind", "COLLECTIVE", "topic", text, "laws", List.of("宪法"), "lecturer", script, "minutes", 45,
                    "expected", 20, "attended", 18, "note", text))));
            attachment = id(bytes("POST", "/api/study-sessions/" + session + "/attachments?kind=SIGN_IN&name="
                    + URLEncoder.encode(mark + "签到表.png", StandardCharsets.UTF_8), "image/png", PNG));
            batch = id(admin.post("/api/test-batches", Map.of("orgId", org.id(), "date", "2024-05-10", "track", "NON_NPC",
                    "paper", "A卷", "title", text)));
            Http.Res results = admin.post("/api/test-batches/" + batch + "/results", Map.of("name", script, "orgId", org.id(),
                    "currentPost", text, "proposedPost", text, "score", 80));
            result = created(results).get("id").asLong();
            // The bank is the county's, not the unit's: its stems carry the attack string but no unit's marker.
            ExamBank.fill(server, SCRIPT + org.id());
            exam = id(admin.post("/api/test-batches/" + batch + "/exam", ExamBank.setup()));
            examCandidate = id(admin.post("/api/exams/" + exam + "/candidates", Map.of("name", script, "orgId", org.id(),
                    "currentPost", text, "proposedPost", text)));
            long caseId = 0;
            for (JsonNode q : admin.get("/api/exams/" + exam + "/papers/A").json()) {
                if (q.get("type").asText().equals("CASE")) {
                    caseId = q.get("id").asLong();
                }
            }
            examCase = caseId;
            lawReport = id(admin.post("/api/law-reports", Map.of("personId", head.id(), "year", YEAR, "way", "MEETING",
                    "reportedOn", "2024-12-20", "note", text)));
            rectification = id(admin.post("/api/rectifications", Map.of("orgId", org.id(), "problem", text, "source", text,
                    "foundOn", "2024-03-01", "deadline", "2024-09-30", "responsible", text, "measures", text)));
            courtCase = id(admin.post("/api/court-cases", Map.of("caseNo", "(2024)皖行初" + org.id() + "号",
                    "court", text, "instance", "FIRST", "defendantOrgId", org.id(), "cause", text, "filedOn", "2024-02-01",
                    "coDefendants", text)));
            hearing = id(admin.post("/api/court-cases/" + courtCase + "/hearings", Map.of("date", "2024-03-15",
                    "headAppeared", false, "absenceReason", "OTHER_JUSTIFIED", "entrustedStaff", text, "notified", "2024-03-01")));
            Map<String, Object> c = new HashMap<>(Map.of("caseNo", mark + "复〔2024〕" + org.id() + "号" + ATTR, "applicant", text,
                    "applicantType", "CITIZEN", "respondentOrgId", org.id(), "category", "PENALTY", "receivedOn", "2024-03-01",
                    "acceptedOn", "2024-03-03", "decidedOn", "2024-04-20", "decision", "REVOKED", "note", text));
            c.put("courtCaseId", courtCase);
            reconsideration = id(admin.post("/api/reconsiderations", c));
            created(admin.post("/api/duty-plans", Map.of("year", YEAR, "orgId", org.id())));
            long[] d = dutyWithEvidence(this);
            duty = d[0];
            evidence = d[1];
        }
    }

    /**
     * Opens QR sign-in for the unit's session (again, if it was open: a new address) and answers the phone
     * page's path, /s/{token}.
     */
    String signInPath(Unit u) {
        Http.Res r = admin.post("/api/study-sessions/" + u.session + "/sign-in", Map.of("minutes", 30));
        if (r.status() != 201) {
            throw new AssertionError("sign-in not opened: " + r.status() + " " + r.body());
        }
        return r.json().get("path").asText();
    }

    Ledger() {
        organiserId = server.createUser("justice-organiser", Role.ORGANISER, justice.org.id()).id();
        server.createUser("justice-viewer", Role.VIEWER, justice.org.id());
        organiser = server.login("justice-organiser");
        viewer = server.login("justice-viewer");
        assessmentSystem = created(admin.post("/api/indicator-systems/sample", Map.of())).get("id").asLong();
        siblingRound = created(admin.post("/api/assessment-rounds", assessmentRound(county.id(), finance.org.id(), null)))
                .get("id").asLong();
        question = created(admin.post("/api/questions", Map.of("type", "SINGLE", "stem", "题库" + TEXT, "options",
                List.of("选项" + TEXT, "乙"), "answer", "A", "points", 2, "laws", List.of("法" + TEXT), "analysis", TEXT)))
                .get("id").asLong();
    }

    /** A round opened on the sample by {@code orgId} over {@code unitId}, its deadlines after the server's today. */
    Map<String, Object> assessmentRound(long orgId, long unitId, String title) {
        java.time.LocalDate today = java.time.LocalDate.now(server.clock());
        Map<String, Object> m = new HashMap<>(Map.of("year", today.getYear(), "systemId", assessmentSystem, "orgId", orgId,
                "unitIds", List.of(unitId), "selfDeadline", today.plusDays(30).toString(),
                "reviewDeadline", today.plusDays(60).toString(), "passScore", 60, "target", 50));
        if (title != null) {
            m.put("title", title);
        }
        return m;
    }

    /**
     * The text only admins type, with the attack strings too: a quota rule's label, a law in the law
     * catalogue, a duty catalogue version (label and an entry), justice's annual report narrative, and a
     * file in the backup folder whose name carries the attribute-breaking string.
     */
    void seedAdminText() {
        quotaRule = admin.get("/api/quota-rules").json().get(0).get("id").asLong();
        created(admin.put("/api/quota-rules/" + quotaRule, new HashMap<>(Map.of("label", TEXT, "kinds", List.of("COLLECTIVE"),
                "orgKind", "DEPARTMENT", "minimum", 2, "period", "YEAR", "active", true))));
        created(send(admin.token(), "POST", "/api/laws/import?mode=extend", "text/csv",
                ("\"" + TEXT.replace("\"", "\"\"") + "\"\r\n").getBytes(StandardCharsets.UTF_8)));
        catalogYear = 2099;
        List<Map<String, Object>> entries = new java.util.ArrayList<>();
        for (JsonNode e : admin.get("/api/duty-catalog").json()) {
            Map<String, Object> entry = new HashMap<>();
            for (String f : List.of("code", "title", "frequency", "appliesTo", "legalBasis", "dueDay")) {
                entry.put(f, e.get(f).isArray() || e.get(f).isNull() ? e.get(f) : e.get(f).asText());
            }
            if (entries.isEmpty()) {
                entry.put("title", TEXT);
                entry.put("legalBasis", TEXT);
            }
            entries.add(entry);
        }
        created(admin.post("/api/duty-catalog/versions", Map.of("label", TEXT, "fromYear", catalogYear, "entries", entries)));
        hostileSystem = created(admin.post("/api/indicator-systems", Map.of("title", TEXT, "fromYear", 2024, "indicators",
                List.of(Map.of("code", "1", "title", TEXT, "standard", TEXT, "points", 10))))).get("id").asLong();
        justiceRound = created(admin.post("/api/assessment-rounds", assessmentRound(county.id(), justice.org.id(), TEXT)))
                .get("id").asLong();
        created(admin.put("/api/reports/annual/sections?year=" + YEAR + "&orgId=" + justice.org.id(),
                Map.of("version", 0, "sections", List.of(Map.of("key", "measures", "narrative", TEXT)))));
        try {
            java.nio.file.Path backups = server.dataDir().resolve("backups");
            java.nio.file.Files.createDirectories(backups);
            java.nio.file.Files.write(backups.resolve(EscapingRows.HOSTILE_FILE_NAME), new byte[] {1});
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The 2024 duty item of the unit's head, with a note and a NOTE evidence carrying the attack strings. */
    long[] dutyWithEvidence(Unit u) {
        JsonNode items = admin.get("/api/duties?year=" + YEAR + "&personId=" + u.head.id()).json();
        JsonNode item = items.get(0);
        long id = item.get("id").asLong();
        String mark = u.org.name().substring(0, 2);
        Http.Res put = admin.put("/api/duties/" + id, Map.of("status", item.get("status").asText(), "note", mark + TEXT,
                "version", item.get("version").asInt()));
        created(put);
        long ev = id(admin.post("/api/duties/" + id + "/evidence", Map.of("kind", "NOTE", "title", mark + SCRIPT,
                "text", mark + TEXT, "effectiveDate", "2024-05-01")));
        return new long[] {id, ev};
    }

    private Org justiceOffice;

    /**
     * A unit below {@code t} for a round it opens: for 司法局 its office, made on first use (after a sweep's
     * refused calls, so it is never what they wrote); for the others 司法局, which a refused call never reaches.
     */
    Org unitBelow(Unit t) {
        if (t != justice) {
            return justice.org;
        }
        if (justiceOffice == null) {
            justiceOffice = org("司法所", OrgKind.UNIT, justice.org);
        }
        return justiceOffice;
    }

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    private static JsonNode created(Http.Res r) {
        if (r.status() != 201 && r.status() != 200) {
            throw new AssertionError(r.raw().uri() + " → " + r.status() + " " + r.body());
        }
        JsonNode j = r.json();
        return j.isArray() ? j.get(0) : j;
    }

    private static long id(Http.Res r) {
        return created(r).get("id").asLong();
    }

    /** Raw bytes with the admin's token (uploads). */
    Http.Res bytes(String method, String path, String type, byte[] body) {
        return send(admin.token(), method, path, type, body);
    }

    Http.Res send(String token, String method, String path, String type, byte[] body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Authorization", "Bearer " + token);
            b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                    : b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Res(r.statusCode(), r.body(), r);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** How many changes the audit log holds: every change is audited in its own transaction, so equal counts mean nothing was written. */
    int auditCount() {
        return Integer.parseInt(admin.get("/api/audit?limit=1").header("X-Total-Count"));
    }

    @Override
    public void close() {
        server.close();
    }
}
