package org.fazhi.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;
import org.fazhi.web.support.SampleFiles;

/**
 * The calls of the routes that take an id ({@link ScopeSweepRoutes}), by an account's API token or page session,
 * each write with the body the admin would send (an upload its file, a form its fields and own CSRF token), so a
 * refusal is a rule's: {@link ScopeSweepTest} (scoped accounts, another unit's records) and
 * {@link ReceivedWriteSweepTest} (the admin, a received unit's records).
 */
final class ScopeIdCalls {
    /** A results file the admin's import would accept: one of the organiser's own candidates. */
    private static final byte[] RESULTS_CSV = ("姓名,单位,现任职务,拟任职务,成绩,是否缺考\r\n越权,\""
            + ("司法" + Ledger.TEXT).replace("\"", "\"\"") + "\",科员,科长,90,否\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private final Ledger l;

    ScopeIdCalls(Ledger l) {
        this.l = l;
    }

    /** A write through the JSON API with the body the admin would send; reads and deletes without one. */
    Http.Res api(Http as, String method, String path) {
        return switch (method) {
            case "GET" -> as.get(path);
            case "DELETE" -> as.delete(path);
            case "PUT" -> as.put(path, path.endsWith("/typical") ? Map.of("typical", true) : current(path));
            default -> path.endsWith("/attachments")
                    ? l.send(as.token(), "POST", path + "?kind=SIGN_IN&name=a.png", "image/png", SampleFiles.PNG)
                    : path.endsWith("/import") ? l.send(as.token(), "POST", path, "text/csv", RESULTS_CSV)
                    : as.post(path, postBody(path));
        };
    }

    /** A form post with the user's own valid CSRF token and the fields the page's form would send. */
    Http.Res page(Http as, String method, String path) {
        if (method.equals("GET")) {
            return as.get(path);
        }
        String csrf = Forms.csrf(as.get("/").body());
        if (path.endsWith("/attachments") || path.endsWith("/evidence") || path.endsWith("/import")) {
            return multipart(as, path + "?_csrf=" + csrf, path.endsWith("/import") ? "results.csv" : "a.png",
                    path.endsWith("/import") ? RESULTS_CSV : SampleFiles.PNG);
        }
        Map<String, String> fields = formFields(path);
        fields.put("_csrf", csrf);
        return as.form(path, fields);
    }

    /**
     * The fields of every record's form at once (each form reads its own and ignores the rest), valid as the admin
     * would type them and naming 司法局, so a refusal is the one of the record in the address: its unit's scope, or
     * its unit received by 报送.
     */
    private Map<String, String> formFields(String path) {
        long justice = l.justice.org.id();
        Map<String, String> f = new LinkedHashMap<>(ScopeWrites.fields("version", "0", "name", "越权修改", "orgId", justice,
                "parentId", l.county.id(), "kind", path.startsWith("/orgs/") ? "DEPARTMENT" : "COLLECTIVE",
                "position", "科员", "category", path.startsWith("/people/") ? "STAFF" : "PENALTY",
                "topic", "越权修改", "date", "2024-04-01", "laws", "宪法", "lecturer", "某", "minutes", "30", "expected", "10",
                "attended", "9", "track", "NON_NPC", "paper", "B卷", "mode", "WRITTEN", "fullMark", "100", "passMark", "60",
                "currentPost", "科员", "proposedPost", "科长", "score", "5", "status", "IN_PROGRESS", "note", "越权"));
        f.putAll(ScopeWrites.fields("personId", l.justice.head.id(), "year", "2020", "way", "MEETING", "reportedOn", "2020-12-20",
                "problem", "越权修改", "source", "督察", "foundOn", "2024-03-01", "deadline", "2024-09-30", "responsible", "某",
                "measures", "越权", "caseNo", "(2024)越权修改" + path.hashCode() + "号", "court", "清河县人民法院", "instance", "FIRST",
                "defendantOrgId", justice, "cause", "行政处罚", "filedOn", "2024-02-01", "headAppeared", "false",
                "absenceReason", "OTHER_JUSTIFIED", "entrustedStaff", "某", "applicant", "越权申请人", "applicantType", "CITIZEN",
                "respondentOrgId", justice, "receivedOn", "2024-05-06", "procedure", "NORMAL"));
        f.putAll(ScopeWrites.fields("comment", "越权", "text", "越权", "title", "越权", "url", "https://example.org/",
                "effectiveDate", "2024-05-01", "codes", AssessmentDesks.CODE, "reason", "越权", "typical", "true",
                "singleCount", "1", "singlePoints", "100", "points", "1"));
        if (path.startsWith("/s/")) {
            // The phone sign-in: a 列席 guest (a person of the unit would be chosen from its list instead).
            f.remove("personId");
            f.put("guestName", "越权列席");
        }
        // The marking form names its question and candidate in the body: the exam's own, of the batch in the address.
        for (Ledger.Unit u : java.util.List.of(l.justice, l.finance, l.parent)) {
            if (path.startsWith("/tests/" + u.batch + "/exam/marking")) {
                f.put("question", String.valueOf(u.examCase));
                f.put("candidateId", String.valueOf(u.examCandidate));
            }
        }
        return f;
    }

    /** An upload form as a browser sends it: the file with the fields its page asks for. */
    private Http.Res multipart(Http as, String path, String fileName, byte[] file) {
        String boundary = "----scope" + System.nanoTime();
        Map<String, String> fields = Map.of("kind", "SIGN_IN", "title", "越权", "effectiveDate", "2024-05-01");
        return as.multipart(path, boundary, RawClient.multipart(boundary, fields, fileName, "application/octet-stream", file));
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
        if (path.endsWith("/exam")) {
            return org.fazhi.web.onlineexam.ExamBank.setup();
        }
        if (path.endsWith("/candidates")) {
            return Map.of("name", "越权考生", "orgId", l.justice.org.id());
        }
        if (path.endsWith("/review")) {
            return Map.of("code", AssessmentDesks.CODE, "score", 5);
        }
        if (path.endsWith("/return")) {
            return Map.of("codes", List.of(AssessmentDesks.CODE), "comment", "越权");
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
