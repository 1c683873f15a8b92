package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * An indicator system made and edited in the pages over real HTTP: created with its first indicator, indicators
 * added under a parent (a parent's points become its children's sum), edited (a new code carries its children),
 * refused with the message beside the field (a fourth level, a leaf without points, a stale version) writing
 * nothing, deleted with everything below; the sample loaded once from its button; a version a round uses saved as
 * a new version to edit; only the keeper edits.
 */
class SystemEditPagesTest {
    @AutoClose
    private final TestServer server = new TestServer(RoundApiTest.CLOCK);
    private final Http admin = Forms.signedIn(server, TestServer.ADMIN);
    private final Http api = server.login(TestServer.ADMIN);

    /** Posts a form as a browser does, a field given several times where it repeats (checkboxes). */
    private Http.Res post(Http who, String path, String... kv) {
        String page = who.get("/assessment/systems").body();
        StringBuilder body = new StringBuilder("_csrf=" + enc(Forms.csrf(page)));
        for (int i = 0; i < kv.length; i += 2) {
            body.append('&').append(enc(kv[i])).append('=').append(enc(kv[i + 1]));
        }
        return who.raw("POST", path, "application/x-www-form-urlencoded", body.toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long redirectedTo(Http.Res r, String msg) {
        assertEquals(303, r.status(), r.body());
        String to = r.header("Location");
        assertTrue(to.endsWith("?msg=" + msg), to);
        Matcher m = Pattern.compile("/assessment/systems/(\\d+)\\?").matcher(to);
        assertTrue(m.find(), to);
        return Long.parseLong(m.group(1));
    }

    private JsonNode system(long id) {
        return api.get("/api/indicator-systems/" + id).json();
    }

    private String version(long id) {
        return system(id).get("version").asText();
    }

    private JsonNode indicator(long id, String code) {
        for (JsonNode i : system(id).get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        return null;
    }

    private List<String> codes(long id) {
        List<String> out = new ArrayList<>();
        system(id).get("indicators").forEach(i -> out.add(i.get("code").asText() + "<" + i.get("parentCode").asText("")));
        return out;
    }

    private long created() {
        return redirectedTo(post(admin, "/assessment/systems/new", "title", "页面指标体系", "fromYear", "2026", "code", "1",
                "indicatorTitle", "制度建设", "points", "10"), "created");
    }

    private Http.Res indicator(long id, String... kv) {
        String[] all = new String[kv.length + 2];
        all[0] = "version";
        all[1] = version(id);
        System.arraycopy(kv, 0, all, 2, kv.length);
        return post(admin, "/assessment/systems/" + id + "/indicator", all);
    }

    @Test
    void aSystemIsCreatedAndItsTreeEditedInThePages() {
        assertTrue(admin.get("/assessment/systems").body().contains("href=\"/assessment/systems/new\""));
        String form = admin.get("/assessment/systems/new").body();
        assertTrue(form.contains("name=\"indicatorTitle\"") && form.contains("value=\"2026\""), form);
        Http.Res bad = post(admin, "/assessment/systems/new", "title", "", "fromYear", "2026", "code", "1", "indicatorTitle",
                "制度建设", "points", "两分");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("分值必须是数字"), bad.body());
        Http.Res zero = post(admin, "/assessment/systems/new", "title", "页面指标体系", "fromYear", "2026", "code", "1",
                "indicatorTitle", "制度建设", "points", "0");
        assertEquals(400, zero.status());
        assertTrue(zero.body().contains("<span class=\"field-error\">末级指标的分值应大于0</span>"), zero.body());
        assertEquals(0, api.get("/api/indicator-systems").json().size(), "nothing stored");

        long id = created();
        String page = admin.get("/assessment/systems/" + id + "?msg=created").body();
        assertTrue(page.contains("指标体系已新建") && page.contains("/assessment/systems/" + id + "/indicator?parent=1"), page);
        assertEquals("1.1", Forms.inputValue(admin.get("/assessment/systems/" + id + "/indicator?parent=1").body(), "code"),
                "the next free code below the parent");

        // Two leaves under 1: the parent's points become their sum
        redirectedTo(indicator(id, "parentCode", "1", "code", "1.1", "title", "规范性文件", "standard", "按要求得满分",
                "points", "6", "evidenceKinds", "FILE", "evidenceKinds", "NOTE", "appliesTo", "TOWNSHIP",
                "metric", "COURT_APPEARANCE_RATE", "rule", "达到90%得满分"), "saved");
        redirectedTo(indicator(id, "parentCode", "1", "code", "1.2", "title", "重大决策", "points", "4", "veto", "1"), "saved");
        assertEquals(10.0, indicator(id, "1").get("points").asDouble());
        JsonNode leaf = indicator(id, "1.1");
        assertEquals("[\"FILE\",\"NOTE\"]", leaf.get("evidenceKinds").toString());
        assertEquals("[\"TOWNSHIP\"]", leaf.get("appliesTo").toString());
        assertEquals("COURT_APPEARANCE_RATE", leaf.get("metric").asText());
        assertEquals("达到90%得满分", leaf.get("rule").asText());
        assertTrue(indicator(id, "1.2").get("veto").asBoolean());

        // A second 一级 with a branch three levels deep
        redirectedTo(indicator(id, "code", "2", "title", "行政执法", "points", "5"), "saved");
        redirectedTo(indicator(id, "parentCode", "2", "code", "2.1", "title", "执法公示", "points", "5"), "saved");
        redirectedTo(indicator(id, "parentCode", "2.1", "code", "2.1.1", "title", "公示平台", "points", "3"), "saved");
        assertEquals(13.0, system(id).get("total").asDouble(), "2.1 and 2 now the sum of 2.1.1");
        assertEquals(List.of("1<", "1.1<1", "1.2<1", "2<", "2.1<2", "2.1.1<2.1"), codes(id));

        // Refusals: beside the field, nothing stored
        String before = version(id);
        Http.Res deep = indicator(id, "parentCode", "2.1.1", "code", "2.1.1.1", "title", "第四级", "points", "1");
        assertEquals(400, deep.status());
        assertTrue(deep.body().contains("<span class=\"field-error\">指标“第四级”在第4级,指标体系最多三级(一级/二级/三级)</span>"), deep.body());
        Http.Res noPoints = indicator(id, "parentCode", "1", "code", "1.3", "title", "没有分值");
        assertEquals(400, noPoints.status());
        assertTrue(noPoints.body().contains("<span class=\"field-error\">末级指标的分值不能为空</span>"), noPoints.body());
        assertTrue(noPoints.body().contains("value=\"没有分值\""), "the form comes back as typed");
        Http.Res underEvidence = indicator(id, "parentCode", "1.1", "code", "1.1.1", "title", "下级", "points", "2");
        assertEquals(400, underEvidence.status());
        assertTrue(underEvidence.body().contains("第2项指标(编码 1.1):关联台账指标只能设在末级指标上,“规范性文件”有下级指标"),
                underEvidence.body());
        Http.Res duplicate = indicator(id, "parentCode", "1", "code", "1.1", "title", "重复", "points", "2");
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.body().contains("编码 1.1 重复"), duplicate.body());
        Http.Res stale = post(admin, "/assessment/systems/" + id + "/indicator", "version", "1", "parentCode", "1", "code", "1.3",
                "title", "过期", "points", "2");
        assertEquals(409, stale.status());
        assertEquals(before, version(id), "nothing stored");

        // Edit: a new code carries the children; the parent's points stay the sum
        String editForm = admin.get("/assessment/systems/" + id + "/indicator?code=2.1").body();
        assertTrue(editForm.contains("分值:3") && !editForm.contains("name=\"points\""), "a parent's points are the sum");
        assertFalse(editForm.contains("<option value=\"2.1.1\""), "not below itself");
        redirectedTo(indicator(id, "original", "2.1", "parentCode", "2", "code", "2.5", "title", "执法公示(改)"), "saved");
        assertEquals(List.of("1<", "1.1<1", "1.2<1", "2<", "2.5<2", "2.1.1<2.5"), codes(id));
        // Moving a leaf to another parent moves it below that parent
        redirectedTo(indicator(id, "original", "1.2", "parentCode", "2", "code", "2.2", "title", "重大决策", "points", "4",
                "veto", "1"), "saved");
        assertEquals(List.of("1<", "1.1<1", "2<", "2.5<2", "2.1.1<2.5", "2.2<2"), codes(id));
        assertEquals(6.0, indicator(id, "1").get("points").asDouble());
        assertEquals(7.0, indicator(id, "2").get("points").asDouble());

        // Name and year
        redirectedTo(post(admin, "/assessment/systems/" + id + "/edit", "version", version(id), "title", "页面指标体系(修订)",
                "fromYear", "2027"), "saved");
        assertEquals("页面指标体系(修订)", system(id).get("title").asText());
        Http.Res badYear = post(admin, "/assessment/systems/" + id + "/edit", "version", version(id), "title", "x",
                "fromYear", "明年");
        assertEquals(400, badYear.status());

        // Delete with everything below
        redirectedTo(post(admin, "/assessment/systems/" + id + "/indicator/delete", "version", version(id), "code", "2"), "deleted");
        assertEquals(List.of("1<", "1.1<1"), codes(id));
        assertEquals(6.0, system(id).get("total").asDouble());
        assertEquals(400, post(admin, "/assessment/systems/" + id + "/indicator/delete", "version", version(id), "code", "1")
                .status(), "the last indicator stays");
    }

    @Test
    void theSampleLoadsOnceAndAVersionARoundUsesIsSavedAsANewVersionToEdit() {
        String list = admin.get("/assessment/systems").body();
        assertTrue(list.contains("action=\"/assessment/systems/sample\"") && list.contains("载入样例"), list);
        long sample = redirectedTo(post(admin, "/assessment/systems/sample"), "sample");
        assertEquals(sample, redirectedTo(post(admin, "/assessment/systems/sample"), "sampleThere"));
        assertEquals(1, api.get("/api/indicator-systems").json().size(), "one sample");
        assertTrue(admin.get("/assessment/systems").body().contains("样例 · 分值须自行设定"));
        assertEquals(200, api.post("/api/indicator-systems/sample", java.util.Map.of()).status(), "the API finds it too");

        Org county = server.org("版本县", OrgKind.COUNTY_GOV, null);
        server.org("版本镇", OrgKind.TOWNSHIP, county);
        assertEquals(201, api.post("/api/assessment-rounds", RoundApiTest.round(sample, county.id())).status());
        String used = admin.get("/assessment/systems/" + sample).body();
        assertTrue(used.contains("另存为新版本") && !used.contains("添加一级指标"), used);
        long copy = redirectedTo(post(admin, "/assessment/systems/" + sample + "/copy", "version", version(sample)), "copied");
        assertTrue(copy != sample);
        assertEquals(2, system(copy).get("number").asInt());
        assertTrue(admin.get("/assessment/systems/" + copy).body().contains("添加一级指标"));
        String old = admin.get("/assessment/systems/" + sample).body();
        assertTrue(old.contains("本体系已有更新的版本") && old.contains("href=\"/assessment/systems/" + copy + "\"")
                && !old.contains("另存为新版本</button>"), "the old version points at the new one instead of copying again");
        redirectedTo(post(admin, "/assessment/systems/" + copy + "/indicator/delete", "version", version(copy), "code", "8"),
                "deleted");
        assertEquals(8, system(sample).get("indicators").findValues("parentCode").stream().filter(JsonNode::isNull).count(),
                "the round's version keeps its eight areas");
        assertEquals(400, post(admin, "/assessment/systems/" + copy + "/copy", "version", version(copy)).status(),
                "an unused version is edited in place");
    }

    @Test
    void onlyTheUnitKeepingASystemEditsIt() {
        Org county = server.org("甲县", OrgKind.COUNTY_GOV, null);
        Org other = server.org("乙县", OrgKind.COUNTY_GOV, null);
        server.createUser("jia-organiser", Role.ORGANISER, county.id());
        server.createUser("yi-organiser", Role.ORGANISER, other.id());
        server.createUser("jia-viewer", Role.VIEWER, county.id());
        Http jia = Forms.signedIn(server, "jia-organiser");
        long id = redirectedTo(post(jia, "/assessment/systems/new", "title", "甲县体系", "fromYear", "2026", "code", "1",
                "indicatorTitle", "制度建设", "points", "10"), "created");
        assertEquals(county.id(), system(id).get("ownerOrgId").asLong());
        assertTrue(jia.get("/assessment/systems/" + id).body().contains("添加一级指标"));
        Http yi = Forms.signedIn(server, "yi-organiser");
        Http viewer = Forms.signedIn(server, "jia-viewer");
        assertFalse(yi.get("/assessment/systems/" + id).body().contains("添加一级指标"), "others read it without the controls");
        for (Http who : List.of(yi, viewer)) {
            assertEquals(403, who.get("/assessment/systems/" + id + "/edit").status());
            assertEquals(403, who.get("/assessment/systems/" + id + "/indicator?code=1").status());
            assertEquals(403, post(who, "/assessment/systems/" + id + "/indicator", "version", version(id), "code", "2",
                    "title", "越权", "points", "1").status());
            assertEquals(403, post(who, "/assessment/systems/" + id + "/indicator/delete", "version", version(id), "code", "1")
                    .status());
        }
        assertEquals(403, viewer.get("/assessment/systems/new").status());
        assertEquals(List.of("1<"), codes(id), "nothing changed");
    }

    @Test
    void aFileImportedAgainIsRefusedNamingTheSystemUnlessForced() {
        String csv = "编码,上级编码,指标名称,评分标准,分值,佐证材料,适用单位,关联台账指标\n1,,依法行政,,,,,\n1.1,1,制度建设,,10,,,\n";
        String path = "/api/indicator-systems/import?fileName=" + enc("县指标.csv");
        Http.Res first = api.raw("POST", path, "text/csv", csv);
        assertEquals(200, first.status(), first.body());
        long id = first.json().get("system").get("id").asLong();
        String title = first.json().get("system").get("title").asText();
        Http.Res again = api.raw("POST", path, "text/csv", csv);
        assertEquals(409, again.status(), again.body());
        assertEquals("ALREADY_IMPORTED", again.json().get("error").asText());
        assertTrue(again.json().get("message").asText().contains("“" + title + "(第1版)”(编号 " + id + ")"), again.body());
        assertEquals(1, api.get("/api/indicator-systems").json().size());
        assertEquals(200, api.raw("POST", path + "&force=true", "text/csv", csv).status());
        assertEquals(2, api.get("/api/indicator-systems").json().size());
    }
}
