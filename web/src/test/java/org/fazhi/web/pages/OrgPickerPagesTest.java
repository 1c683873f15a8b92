package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.web.support.AdminPagesCase;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/**
 * The unit picker over plain HTTP, as a browser without scripts sees it: in a county of 200 units the
 * pages send no list of units (the picker searches instead), a filter by the chosen unit works with the
 * same query parameter as before and shows the unit's name, a form keeps its unit in the hidden field and
 * saves it; an account over a handful of units keeps the plain select box.
 */
class OrgPickerPagesTest extends AdminPagesCase {
    private static final int GENERATED = 200;
    /** Every page with a unit filter or a unit field. */
    private static final List<String> PAGES = List.of("/", "/orgs/new", "/people", "/people/new",
            "/study-sessions?year=2024", "/study-sessions/new", "/study-sessions/compliance?year=2024",
            "/tests?year=2024", "/tests/new", "/duties?year=2024", "/duties/items?year=2024",
            "/duties/law-reports?year=2024", "/rectifications?year=2024", "/rectifications/new",
            "/court-cases?year=2024", "/court-cases/new", "/court-cases/ranking?year=2024",
            "/court-cases/bulletin?year=2024", "/reports/annual?year=2024", "/users/new");

    /** Pages whose content is a row or a sentence per unit, or (the dashboard) the latest changes. */
    private static final Set<String> LIST_UNITS = Set.of("/", "/study-sessions/compliance?year=2024",
            "/duties?year=2024", "/court-cases/ranking?year=2024", "/court-cases/bulletin?year=2024",
            "/reports/annual?year=2024");
    private static final Pattern GENERATED_OPTION = Pattern.compile("<option[^>]*>[^<]*清河县第\\d+号工作单位");

    private final Org county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
    private final List<String> generated = generate();
    private final Org town = org("桃源镇人民政府", OrgKind.TOWNSHIP, county.id());
    private final Org office = org("桃源镇司法所", OrgKind.UNIT, town.id());
    private final Person inOffice = person("张三丰", office);
    private final Person elsewhere = person("李四光", county);

    private Org org(String name, OrgKind kind, Long parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent));
    }

    private Person person(String name, Org org) {
        return server.person(org, name, "科员", LeaderCategory.STAFF);
    }

    private List<String> generate() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= GENERATED; i++) {
            String name = "清河县第" + i + "号工作单位";
            org(name, i % 2 == 0 ? OrgKind.DEPARTMENT : OrgKind.TOWNSHIP, county.id());
            names.add(name);
        }
        return names;
    }

    private List<String> namesShown(String html) {
        return generated.stream().filter(html::contains).map(n -> {
            int at = html.indexOf(n);
            return html.substring(Math.max(0, at - 200), at + n.length());
        }).toList();
    }

    @Test
    void noPageSendsTheUnitsOfALargeCounty() {
        for (String path : PAGES) {
            Http.Res r = page.get(path);
            assertEquals(200, r.status(), path + ": " + r.body());
            assertFalse(GENERATED_OPTION.matcher(r.body()).find(), path + " offers the county's units as options");
            if (!LIST_UNITS.contains(path)) {
                assertEquals(List.of(), namesShown(r.body()), path + " names the county's units");
            }
            assertTrue(r.body().contains("class=\"org-picker\""), path + " has the search picker");
            assertFalse(r.body().contains("<select name=\"orgId\""), path + " has no select of units");
        }
        Http.Res people = page.get("/people");
        assertTrue(people.body().length() < 12_000, "the list of 2 people is small: " + people.body().length() + " chars");
    }

    @Test
    void theListFilteredByAUnitShowsItsPeopleAndTheUnitsNameWithTheSameParameter() {
        Http.Res r = page.get("/people?orgId=" + office.id());
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains(inOffice.name()), r.body());
        assertFalse(r.body().contains(elsewhere.name()), "filtered to 桃源镇司法所");
        assertEquals(String.valueOf(office.id()), Forms.inputValue(r.body(), "orgId"), "the hidden field keeps the unit");
        assertTrue(r.body().contains("value=\"桃源镇司法所\""), "the picker shows the unit's name");
        assertTrue(r.body().contains("title=\"清河县人民政府 / 桃源镇人民政府 / 桃源镇司法所\""), "and its path");
        Http.Res town = page.get("/people?orgId=" + this.town.id());
        assertTrue(town.body().contains(inOffice.name()), "a unit's filter takes its subtree, as before");
        Http.Res all = page.get("/people?orgId=");
        assertTrue(all.body().contains(inOffice.name()) && all.body().contains(elsewhere.name()), "empty: every unit");
        assertEquals("", Forms.inputValue(all.body(), "orgId"));
    }

    @Test
    void aFormKeepsItsUnitInTheHiddenFieldAndSavesIt() {
        String form = page.get("/people/new?orgId=" + office.id()).body();
        assertEquals(String.valueOf(office.id()), Forms.inputValue(form, "orgId"));
        assertTrue(form.contains("value=\"桃源镇司法所\""), "the unit's name in the picker");
        Http.Res saved = page.form("/people", Http.fields("_csrf", Forms.csrf(form), "_once", Forms.inputValue(form, "_once"),
                "version", "", "name", "王五一", "orgId", Forms.inputValue(form, "orgId"), "position", "", "category", "STAFF"));
        assertEquals(303, saved.status(), saved.body());
        assertTrue(page.get("/people?orgId=" + office.id()).body().contains("王五一"), "saved in 桃源镇司法所");

        String again = page.get("/people/new").body();
        Http.Res refused = page.form("/people", Http.fields("_csrf", Forms.csrf(again), "_once", Forms.inputValue(again, "_once"),
                "version", "", "name", "赵六一", "orgId", "", "position", "", "category", "STAFF"));
        assertEquals(400, refused.status(), "the unit is still required by the server");
        assertTrue(refused.body().contains("aria-invalid=\"true\"") && refused.body().contains("所属单位"), refused.body());
    }

    @Test
    void aFieldTheFormRequiresStaysRequiredAndAFilterDoesNot() {
        assertTrue(pickerText(page.get("/rectifications/new").body()).contains(" required"), "整改单位 is required");
        assertTrue(pickerText(page.get("/court-cases/new").body()).contains(" required"), "被告单位 is required");
        assertFalse(pickerText(page.get("/people").body()).contains(" required"), "a filter may stay empty");
        assertFalse(pickerText(page.get("/people/new").body()).contains(" required"), "the person form never said so");
        assertTrue(page.get("/users/new").body().contains("data-special=\"ALL\" data-special-label=\"全部单位\""),
                "an account may still be given every unit");
    }

    private static String pickerText(String html) {
        Matcher m = Pattern.compile("<input type=\"text\" class=\"org-picker-text\"[^>]*>").matcher(html);
        assertTrue(m.find(), html);
        return m.group();
    }

    @Test
    void theChosenUnitsNameIsEscaped() {
        Org hostile = org("司法所\"><img src=x onerror=alert(1)><script>alert(1)</script>", OrgKind.UNIT, town.id());
        String html = page.get("/people?orgId=" + hostile.id()).body();
        assertFalse(html.contains("<img src=x") || html.contains("<script>alert(1)"), "shown as text only");
        assertTrue(pickerText(html).contains("value=\"司法所&quot;&gt;&lt;img src"),
                pickerText(html));
    }

    @Test
    void aSmallScopeKeepsThePlainSelectBox() {
        server.createUser("taoyuan", Role.ORGANISER, town.id());
        Http small = Forms.signedIn(server, "taoyuan");
        String html = small.get("/people").body();
        assertTrue(html.contains("<select name=\"orgId\""), html);
        assertTrue(html.contains(">　桃源镇司法所</option>"), "the units as an indented tree");
        assertFalse(html.contains("class=\"org-picker\""));
        assertEquals(List.of(), namesShown(html));
        assertTrue(small.get("/people?orgId=" + office.id()).body()
                .contains("<option value=\"" + office.id() + "\" selected>"), "the chosen unit marked");
    }
}
