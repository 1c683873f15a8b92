package org.fazhi.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
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
import org.junit.jupiter.api.Test;

/** The dashboard's duty and court cards count this year's records in the signed-in user's scope only. */
class DashboardTest {
    private static TestServer server;
    private static DutyTracking duty;
    private static Org mine;
    private static int year;

    @BeforeAll
    static void start() {
        server = new TestServer();
        duty = server.server().duty();
        year = LocalDate.now().getYear();
        Org county = server.services().orgs().create(Actor.SYSTEM, Org.draft("看板县人民政府", OrgKind.COUNTY_GOV, null));
        mine = server.services().orgs().create(Actor.SYSTEM, Org.draft("看板县司法局", OrgKind.DEPARTMENT, county.id()));
        Org other = server.services().orgs().create(Actor.SYSTEM, Org.draft("看板县公安局", OrgKind.DEPARTMENT, county.id()));
        for (Org o : List.of(mine, other)) {
            server.services().people().create(Actor.SYSTEM, new Person(null, o.id(), o.name() + "局长", "局长", LeaderCategory.PRINCIPAL, 0));
        }
        duty.duties().plans().plan(Actor.SYSTEM, year, null);
        // Two of my unit's duties done (evidence, submitted, approved); the other unit's all open.
        List<DutyItem> items = duty.duties().items().list(Actor.SYSTEM, DutyFilter.year(year).withOrg(mine.id()), new Page(100, 0)).items();
        for (DutyItem item : items.subList(0, 2)) {
            duty.duties().evidence().addNote(Actor.SYSTEM, item.id(), "情况说明", "已完成", LocalDate.now());
            duty.duties().reviews().submit(Actor.SYSTEM, item.id(), null);
            duty.duties().reviews().approve(Actor.SYSTEM, item.id(), "同意");
        }
        DutyItem third = items.get(2);
        duty.duties().evidence().addNote(Actor.SYSTEM, third.id(), "情况说明", "进行中", LocalDate.now());
        duty.duties().reviews().submit(Actor.SYSTEM, third.id(), null);

        // My unit: two instances heard this year, a head appeared at one. The other unit: one, no head.
        hearing(mine, "(" + year + ")看行初1号", true);
        hearing(mine, "(" + year + ")看行初2号", false);
        hearing(other, "(" + year + ")看行初3号", false);
        server.createUser("dash-viewer", Role.VIEWER, mine.id());
    }

    private static void hearing(Org org, String caseNo, boolean appeared) {
        CourtCase c = duty.courtCases().create(Actor.SYSTEM, CourtCase.draft(caseNo, "看板县人民法院", Instance.FIRST, org.id(), "行政处罚",
                LocalDate.of(year, 1, 5)));
        LocalDate date = LocalDate.of(year, 1, 20);
        duty.courtCases().addHearing(Actor.SYSTEM, c.id(), appeared
                ? Hearing.appeared(date, date.minusDays(7), "张局长", "局长", LeaderCategory.PRINCIPAL, true)
                : Hearing.absent(date, date.minusDays(7), AbsenceReason.NONE, "法制科科长", false));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aScopedViewerSeesTheirUnitsDutyProgressReviewQueueAndAppearanceRate() {
        Http viewer = Forms.signedIn(server, "dash-viewer");
        int entries = duty.duties().catalog().forYear(year).entries().size();
        String home = viewer.get("/").body();
        assertTrue(home.contains("第一责任人职责"), home);
        String done = String.format("%.1f%%", 200.0 / entries);
        assertTrue(home.contains(done + "</span> 完成率 · 2 / " + entries + " 项"), "my unit only: " + home);
        assertTrue(home.contains("待审核 1 项"), home);
        assertTrue(home.contains("50.0%</span> 出庭率 · 已开庭 2 件,负责人出庭 1 件"), "the other unit's case is not counted: " + home);
        assertTrue(home.contains("href=\"/court-cases/ranking?year=" + year + "\""));
        assertFalse(home.contains("尚未建成的部分</h2>\n  <p>本版本"), "duty-tracking is no longer listed as pending");
    }

    @Test
    void theAdminSeesTheWholeCounty() {
        Http admin = Forms.signedIn(server, TestServer.ADMIN);
        int entries = duty.duties().catalog().forYear(year).entries().size();
        String home = admin.get("/").body();
        assertTrue(home.contains("2 / " + (2 * entries) + " 项"), home);
        assertTrue(home.contains("33.3%</span> 出庭率 · 已开庭 3 件,负责人出庭 1 件"), home);
        assertEquals(200, admin.get("/duties?year=" + year).status());
        assertEquals(200, admin.get("/court-cases/ranking?year=" + year).status());
    }
}
