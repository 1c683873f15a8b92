package org.fazhi.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.web.support.AdminApiCase;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every list downloads as .xlsx and CSV with Chinese headers and the list's own filters and scope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest extends AdminApiCase {
    private Org county;
    private Org justice;

    @BeforeAll
    void start() {
        county = server.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        justice = server.org("清河县司法局", OrgKind.DEPARTMENT, county);
        Org finance = server.org("清河县财政局", OrgKind.DEPARTMENT, county);
        server.person(county, "张建国", "县长", LeaderCategory.PRINCIPAL);
        server.person(justice, "李明", "局长", LeaderCategory.PRINCIPAL);
        server.person(justice, "王芳, \"法制\"股", "股长", LeaderCategory.STAFF);
        server.person(finance, "钱多", "局长", LeaderCategory.PRINCIPAL);
    }

    private HttpResponse<byte[]> download(Http who, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Authorization", "Bearer " + who.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static List<List<String>> xlsx(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return wb.getFirstSheet().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        }
    }

    @Test
    void orgsDownloadAsExcelWithChineseHeadersInTreeOrder() throws IOException {
        HttpResponse<byte[]> r = download(admin, "/api/orgs/export?format=xlsx");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<List<String>> rows = xlsx(r.body());
        assertEquals(List.of("编号", "单位名称", "单位类型", "上级单位编号", "上级单位", "统一社会信用代码"), rows.get(0));
        assertEquals("清河县人民政府", rows.get(1).get(1));
        assertEquals("县(市、区)人民政府", rows.get(1).get(2));
        assertEquals(4, rows.size(), "a header and three units");
        assertTrue(rows.stream().anyMatch(row -> row.get(1).equals("清河县司法局") && row.get(4).equals("清河县人民政府")));
    }

    @Test
    void peopleDownloadAsCsvWithBomQuotingAndFilters() {
        HttpResponse<byte[]> r = download(admin, "/api/people/export?format=csv&orgId=" + justice.id());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] b = r.body();
        assertTrue(b.length > 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF, "UTF-8 BOM for Excel");
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("编号,姓名,单位编号,单位,职务,人员类别", lines[0]);
        assertEquals(3, lines.length, text);
        assertTrue(text.contains("\"王芳, \"\"法制\"\"股\""), "commas and quotes are quoted: " + text);
        assertFalse(text.contains("钱多") || text.contains("张建国"), "only the 司法局 subtree: " + text);

        String principals = new String(download(admin, "/api/people/export?format=csv&category=PRINCIPAL").body(), StandardCharsets.UTF_8);
        assertTrue(principals.contains("钱多") && principals.contains("李明") && !principals.contains("王芳"), principals);
    }

    @Test
    void aScopedUserExportsOnlyItsSubtree() throws IOException {
        server.createUser("sifa", Role.VIEWER, justice.id());
        Http scoped = server.login("sifa");
        List<List<String>> orgs = xlsx(download(scoped, "/api/orgs/export").body());
        assertEquals(2, orgs.size(), "header and 司法局 only: " + orgs);
        List<List<String>> people = xlsx(download(scoped, "/api/people/export?format=xlsx").body());
        assertTrue(people.stream().skip(1).allMatch(row -> row.get(3).equals("清河县司法局")), people.toString());
        assertEquals(403, download(scoped, "/api/orgs/export?orgId=" + county.id()).statusCode());
    }

    @Test
    void aBadFormatIsRefused() {
        Http.Res r = admin.get("/api/orgs/export?format=pdf");
        assertEquals(400, r.status());
        assertEquals("format", r.json().get("field").asText());
        assertEquals(401, server.anonymous().get("/api/people/export").status());
    }

    @Test
    void theListPagesLinkToTheirExports() {
        assertEquals(303, server.anonymous().get("/people").status(), "pages need a login");
        // Attribute values are entity-escaped; a browser decodes them before following the link.
        String people = pageAsAdmin("/people?category=PRINCIPAL").replace("&#61;", "=").replace("&amp;", "&");
        assertTrue(people.contains("/api/people/export?format=xlsx&category=PRINCIPAL"), people);
        assertTrue(pageAsAdmin("/orgs").contains("/api/orgs/export?format=csv"));
    }

    private String pageAsAdmin(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Authorization", "Bearer " + admin.token()).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
