package org.fazhi.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.training.study.StudySessionService;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The law-training pages over plain HTTP with cookies, as a browser sends them, for the classes that test
 * them by feature (SessionPagesTest, ComplianceBoardPagesTest, ExamPagesTest, TrainingAccessPagesTest,
 * TrainingNavigationPagesTest): one server per class on a pinned clock, and the helpers they share. Each test
 * makes the units and records it needs, so tests do not depend on order. The server's clock stands on
 * {@link #TODAY}; a test that moves it puts it back.
 */
abstract class TrainingPagesCase {
    static final AtomicInteger SEQ = new AtomicInteger();
    /** The server's today: in the first quarter, so this year's quotas are not yet due on pace. */
    static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    static final int THIS_YEAR = 2025;
    /** Last year: judged on its total. */
    static final int PAST = 2024;
    static final TestClock CLOCK = TestClock.on(TODAY);
    static TestServer server;
    static LawTraining training;
    static Org county;

    @BeforeAll
    static void start() {
        server = new TestServer(CLOCK);
        training = server.server().training();
        county = org("学法测试县人民政府", OrgKind.COUNTY_GOV, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static int n() {
        return SEQ.incrementAndGet();
    }

    static Org org(String name, OrgKind kind, Long parentId) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parentId));
    }

    static Person person(Org org, String name, LeaderCategory category) {
        return server.person(org, name, "职务", category);
    }

    static StudySession session(Org org, LocalDate date, StudyKind kind, String topic, List<String> laws,
                                int expected, int attended) {
        return training.sessions().create(Actor.SYSTEM, new StudySession(null, org.id(), date, kind, topic, laws, "主讲人",
                null, 60, expected, attended, null, 0), null).session();
    }

    static ExamBatch batch(Org org, LocalDate date) {
        return training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null, org.id(), date, Track.NON_NPC, "A", 100, 60,
                ExamMode.WRITTEN, null, 0));
    }

    static ExamResult result(String name, Org org, Double score, Long retakeOf) {
        return new ExamResult(null, 0, name, null, org.id(), "科员", "副科长", score, score == null, retakeOf, null);
    }

    static StudySessionService.Recorded only(Org org, String topic) {
        List<StudySession> found = training.sessions().list(Actor.SYSTEM, new SessionFilter(org.id(), null, null, topic), Page.FIRST).items();
        assertEquals(1, found.size(), "one session " + topic);
        return training.sessions().get(Actor.SYSTEM, found.get(0).id());
    }

    static String id(Org o) {
        return String.valueOf(o.id());
    }

    static String id(Person p) {
        return String.valueOf(p.id());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Posts a form whose fields may repeat (ticked check boxes), as a browser sends it. */
    static Http.Res post(Http http, String path, List<String> kv) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < kv.size(); i += 2) {
            pairs.add(enc(kv.get(i)) + "=" + enc(kv.get(i + 1)));
        }
        return http.raw("POST", path, "application/x-www-form-urlencoded", String.join("&", pairs));
    }

    /** The page with mustache's attribute escapes of '=' undone, so links read as typed. */
    static String text(String html) {
        return html.replace("&#61;", "=").replace("&amp;", "&");
    }

    static String rowOf(String page, String marker) {
        int at = page.indexOf(marker);
        assertTrue(at >= 0, "no " + marker + " on the page:\n" + page);
        int start = page.lastIndexOf("<tr", at);
        int end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }

    /** A unit's rows on the board: from its name to the next unit's first row. */
    static String unitRow(String page, String unitName) {
        int at = page.indexOf(">" + unitName + "</a>");
        assertTrue(at >= 0, "no " + unitName + " on the board:\n" + page);
        int start = page.lastIndexOf("<tr", at);
        int next = page.indexOf("<tr class=\"unit-first", at);
        int end = next < 0 ? page.indexOf("</tbody>", at) : next;
        return page.substring(start, end);
    }

    static List<String> cells(String row) {
        Matcher m = Pattern.compile("<td class=\"num q [^\"]*\"[^>]*>(\\d+)").matcher(row);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The field error shown right after the named input, select or textarea. */
    static String errorAfter(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*aria-invalid=\"true\"[^>]*>(?:[^<]*</(?:textarea|select)>|(?:\\s*<option[^>]*>[^<]*</option>)*\\s*</select>)?"
                + "\\s*(?:<small[^>]*>[^<]*</small>\\s*)?<span class=\"field-error\">([^<]*)</span>").matcher(html);
        assertTrue(m.find(), "no error beside " + name + ":\n" + html);
        return m.group(1);
    }

    static String errorAfterFieldset(String html) {
        Matcher m = Pattern.compile("<fieldset aria-invalid=\"true\">.*?<span class=\"field-error\">([^<]*)</span>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "no error in the fieldset:\n" + html);
        return m.group(1);
    }

    static String selected(String html, String select) {
        Matcher m = Pattern.compile("<select name=\"" + select + "\".*?</select>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no select " + select);
        Matcher o = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(m.group());
        return o.find() ? o.group(1) : "";
    }

    static String figure(String page, String label) {
        Matcher m = Pattern.compile("<dt>" + label + "</dt><dd>([^<]*)</dd>").matcher(page);
        assertTrue(m.find(), "no figure " + label);
        return m.group(1);
    }
}
