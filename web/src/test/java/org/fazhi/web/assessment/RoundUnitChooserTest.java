package org.fazhi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The round form's 参评单位 over real HTTP, as plain form posts: the units below the assessing unit shown as a
 * folding tree once it is chosen, narrowed to a unit kind, 全选/全不选 ticking the units shown (nothing stored by
 * those buttons), the round opened over the ticked units only, an empty choice refused beside the chooser, and
 * no unit outside the user's scope drawn.
 */
class RoundUnitChooserTest {
    @AutoClose
    private final TestServer server = new TestServer(RoundApiTest.CLOCK);
    private final Http api = server.login(TestServer.ADMIN);
    private final Http admin = Forms.signedIn(server, TestServer.ADMIN);
    private final Org county = org("选择县", OrgKind.COUNTY_GOV, null);
    private final Org townA = org("甲镇", OrgKind.TOWNSHIP, county);
    private final Org townB = org("乙镇", OrgKind.TOWNSHIP, county);
    private final Org bureau = org("司法局", OrgKind.DEPARTMENT, county);
    private final Org office = org("司法所", OrgKind.UNIT, bureau);
    /** A town of another county: never below the county. */
    private final Org elsewhereTown = org("别县镇", OrgKind.TOWNSHIP, org("别县", OrgKind.COUNTY_GOV, null));
    private final long systemId = api.post("/api/indicator-systems/sample", Map.of()).json().get("id").asLong();

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    private List<String> base(Http who) {
        return new ArrayList<>(List.of("_csrf", Forms.csrf(who.get("/assessment/rounds/new").body()), "year", "2026",
                "systemId", String.valueOf(systemId), "orgId", String.valueOf(county.id()), "selfDeadline", "2026-03-31",
                "reviewDeadline", "2026-04-30", "passScore", "60", "target", "50", "excellent", "90", "good", "80",
                "qualified", "60"));
    }

    private static Http.Res post(Http who, List<String> kv) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < kv.size(); i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(kv.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(kv.get(i + 1), StandardCharsets.UTF_8));
        }
        return who.raw("POST", "/assessment/rounds/new", "application/x-www-form-urlencoded", body.toString());
    }

    private static List<String> with(List<String> base, String... kv) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(kv));
        return out;
    }

    private static boolean box(String html, Org o, boolean checked) {
        return html.contains("name=\"unitIds\" value=\"" + o.id() + "\"" + (checked ? " checked" : " >"));
    }

    private int rounds() {
        return api.get("/api/assessment-rounds").json().size();
    }

    @Test
    void theUnitsBelowAreShownFilteredTickedAndTheRoundCoversTheTickedOnes() {
        String blank = admin.get("/assessment/rounds/new").body();
        assertTrue(blank.contains("name=\"units\" value=\"all\" checked") && blank.contains("显示下级单位"), blank);
        assertFalse(blank.contains("name=\"unitIds\""), "no units before the assessing unit is chosen");

        String shown = post(admin, with(base(admin), "_action", "filter")).body();
        for (Org o : List.of(townA, townB, bureau, office)) {
            assertTrue(box(shown, o, false), o.name() + " in " + shown);
        }
        assertTrue(shown.contains("<details ><summary>") && shown.contains("司法所"), "the bureau's branch folds");
        assertFalse(shown.contains("name=\"unitIds\" value=\"" + elsewhereTown.id() + "\""), "another county's units are not below");

        String towns = post(admin, with(base(admin), "_action", "all", "unitKind", "TOWNSHIP")).body();
        assertTrue(box(towns, townA, true) && box(towns, townB, true), towns);
        assertFalse(towns.contains("value=\"" + bureau.id() + "\" checked"), "the filter hides the departments: not ticked");
        assertTrue(towns.contains("name=\"units\" value=\"chosen\" checked"), "全选 means the ticked ones");
        assertEquals(0, rounds(), "the chooser's buttons store nothing");

        String none = post(admin, with(base(admin), "_action", "none", "unitKind", "TOWNSHIP", "unitIds",
                String.valueOf(townA.id()), "unitIds", String.valueOf(office.id()))).body();
        assertTrue(box(none, townA, false), none);
        assertTrue(none.contains("type=\"hidden\" name=\"unitIds\" value=\"" + office.id() + "\""),
                "a ticked unit the filter hides is kept");

        Http.Res empty = post(admin, with(base(admin), "units", "chosen"));
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("请勾选参评单位"), empty.body());

        Http.Res outside = post(admin, with(base(admin), "units", "chosen", "unitIds", String.valueOf(elsewhereTown.id())));
        assertEquals(400, outside.status());
        assertTrue(outside.body().contains("<span class=\"field-error\">"), outside.body());
        assertEquals(0, rounds());

        Http.Res ok = post(admin, with(base(admin), "units", "chosen", "unitIds", String.valueOf(townA.id()), "unitIds",
                String.valueOf(office.id())));
        assertEquals(303, ok.status(), ok.body());
        JsonNode round = api.get("/api/assessment-rounds").json().get(0);
        List<Long> units = new ArrayList<>();
        round.get("units").forEach(u -> units.add(u.get("orgId").asLong()));
        assertEquals(List.of(townA.id(), office.id()), units.stream().sorted().toList());

        Http.Res all = post(admin, with(base(admin), "units", "all", "title", "全部单位的考核"));
        assertEquals(303, all.status(), all.body());
        assertEquals(4, api.get(all.header("Location").replace("/assessment/rounds/", "/api/assessment-rounds/")).json()
                .get("units").size(), "every unit below by default");
    }

    @Test
    void noUnitOutsideTheScopeIsDrawn() {
        server.createUser("bureau-organiser", Role.ORGANISER, bureau.id());
        Http organiser = Forms.signedIn(server, "bureau-organiser");
        List<String> fields = base(organiser);
        fields.set(fields.indexOf("orgId") + 1, String.valueOf(county.id()));
        String page = post(organiser, with(fields, "_action", "filter")).body();
        assertFalse(page.contains("甲镇") || page.contains("value=\"" + townA.id() + "\""), "the county is outside the scope");
        fields.set(fields.indexOf("orgId") + 1, String.valueOf(bureau.id()));
        String own = post(organiser, with(fields, "_action", "filter")).body();
        assertTrue(box(own, office, false), own);
        assertFalse(own.contains("乙镇"));
    }
}
