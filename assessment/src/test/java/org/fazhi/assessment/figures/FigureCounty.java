package org.fazhi.assessment.figures;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.duty.duties.DutyChanges;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.model.Page;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.ModuleLedger;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.training.LawTraining;
import org.fazhi.training.LawTrainingSchema;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.QuotaRule;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;

/**
 * A small county whose 2024 is assessed on {@link #TODAY}, built through the ledgers' services, every
 * figure of 县司法局 (justice, with 公证处 below it) counted by hand:
 *
 * <pre>
 * 清河县人民政府 (county, COUNTY_GOV)        另一县人民政府 (county2, COUNTY_GOV)
 * ├── 县司法局 (justice, DEPARTMENT): 张局长 (正职), 李副局长 (副职)
 * │   └── 公证处 (notary, UNIT)
 * └── 县财政局 (finance, DEPARTMENT): 钱局长 (正职)
 *
 * 学法 rules: the shipped 部门领导班子集体学法 COLLECTIVE ≥2/年 (DEPARTMENT) and 县政府常务会议会前学法 ≥4/年
 *   (COUNTY_GOV), and 部门专题讲座 LECTURE ≥1/季度 (DEPARTMENT) added here. 司法局 held COLLECTIVE 03-01,
 *   09-01 (met) and LECTURE in Q1–Q3 only (missed Q4); 公证处 held a LECTURE (its own, no rule for a UNIT)
 *                                                                             → 司法局 1/2 = 50.0%
 * 出庭: 司法局 case 1 heard 05-10 head appeared, case 3 heard 07-01 head appeared; 公证处 case 2 heard 06-01,
 *   no head (无正当理由)                                                         → 2/3 = 66.7%
 * 履职: 张局长 5 items, 2 done, 1 不适用; 李副局长 none (deputies owe none)   → 2/4 = 50.0%; 钱局长 0/5
 * 述法: 张局长 reported on 2024 (李副局长 too, not counted)                    → 1/1 = 100.0%; 钱局长 0/1
 * 任前测试 (organised by the county): B1 04-10 甲 (司法局) 80 · 乙 (司法局) 50 · 丙 (公证处) 70 ·
 *   丁 (财政局) 90; B2 05-10 乙 retake 55 (withdrawn)                         → 司法局 2/3 = 66.7%; 财政局 1/1
 * 整改: 甲 due 03-31 closed 03-01 · 乙 due 06-30 closed on TODAY · 丙 (公证处) due 10-31 open ·
 *   丁 found 12-01 due 2025-06-30 open (not due in 2024)                     → 1/3 = 33.3%
 * </pre>
 */
final class FigureCounty extends ModuleLedger {
    static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    final TestClock clock;
    final LawTraining training;
    final DutyTracking duty;
    final LedgerFigures figures;
    final LedgerRecords records;
    final Org county;
    final Org justice;
    final Org notary;
    final Org finance;
    final Org county2;
    final Person justiceHead;
    final Person justiceDeputy;
    final Person financeHead;
    final ExamBatch b1;
    final ExamBatch b2;
    final CourtCase case1;
    final CourtCase case2;
    final CourtCase case3;
    private int topic;

    FigureCounty() {
        this(TestClock.on(TODAY));
    }

    private FigureCounty(TestClock clock) {
        super(new TempLedger(clock, LawTrainingSchema.MIGRATIONS, DutyTrackingSchema.MIGRATIONS));
        this.clock = clock;
        try {
            training = new LawTraining(ledger.database(), core.audit(), clock);
            duty = new DutyTracking(ledger.database(), core.audit(), clock);
            figures = new LedgerFigures(training, duty);
            records = new LedgerRecords(training, duty);
            county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
            justice = org("县司法局", OrgKind.DEPARTMENT, county);
            notary = org("公证处", OrgKind.UNIT, justice);
            finance = org("县财政局", OrgKind.DEPARTMENT, county);
            county2 = org("另一县人民政府", OrgKind.COUNTY_GOV, null);
            justiceHead = person(justice, "张局长", "局长", LeaderCategory.PRINCIPAL);
            justiceDeputy = person(justice, "李副局长", "副局长", LeaderCategory.DEPUTY);
            financeHead = person(finance, "钱局长", "局长", LeaderCategory.PRINCIPAL);

            rule("部门专题讲座", StudyKind.LECTURE, OrgKind.DEPARTMENT, 1, QuotaPeriod.QUARTER);
            study(justice, "2024-03-01", StudyKind.COLLECTIVE, "学习行政复议法");
            study(justice, "2024-09-01", StudyKind.COLLECTIVE, "学习行政处罚法");
            study(justice, "2024-02-15", StudyKind.LECTURE, "行政执法规范化讲座");
            study(justice, "2024-05-15", StudyKind.LECTURE, "民法典专题讲座");
            study(justice, "2024-08-15", StudyKind.LECTURE, "优化营商环境条例讲座");
            study(justice, "2023-11-15", StudyKind.LECTURE, "去年的讲座");
            study(notary, "2024-04-01", StudyKind.LECTURE, "公证法讲座");

            case1 = courtCase(justice, "(2024)皖0101行初1号", "行政处罚");
            appeared(case1, "2024-05-10");
            case2 = courtCase(notary, "(2024)皖0101行初2号", "行政确认");
            duty.courtCases().addHearing(ADMIN, case2.id(),
                    Hearing.absent(LocalDate.parse("2024-06-01"), null, AbsenceReason.NONE, "王科员", false));
            case3 = courtCase(justice, "(2024)皖0101行初3号", "政府信息公开");
            appeared(case3, "2024-07-01");

            duty.duties().plans().plan(ADMIN, 2024, null);
            List<DutyItem> items = duty.duties().items().list(ADMIN,
                    new DutyFilter(null, 2024, justiceHead.id(), null, null, null, null), Page.FIRST).items();
            set(items.get(0), DutyStatus.DONE, null);
            set(items.get(1), DutyStatus.DONE, null);
            set(items.get(2), DutyStatus.NOT_APPLICABLE, "本年度无此项工作");

            duty.lawReports().create(ADMIN, LawReport.draft(justiceHead.id(), 2024, ReportWay.MEETING,
                    LocalDate.parse("2025-01-20"), null, null, null));
            duty.lawReports().create(ADMIN, LawReport.draft(justiceDeputy.id(), 2024, ReportWay.WRITTEN,
                    LocalDate.parse("2025-01-21"), null, null, null));

            b1 = batch("2024-04-10", "2024年第一批任前测试");
            b2 = batch("2024-05-10", "2024年补考");
            sat(b1, "甲", justice, 80.0, null);
            ExamResult yi = sat(b1, "乙", justice, 50.0, null);
            sat(b1, "丙", notary, 70.0, null);
            sat(b1, "丁", finance, 90.0, null);
            sat(b2, "乙", justice, 55.0, yi.id());

            Rectification a = rectification(justice, "行政执法案卷不规范", "2024-01-10", "2024-03-31");
            Rectification b = rectification(justice, "规范性文件未备案", "2024-02-01", "2024-06-30");
            rectification(notary, "公证档案管理不规范", "2024-05-01", "2024-10-31");
            rectification(justice, "普法责任清单未公开", "2024-12-01", "2025-06-30");
            RectificationService march = new RectificationService(ledger.database().jdbi(), core.audit(),
                    TestClock.on(2024, 3, 1));
            march.markRectified(ADMIN, a.id(), null, "重新评查案卷", null);
            march.close(ADMIN, a.id(), null, "按期销号");
            duty.rectifications().markRectified(ADMIN, b.id(), null, "补报备案", null);
            duty.rectifications().close(ADMIN, b.id(), null, "逾期销号");
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    private void rule(String label, StudyKind kind, OrgKind orgKind, int minimum, QuotaPeriod period) {
        training.rules().create(ADMIN, new QuotaRule(null, label, List.of(kind), orgKind, minimum, period, null, true, 0));
    }

    StudySession study(Org org, String date, StudyKind kind, String topic) {
        return training.sessions().create(ADMIN, new StudySession(null, org.id(), LocalDate.parse(date), kind,
                topic, List.of("中华人民共和国行政复议法"), null, null, 60, 10, 9, null, 0), null).session();
    }

    private CourtCase courtCase(Org org, String caseNo, String cause) {
        return duty.courtCases().create(ADMIN, CourtCase.draft(caseNo, "清河县人民法院", Instance.FIRST, org.id(), cause,
                LocalDate.parse("2024-03-01")));
    }

    private void appeared(CourtCase c, String date) {
        duty.courtCases().addHearing(ADMIN, c.id(),
                Hearing.appeared(LocalDate.parse(date), null, "张局长", "局长", LeaderCategory.PRINCIPAL, true));
    }

    private void set(DutyItem i, DutyStatus status, String reason) {
        duty.duties().items().update(ADMIN, i.id(), new DutyChanges(status, reason, null, null), i.version());
    }

    private ExamBatch batch(String date, String title) {
        return training.exams().createBatch(ADMIN, new ExamBatch(null, county.id(), LocalDate.parse(date), Track.NON_NPC,
                "A", 100, 60, null, title, 0));
    }

    private ExamResult sat(ExamBatch b, String name, Org org, Double score, Long retakeOf) {
        return training.exams().addResult(ADMIN, b.id(), new ExamResult(null, 0, name, null, org.id(), null, null, score,
                false, retakeOf, null, null));
    }

    private Rectification rectification(Org org, String problem, String found, String deadline) {
        return duty.rectifications().create(ADMIN, Rectification.draft(org.id(), problem, "2024年法治政府建设督察",
                LocalDate.parse(found), LocalDate.parse(deadline), null, "张科长"));
    }
}
