package org.fazhi.web.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.demo.DemoAssessment;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.UnitState;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.demo.DemoCourt;
import org.fazhi.duty.demo.DemoDuties;
import org.fazhi.duty.duties.CatalogEntry;
import org.fazhi.duty.duties.DutyFigures;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.duty.rectify.RectificationSummary;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.onlineexam.QuestionBank;
import org.fazhi.onlineexam.bank.QuestionFilter;
import org.fazhi.onlineexam.OnlineExams;
import org.fazhi.onlineexam.demo.DemoExam;
import org.fazhi.onlineexam.demo.DemoQuestions;
import org.fazhi.web.support.Http;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.demo.DemoReconsiderations;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
import org.fazhi.storage.core.PersonService;
import org.fazhi.storage.demo.DemoCounty;
import org.fazhi.training.demo.DemoTraining;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo county loads through the services and tells a believable story in every ledger. */
class DemoTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @AutoClose
    private static final TestServer server = new TestServer();
    private static DemoCourt.Result court;
    private static DemoDuties.Result duties;
    private static DemoAssessment.Result assessment;
    private static DemoReconsiderations.Result reconsiderations;
    private static int questions;
    private static DemoExam.Result exam;

    @BeforeAll
    static void load() {
        // In one transaction, as DemoLedger loads it for --demo.
        server.server().database().jdbi().useTransaction(h -> loadAll());
    }

    private static void loadAll() {
        long t0 = System.nanoTime();
        new DemoCounty(server.services()).load();
        long t1 = System.nanoTime();
        new DemoTraining(server.services(), server.server().training()).load(TODAY);
        long t2 = System.nanoTime();
        court = new DemoCourt(server.services(), server.server().duty()).load(TODAY);
        long t3 = System.nanoTime();
        duties = new DemoDuties(server.services(), server.server().duty(), server.server().database().jdbi()).load(TODAY);
        long t4 = System.nanoTime();
        assessment = new DemoAssessment(server.services(), server.server().database()).load(TODAY);
        long t5 = System.nanoTime();
        reconsiderations = new DemoReconsiderations(server.services(), server.server().database()).load(TODAY);
        questions = new DemoQuestions(new QuestionBank(server.server().database(),
                server.services().audit()).questions()).load();
        exam = new DemoExam(exams(), server.server().training().exams()).load(TODAY);
        System.out.printf("演示数据载入:单位 %d ms,学法 %d ms,出庭 %d ms,职责 %d ms,考核 %d ms%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
    }

    @Test
    void courtCasesForThreeYearsWithBelievableRates() {
        assertTrue(court.cases() > 90, "cases " + court.cases());
        assertTrue(court.hearings() >= court.cases() - 5, "hearings " + court.hearings());
        for (int year = 2024; year <= 2026; year++) {
            AppearanceRates r = server.server().duty().appearance().rates(Actor.SYSTEM, year, null);
            assertTrue(r.heard() > 20, year + " heard " + r.heard());
            double rate = r.rate().doubleValue();
            assertTrue(rate > 40 && rate < 95, year + " rate " + rate);
            assertTrue(!r.byOrg().isEmpty(), "ranking");
            assertTrue(r.absences().stream().anyMatch(a -> a.note() != null && a.reason().valid()),
                    year + ": justified absences say what happened (未出庭情况)");
        }
    }

    @Test
    void dutyPlansForEveryPrincipalWithMostPastDutiesDone() {
        List<Person> principals = server.services().people().list(Actor.SYSTEM,
                new PersonService.Filter(null, LeaderCategory.PRINCIPAL, null), new Page(Page.MAX_LIMIT, 0)).items();
        Map<Long, Org> units = server.services().orgs().visible(Actor.SYSTEM).stream()
                .collect(Collectors.toMap(Org::id, o -> o));
        List<CatalogEntry> entries = server.server().duty().duties().catalog().forYear(2026).entries();
        // Each principal owes the duties that bind the kind of unit it leads: a government's all seven, a
        // 司法局's or a 司法所's five (主持政府常务会议 and its 会前学法 are a government's).
        long owed = principals.stream().mapToLong(p -> entries.stream()
                .filter(e -> e.appliesToUnit(units.get(p.orgId()).kind())).count()).sum();
        assertEquals(owed * 3, duties.items(), "three years of plans");
        assertEquals(List.of("WORK_PLAN", "MAJOR_DECISIONS", "COURT_APPEARANCE", "YEAR_END_REPORT", "ANNUAL_REPORT"),
                codes(principals, units, "清河县司法局"), "a 司法局's head");
        assertEquals(List.of("WORK_PLAN", "MAJOR_DECISIONS", "COURT_APPEARANCE", "YEAR_END_REPORT", "ANNUAL_REPORT"),
                codes(principals, units, "城关司法所"), "a 司法所's head");
        assertEquals(7, codes(principals, units, "清河县人民政府").size(), "the county's head: all seven");
        assertTrue(duties.evidence() > duties.items() / 2, "evidence " + duties.evidence());
        DutyFigures past = server.server().duty().duties().progress().progress(Actor.SYSTEM, 2025, null).total();
        double rate = past.rate().value().doubleValue();
        assertTrue(rate > 70 && rate < 100, "2025 completion " + rate);
        assertTrue(past.notApplicable() > 0, "some duties did not apply, with a reason");
    }

    /** The 2025 duty codes of the principal of the unit named {@code unit}. */
    private static List<String> codes(List<Person> principals, Map<Long, Org> units, String unit) {
        Person head = principals.stream().filter(p -> units.get(p.orgId()).name().equals(unit)).findFirst().orElseThrow();
        return server.server().duty().duties().items().list(Actor.SYSTEM,
                new DutyFilter(null, 2025, head.id(), null, null, null, null), new Page(50, 0)).items().stream()
                .map(DutyItem::code).toList();
    }

    @Test
    void lawReportsForPastYearsAndRectificationsMostlyClosed() {
        LawReportSummary y2025 = server.server().duty().lawReports().summary(Actor.SYSTEM, 2025, null);
        assertTrue(y2025.reported() > y2025.leaders() / 2 && y2025.reported() < y2025.leaders(), y2025.summary());
        assertEquals(0, server.server().duty().lawReports().summary(Actor.SYSTEM, 2026, null).reports(),
                "the year's 述法 has not happened yet");
        RectificationSummary old = server.server().duty().rectifications().summary(Actor.SYSTEM, 2024, null);
        assertTrue(old.total() >= 5 && old.closed() > old.total() / 2, old.summary());
        assertTrue(duties.rectifications() > 12, "rectifications " + duties.rectifications());
        RectificationSummary now = server.server().duty().rectifications().summary(Actor.SYSTEM, 2026, null);
        assertTrue(now.open() > 0, "this year has open items too: " + now.summary());
    }

    @Test
    void noHearingAfterToday() {
        AppearanceRates next = server.server().duty().appearance().rates(Actor.SYSTEM, 2027, null);
        assertEquals(0, next.heard());
    }

    @Test
    void lastYearsAssessmentIsReviewedWithRanksAndThisYearsIsInProgress() {
        Assessment service = new Assessment(server.server().database(), server.services().audit());
        List<Round> rounds = service.rounds().list(Actor.SYSTEM, null);
        assertEquals(List.of(2026, 2025), rounds.stream().map(Round::year).sorted(java.util.Comparator.reverseOrder()).toList());
        Results last = service.results().results(Actor.SYSTEM, assessment.lastYear().id());
        assertEquals(assessment.units(), last.assessed());
        assertEquals(1, last.units().get(0).rank());
        assertTrue(last.units().stream().allMatch(u -> u.state() == UnitState.CONFIRMED && u.rank() >= 1));
        assertTrue(last.sentence().matches("纳入考核的\\d+个单位中\\d+个基本达到指标体系工作标准\\(\\d+\\.\\d%\\),(高于|达到|低于)年度目标70%"),
                last.sentence());
        Round now = service.rounds().get(Actor.SYSTEM, assessment.thisYear().id());
        assertTrue(now.selfDeadline().isAfter(TODAY), "self-assessment still open");
        assertTrue(now.units().stream().anyMatch(u -> u.state() == UnitState.SUBMITTED)
                && now.units().stream().anyMatch(u -> u.state() == UnitState.OPEN), "some submitted, some drafting");
    }

    @Test
    void threeYearsOfReconsiderationCasesWithTheReportsFiguresAndThisYearsLatestPending() {
        Reconsiderations service = new Reconsiderations(server.server().database(), server.services().audit());
        assertTrue(reconsiderations.perYear()[0] >= 40 && reconsiderations.perYear()[1] >= 40, "about fifty a year");
        assertTrue(reconsiderations.pending() > 0, "some of this year's still pending");
        ReconsiderationStats last = service.stats().stats(Actor.SYSTEM, TODAY.getYear() - 1, null);
        assertTrue(last.summary().matches((TODAY.getYear() - 1) + "年收到行政复议申请\\d+件,受理\\d+件\\(受理率\\d+\\.\\d%\\),审结\\d+件,"
                + "按期结案率\\d+\\.\\d%,直接纠错率\\d+\\.\\d%,综合纠错率\\d+\\.\\d%。"), last.summary());
        assertTrue(last.directCorrections() > 0 && last.comprehensiveCorrections() > last.directCorrections(),
                "corrections directly and in 调解/和解/撤回: " + last.summary());
    }

    @Test
    void aQuestionBankOfEveryTypeOnTheLawsATestAsksAbout() {
        var bank = new QuestionBank(server.server().database(), server.services().audit()).questions();
        assertEquals(63, questions);
        assertEquals(63, bank.list(Actor.SYSTEM, QuestionFilter.ALL, Page.FIRST).total());
        assertTrue(bank.laws(Actor.SYSTEM).containsAll(List.of("中华人民共和国宪法", "中华人民共和国行政复议法",
                "中华人民共和国行政诉讼法", "中华人民共和国行政处罚法", "中华人民共和国民法典")), bank.laws(Actor.SYSTEM).toString());
    }

    private static OnlineExams exams() {
        return new OnlineExams(server.server().database(), server.services().audit(), server.clock());
    }

    @Test
    void anOnlineExamUnderWayShowsOnTheOrganisersPages() {
        assertEquals(6, exam.candidates());
        assertEquals(4, exam.submitted());
        assertEquals(1, exam.awaitingMarking());
        // Its candidates, scores and results: DemoExamTest (online-exam, on both engines). Here the --demo server's
        // organiser page, marking page and statistics show it.
        String variant = exams().desk().candidates(Actor.SYSTEM, exam.examId()).get(0).variant();
        Http admin = server.login(TestServer.ADMIN);
        String page = admin.get("/tests/" + exam.batchId() + "/exam").body();
        assertTrue(page.contains("周明远") && page.contains(">90<") && page.contains("待阅 1") && page.contains("答题中")
                && page.contains("未登录"), page);
        long caseQuestion = exams().desk().paper(Actor.SYSTEM, exam.examId(), variant).stream()
                .filter(q -> q.type() == org.fazhi.onlineexam.bank.QuestionType.CASE).findFirst().orElseThrow().id();
        String marking = admin.get("/tests/" + exam.batchId() + "/exam/marking?question=" + caseQuestion).body();
        assertTrue(marking.contains("该决定程序违法"), marking);
        assertTrue(exams().desk().stats(Actor.SYSTEM, exam.examId()).stream().anyMatch(q -> q.asked() > 0 && q.correct() > 0),
                "the submitted papers counted per question");
    }

    /**
     * The demo's histories name believable people, never "system": a duty's review trail shows the unit submitting and
     * the county's 依法治县办 approving or returning, as does a 整改 item's trail and the assessment's review; a unit's
     * evidence was added by the unit.
     */
    @Test
    void theReviewHistoriesNameTheUnitAndTheReviewingOfficeNotSystem() {
        var jdbi = server.server().database().jdbi();
        java.util.function.Function<String, List<String>> actors = sql -> jdbi.withHandle(h -> h.createQuery(sql)
                .mapTo(String.class).list());
        List<String> reviewers = actors.apply("SELECT DISTINCT actor FROM duty_reviews WHERE action IN ('APPROVE', 'RETURN')");
        assertEquals(List.of("县委依法治县办"), reviewers, "duties are approved and returned by the county's office");
        List<String> wrongSubmitter = actors.apply("SELECT r.actor FROM duty_reviews r JOIN duty_items i ON i.id = r.item_id "
                + "JOIN orgs o ON o.id = i.org_id WHERE r.action = 'SUBMIT' AND r.actor <> o.name");
        assertEquals(List.of(), wrongSubmitter, "a unit submits its own duties");
        assertEquals(List.of(), actors.apply("SELECT e.created_by FROM duty_evidence e JOIN duty_items i ON i.id = e.item_id "
                + "JOIN orgs o ON o.id = i.org_id WHERE e.created_by <> o.name"), "a unit files its own evidence");
        assertEquals(List.of("县委依法治县办"), actors.apply("SELECT DISTINCT actor FROM rectification_steps WHERE action = 'CLOSE'"),
                "整改 is signed off by the county's office");
        assertEquals(List.of(), actors.apply("SELECT s.actor FROM rectification_steps s JOIN rectifications r ON r.id = "
                + "s.rectification_id JOIN orgs o ON o.id = r.org_id WHERE s.action <> 'CLOSE' AND s.actor <> o.name"),
                "the unit rectifies");
        assertEquals(List.of("县委依法治县办"), actors.apply("SELECT DISTINCT reviewed_by FROM assessment_answers "
                + "WHERE reviewed_by IS NOT NULL"), "the assessment is reviewed by the county's office");
        assertEquals(List.of(), actors.apply("SELECT e.created_by FROM assessment_evidence e JOIN orgs o ON o.id = e.org_id "
                + "WHERE e.created_by <> o.name"), "a unit adds its own evidence");

        // As the pages show them: an approved duty's trail and a reviewed unit's desk.
        Http admin = server.login(TestServer.ADMIN);
        long approved = jdbi.withHandle(h -> h.createQuery("SELECT item_id FROM duty_reviews WHERE action = 'APPROVE' "
                + "ORDER BY id LIMIT 1").mapTo(Long.class).one());
        DutyItem item = server.server().duty().duties().items().get(Actor.SYSTEM, approved);
        String trail = admin.get("/duties/items/" + approved).body();
        assertTrue(trail.contains("<td>" + item.orgName() + "</td>") && trail.contains("<td>县委依法治县办</td>"), trail);
        assertTrue(!trail.contains("<td>system</td>"), trail);
        long unit = jdbi.withHandle(h -> h.createQuery("SELECT org_id FROM assessment_evidence WHERE round_id = :r ORDER BY id "
                + "LIMIT 1").bind("r", assessment.lastYear().id()).mapTo(Long.class).one());
        String desk = admin.get("/assessment/rounds/" + assessment.lastYear().id() + "/units/" + unit).body();
        assertTrue(desk.contains("<p class=\"evidence-meta\">" + server.services().orgs().get(Actor.SYSTEM, unit).name() + " · "),
                desk);
        assertTrue(!desk.contains("system · "), desk);
    }
}
