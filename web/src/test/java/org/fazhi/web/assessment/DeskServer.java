package org.fazhi.web.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.figures.LedgerBinding;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * The real server on 2026-03-02 with a county, a town and a department below it, and 2026's round of the
 * county over both on a small system worth 20 (self-assessment to 03-31, review to 04-30):
 *
 * <pre>
 * 1 制度建设: 1.1 规范性文件合法性审核 6 (文件、情况说明) · 1.2 重大行政决策合法性审查 4 (any kind)
 * 2 行政执法: 2.1 行政执法公示 6 (链接) · 2.2 负责人出庭应诉 4, bound to 负责人出庭率;达到90%得满分
 * </pre>
 * Accounts: town (organiser, 城关镇), finance (organiser, 县财政局), county (organiser, 清河县: the reviewer).
 */
final class DeskServer implements AutoCloseable {
    final TestClock clock;
    final TestServer server;
    final Http admin;
    final Org county;
    final Org town;
    final Org finance;
    final Assessment assessment;
    final Round round;
    final Http townUser;
    final Http financeUser;
    final Http countyUser;
    private final boolean owned;

    DeskServer() {
        this(TestClock.on(2026, 3, 2), null);
    }

    /**
     * The same desks on a server already running (a browser test's, on the system clock): the round of today's
     * year, open for self-assessment for a month from today and for review for two.
     */
    DeskServer(TestServer running) {
        this(null, running);
    }

    private DeskServer(TestClock testClock, TestServer running) {
        clock = testClock;
        owned = running == null;
        server = owned ? new TestServer(clock) : running;
        admin = server.login(TestServer.ADMIN);
        county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        town = org("城关镇人民政府", OrgKind.TOWNSHIP, county);
        finance = org("县财政局", OrgKind.DEPARTMENT, county);
        assessment = new Assessment(server.server().database(), server.services().audit(), server.server().clock());
        LocalDate today = LocalDate.now(server.server().clock());
        LocalDate self = owned ? LocalDate.of(2026, 3, 31) : today.plusMonths(1);
        LocalDate review = owned ? LocalDate.of(2026, 4, 30) : today.plusMonths(2);
        IndicatorSystem system = assessment.systems().create(Actor.SYSTEM, "清河县示范创建指标体系", today.getYear(), null, List.of(
                parent("1", "制度建设"),
                leaf("1.1", "1", "规范性文件合法性审核", "6", List.of(EvidenceKind.FILE, EvidenceKind.NOTE), null),
                leaf("1.2", "1", "重大行政决策合法性审查", "4", List.of(), null),
                parent("2", "行政执法"),
                leaf("2.1", "2", "行政执法公示", "6", List.of(EvidenceKind.LINK), null),
                leaf("2.2", "2", "负责人出庭应诉", "4", List.of(),
                        LedgerBinding.parse("负责人出庭率;达到90%得满分").orElseThrow())));
        round = assessment.rounds().open(Actor.SYSTEM, new RoundDraft(today.getYear(), null, system.id(), county.id(), null,
                self, review, new BigDecimal("12"),
                new Grades(new BigDecimal("18"), new BigDecimal("15"), new BigDecimal("12")), new BigDecimal("50")));
        server.createUser("town", Role.ORGANISER, town.id());
        server.createUser("finance", Role.ORGANISER, finance.id());
        server.createUser("county", Role.ORGANISER, county.id());
        townUser = server.login("town");
        financeUser = server.login("finance");
        countyUser = server.login("county");
    }

    String desk(Org unit) {
        return "/api/assessment-rounds/" + round.id() + "/units/" + unit.id();
    }

    /** A 2026 case of the unit with one hearing its head attended: 负责人出庭率 100%. */
    void attendedCase(Org unit) {
        Http.Res c = admin.post("/api/court-cases", Map.of("caseNo", "(2026)皖0101行初" + unit.id() + "号",
                "court", "清河县人民法院", "instance", "FIRST", "defendantOrgId", unit.id(), "cause", "行政处罚",
                "filedOn", "2026-01-10"));
        ok(c);
        ok(admin.post("/api/court-cases/" + c.json().get("id").asLong() + "/hearings", Map.of("date", "2026-02-20",
                "headAppeared", true, "headName", "李镇长", "headPosition", "镇长", "headCategory", "PRINCIPAL",
                "notified", "2026-02-01")));
    }

    /** A 整改 item of the unit found in 2026; its id. */
    long rectification(Org unit, String problem) {
        Http.Res r = admin.post("/api/rectifications", Map.of("orgId", unit.id(), "problem", problem, "source", "2026年法治督察",
                "foundOn", "2026-02-01", "deadline", "2026-06-30", "responsible", "张科长"));
        ok(r);
        return r.json().get("id").asLong();
    }

    static Http.Res ok(Http.Res r) {
        if (r.status() != 200 && r.status() != 201) {
            throw new AssertionError(r.raw().uri() + " → " + r.status() + " " + r.body());
        }
        return r;
    }

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    private static Indicator parent(String code, String title) {
        return new Indicator(code, null, title, null, null, List.of(), List.of(), false, null);
    }

    private static Indicator leaf(String code, String parent, String title, String points, List<EvidenceKind> kinds,
                                  LedgerBinding binding) {
        return new Indicator(code, parent, title, "按要求完成的得满分", new BigDecimal(points), kinds, List.of(), false, binding);
    }

    @Override
    public void close() {
        if (owned) {
            server.close();
        }
    }
}
