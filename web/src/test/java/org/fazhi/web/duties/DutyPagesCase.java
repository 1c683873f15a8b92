package org.fazhi.web.duties;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyChanges;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The 第一责任人 pages over plain HTTP with cookies, as a browser without scripts posts their forms, for the
 * classes that test them by feature (DutyBoardPagesTest, DutyItemPagesTest, DutyAccessPagesTest,
 * DutyCataloguePagesTest): one server per class, the fixtures and the page readers they share.
 *
 * <p>Each test makes its own county and plans a year no other test uses, so the whole-ledger lists a test
 * reads hold only its own items.
 */
abstract class DutyPagesCase {
    static final AtomicInteger SEQ = new AtomicInteger();

    static final String BOUNDARY = "----fazhi-duty-pages";
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static TestServer server;
    static Duties duties;
    static Http admin;

    /** 县政府 (王县长) with 司法局 (张局长, 李副局长 as DEPUTY) and 财政局 (钱局长) below it. */
    record County(Org county, Org justice, Org finance, Person countyHead, Person justiceHead,
                  Person justiceDeputy, Person financeHead) {
    }

    @BeforeAll
    static void start() {
        server = new TestServer();
        duties = server.server().duty().duties();
        admin = Forms.signedIn(server, TestServer.ADMIN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static County county() {
        int n = SEQ.incrementAndGet();
        Org county = org("清河县人民政府" + n, OrgKind.COUNTY_GOV, null);
        Org justice = org("县司法局" + n, OrgKind.DEPARTMENT, county);
        Org finance = org("县财政局" + n, OrgKind.DEPARTMENT, county);
        return new County(county, justice, finance, person(county, "王县长" + n, LeaderCategory.PRINCIPAL),
                person(justice, "张局长" + n, LeaderCategory.PRINCIPAL), person(justice, "李副局长" + n, LeaderCategory.DEPUTY),
                person(finance, "钱局长" + n, LeaderCategory.PRINCIPAL));
    }

    static Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    static Person person(Org org, String name, LeaderCategory category) {
        return server.person(org, name, "负责人", category);
    }

    static Http signedIn(Role role, Org scope) {
        String name = role.code() + "-duty-" + SEQ.incrementAndGet();
        server.createUser(name, role, scope == null ? null : scope.id());
        return Forms.signedIn(server, name);
    }

    static void plan(County c, int year) {
        assertEquals(7 + 2 * 5, duties.plans().plan(Actor.SYSTEM, year, c.county().id()),
                "the county's principal × 7 duties, the 司法局's and the 财政局's × 5 (no 政府常务会议 duties)");
    }

    static DutyItem item(Person p, int year, String code) {
        List<DutyItem> items = duties.items().list(Actor.SYSTEM,
                new DutyFilter(null, year, p.id(), code, null, null, null), new Page(10, 0)).items();
        assertEquals(1, items.size(), p.name() + " " + year + " " + code);
        return items.get(0);
    }

    static void set(Person p, int year, String code, DutyStatus status, String reason) {
        duties.items().update(Actor.SYSTEM, item(p, year, code).id(), new DutyChanges(status, reason, null, null), null);
    }

    static String itemPath(DutyItem i) {
        return "/duties/items/" + i.id();
    }

    /** The visible text of a page, without tags. */
    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** The HTML with the escapes mustache puts in attribute values undone ("=" is written "&#61;"). */
    static String decoded(String html) {
        return html.replace("&#61;", "=").replace("&amp;", "&");
    }

    /** The HTML of the element with this id up to the end of its table. */
    static String table(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertTrue(at >= 0, "no #" + id + " on the page");
        return html.substring(at, html.indexOf("</table>", at));
    }

    static String textarea(String html, String name) {
        Matcher m = Pattern.compile("<textarea[^>]*name=\"" + name + "\"[^>]*>([^<]*)</textarea>").matcher(html);
        assertTrue(m.find(), "no textarea " + name);
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertTrue(m.find(), "the edit form carries the version it was read at");
        return m.group(1);
    }

    /** The position of each name in the HTML, to check the order rows come in. */
    static List<Integer> positions(String html, String... names) {
        List<Integer> out = new ArrayList<>();
        for (String n : names) {
            int i = html.indexOf(">" + n + "<");
            assertTrue(i >= 0, n + " is listed");
            out.add(i);
        }
        return out;
    }

    static HttpResponse<String> multipart(Http who, String path, String fileName, String type, byte[] file,
                                          String... fields) {
        return Forms.multipart(who, path, BOUNDARY, fileName, type, file, fields);
    }

    static byte[] download(Http who, String path) {
        try {
            HttpClient client = HttpClient.newBuilder().cookieHandler(who.cookies()).build();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static long storedFiles() {
        Path dir = server.dataDir().resolve("attachments").resolve("duty");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String version0(DutyItem i) {
        return String.valueOf(i.version());
    }
}
