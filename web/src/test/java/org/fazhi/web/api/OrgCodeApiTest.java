package org.fazhi.web.api;

import static org.fazhi.web.api.ApiTest.assertError;
import static org.fazhi.web.api.ApiTest.created;
import static org.fazhi.web.api.ApiTest.org;
import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.fazhi.model.account.Actor;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The unit's 统一社会信用代码 through /api/orgs and the unit form, on a real server and SQLite file. */
class OrgCodeApiTest {
    static final String CODE = "11100000000013127D";

    @AutoClose
    final TestServer server = new TestServer();
    final Http admin = server.login(TestServer.ADMIN);

    static Map<String, Object> coded(String name, String kind, Long parentId, String code) {
        Map<String, Object> m = org(name, kind, parentId);
        m.put("code", code);
        return m;
    }

    @Test
    void theCodeIsKeptInUpperCaseAndReadBack() {
        long county = created(admin.post("/api/orgs", coded("清河县人民政府", "COUNTY_GOV", null, CODE.toLowerCase())));
        assertEquals(CODE, admin.get("/api/orgs/" + county).json().get("code").asText());
        long plain = created(admin.post("/api/orgs", org("清河县司法局", "DEPARTMENT", county)));
        assertTrue(admin.get("/api/orgs/" + plain).json().get("code").isNull(), "optional");
    }

    @Test
    void aWrongOrTakenCodeIsRefusedNamingTheFieldAndNothingIsWritten() {
        long county = created(admin.post("/api/orgs", coded("清河县人民政府", "COUNTY_GOV", null, CODE)));
        Http.Res wrong = admin.post("/api/orgs", coded("清河县司法局", "DEPARTMENT", county, "11100000000013127E"));
        assertError(wrong, 400, "INVALID", "code");
        assertTrue(wrong.json().get("message").asText().contains("统一社会信用代码"), wrong.body());
        Http.Res taken = admin.post("/api/orgs", coded("清河县司法局", "DEPARTMENT", county, CODE));
        assertError(taken, 409, "CONFLICT", "code");
        assertTrue(taken.json().get("message").asText().contains("清河县人民政府"), taken.body());
        assertEquals(1, server.services().orgs().visible(Actor.SYSTEM).size());
    }

    @Test
    void theUnitFormHasTheFieldAndShowsItsErrorBesideIt() {
        long county = created(admin.post("/api/orgs", org("清河县人民政府", "COUNTY_GOV", null)));
        Http page = Forms.signedIn(server, TestServer.ADMIN);
        String form = page.get("/orgs/" + county + "/edit").body();
        assertTrue(form.contains("name=\"code\""), form);
        String csrf = Forms.csrf(form);
        Http.Res bad = page.form("/orgs/" + county, fields("_csrf", csrf, "name", "清河县人民政府", "kind", "COUNTY_GOV",
                "parentId", "", "version", "0", "code", "123"));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("<span class=\"field-error\">统一社会信用代码应为18位,“123”是3位</span>"), bad.body());
        Http.Res good = page.form("/orgs/" + county, fields("_csrf", csrf, "name", "清河县人民政府", "kind", "COUNTY_GOV",
                "parentId", "", "version", "0", "code", CODE));
        assertEquals(303, good.status(), good.body());
        assertEquals(CODE, admin.get("/api/orgs/" + county).json().get("code").asText());
        assertTrue(page.get("/orgs/" + county + "/edit").body().contains("value=\"" + CODE + "\""));
    }
}
