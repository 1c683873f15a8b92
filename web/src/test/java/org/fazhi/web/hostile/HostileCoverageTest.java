package org.fazhi.web.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.web.support.Routes;
import org.junit.jupiter.api.Test;

/**
 * The hostile properties cover every POST and PUT of the JSON API: the table of {@link Ledger#endpoints()}
 * and the imports of {@link HostileImportProperties}, plus the few below that take something other
 * than a JSON body or a spreadsheet, each tested where it is named. A new write endpoint fails here
 * until it has a row.
 */
class HostileCoverageTest {
    /** Writes outside the properties, and the tests that feed them bad input instead. */
    private static final String EXAM = "ExamHostileTest: broken JSON, wrong types, arrays, missing and unknown values "
            + "(online exams; the bank is filled by SQL there)";
    private static final String EXAM_CANDIDATE = "ExamHostileTest: a candidate token's bodies (codes, answers) broken or wrong";
    private static final Map<String, String> ELSEWHERE = Map.ofEntries(
            Map.entry("POST /api/login", "HostileLoginProperties (failed sign-ins are audited, so the audit log is no measure)"),
            Map.entry("POST /api/logout", "ApiTest.Auth: no body"),
            Map.entry("PUT /api/me/password", "OwnPasswordTest: no body, broken JSON, wrong types, missing fields (the "
                    + "properties' accepted tries would change the admin's password under the other tries)"),
            Map.entry("POST /api/study-sessions/{}/attachments", "AttachmentTest: raw file bodies, lying types, size limit"),
            Map.entry("POST /api/laws/import", "TrainingApiTest: a CSV of titles (broken quoting, wrong role)"),
            Map.entry("POST /api/indicator-systems/sample", "IndicatorSystemApiTest: no body (the shipped sample; writers only)"),
            Map.entry("POST /api/package-keys", "PackageApiTest: missing fields, keys that are not Ed25519 PEM, broken JSON, a key twice"),
            Map.entry("POST /api/packages", "PackageApiTest: package files tampered with, cut short, empty, not a zip, untrusted, JSON"),
            Map.entry("POST /api/test-batches/{}/exam", EXAM),
            Map.entry("POST /api/exams/{}/candidates", EXAM),
            Map.entry("POST /api/exams/{}/codes", EXAM),
            Map.entry("POST /api/exams/{}/close", "ExamHostileTest: no body; a closed exam refuses it (409) and writes nothing"),
            Map.entry("PUT /api/exams/{}/candidates/{}/marks/{}", EXAM),
            Map.entry("POST /api/exam-login", EXAM_CANDIDATE),
            Map.entry("PUT /api/exam/answers/{}", EXAM_CANDIDATE),
            Map.entry("POST /api/exam/submit", "ExamApiTest: no body; a candidate token only"));

    @Test
    void everyJsonWriteOfTheApiIsFedHostileBodies() {
        Set<String> covered = new TreeSet<>(ELSEWHERE.keySet());
        try (Ledger ledger = new Ledger()) {
            for (Endpoint e : ledger.endpoints()) {
                covered.add(e.method() + " " + pattern(e.path()));
            }
            for (ImportFile f : HostileImportProperties.files(ledger)) {
                covered.add("POST " + pattern(f.path()));
            }
        }
        Set<String> writes = new TreeSet<>();
        for (String r : Routes.all()) {
            if ((r.startsWith("POST /api") || r.startsWith("PUT /api"))) {
                writes.add(r);
            }
        }
        assertEquals(writes, covered, "a JSON write endpoint without hostile tries (or a stale row)");
    }

    private static String pattern(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return p.replaceAll("/[0-9]+(?=/|$)", "/{}");
    }
}
