package org.fazhi.duty.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyChanges;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.ReportRating;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.demo.DemoActors;
import org.jdbi.v3.core.Jdbi;

/**
 * Adds three years of 第一责任人 duties to the demo county: each year's plan for every principal,
 * evidence notes and links (情况说明, 新闻链接) for what was done, the review trail, a few duties that
 * do not apply or lag behind; 年终述法 for past years; and a 整改 ledger with problems found in
 * inspections, most closed (销号), some overdue. Only dates up to today. Fixed seed.
 */
public final class DemoDuties {
    private static final long SEED = 20_240_902L;
    /** What a unit typically files as proof of each catalogue duty: title and 情况说明 text. */
    private static final Map<String, String[]> PROOF = Map.of(
            "EXEC_MEETING_REPORT", new String[] {"常务会议纪要(听取法治政府建设工作汇报)",
                "本年度主持召开常务会议专题听取法治政府建设工作汇报,研究部署年度重点任务,会议纪要已存档。"},
            "WORK_PLAN", new String[] {"年度法治政府建设工作要点",
                "已将法治政府建设纳入本年度工作报告和年度工作计划,印发工作要点并分解责任。"},
            "PRE_MEETING_STUDY", new String[] {"会前学法记录及签到表",
                "主持常务会议会前学法,学习行政复议法、民法典等法律法规,记录见学法台账。"},
            "MAJOR_DECISIONS", new String[] {"重大行政决策合法性审查意见书",
                "本年度重大行政决策均经公众参与、专家论证、风险评估、合法性审查和集体讨论决定。"},
            "COURT_APPEARANCE", new String[] {"出庭应诉情况说明",
                "本年度行政诉讼案件负责人出庭应诉情况见出庭应诉台账,未出庭的均有正当理由并委托相应工作人员。"},
            "YEAR_END_REPORT", new String[] {"年终述法报告",
                "在年终述职中专题报告履行推进法治建设第一责任人职责情况。"},
            "ANNUAL_REPORT", new String[] {"法治政府建设年度报告(公开链接)",
                "上一年度法治政府建设年度报告已按时报送并在政府门户网站公开。"});
    private static final String[][] PROBLEMS = {
        {"部分行政执法案卷未载明法律依据和裁量理由", "县委依法治县办法治督察"},
        {"重大行政决策目录未按时向社会公布", "市法治政府建设督察"},
        {"规范性文件未按规定报送备案审查", "县司法局规范性文件检查"},
        {"行政机关负责人出庭应诉率低于全县平均水平", "出庭应诉情况通报"},
        {"法律顾问未全程参与重大合同审查", "县委依法治县办法治督察"},
        {"政务公开栏目行政执法信息更新不及时", "市法治政府建设督察"},
        {"会前学法未形成书面记录", "县委依法治县办法治督察"},
        {"行政复议决定书履行不到位", "行政复议案件评查"}};

    private final CoreServices core;
    private final DutyTracking duty;
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Random random = new Random(SEED);

    public DemoDuties(CoreServices core, DutyTracking duty, Jdbi jdbi) {
        this.core = core;
        this.duty = duty;
        this.jdbi = jdbi;
        this.audit = core.audit();
    }

    public record Result(int items, int evidence, int lawReports, int rectifications) {
    }

    public Result load(LocalDate today) {
        Duties duties = duty.duties();
        int items = 0;
        int evidence = 0;
        int reports = 0;
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            items += duties.plans().plan(Actor.SYSTEM, year, null);
            List<DutyItem> list = duties.items().list(Actor.SYSTEM, DutyFilter.year(year), new Page(10_000, 0)).items();
            for (DutyItem item : list) {
                evidence += progress(duties, item, today);
            }
            reports += lawReports(list, year, today);
        }
        return new Result(items, evidence, reports, rectifications(today));
    }

    /** Moves one item along as a real unit would; returns the pieces of evidence added. */
    private int progress(Duties duties, DutyItem item, LocalDate today) {
        boolean past = item.year() < today.getYear();
        boolean due = !item.dueDate().isAfter(today);
        int roll = random.nextInt(100);
        // The unit records, proves and submits its duty; the county's office approves or returns it.
        Actor unit = DemoActors.unit(item.orgName());
        if ("COURT_APPEARANCE".equals(item.code()) && roll < 12) {
            DutyItem fresh = duties.items().get(Actor.SYSTEM, item.id());
            duties.items().update(unit, item.id(), new DutyChanges(DutyStatus.NOT_APPLICABLE,
                    "本年度本单位无行政诉讼案件", null, null), fresh.version());
            duties.reviews().submit(unit, item.id(), null);
            duties.reviews().approve(DemoActors.REVIEWER, item.id(), "情况属实");
            return 0;
        }
        // Past years are mostly done; this year, what is due is mostly done and the rest under way.
        int doneShare = past ? 90 : due ? 75 : 30;
        if (roll >= doneShare + (past ? 0 : 25)) {
            return 0;
        }
        LocalDate effective = item.dueDate().minusDays(10 + random.nextInt(60));
        if (effective.getYear() < item.year()) {
            effective = LocalDate.of(item.year(), 1, 15);
        }
        if (effective.isAfter(today)) {
            effective = today;
        }
        String[] proof = PROOF.getOrDefault(item.code(), new String[] {"履职情况说明", "已按要求履行该项职责。"});
        if ("ANNUAL_REPORT".equals(item.code())) {
            duties.evidence().addLink(unit, item.id(), proof[0],
                    "http://www.qinghe.gov.cn/zwgk/fzzfjs/" + item.year() + "/ndbg.html", effective);
        } else {
            duties.evidence().addNote(unit, item.id(), proof[0], proof[1], effective);
        }
        if (roll >= doneShare) {
            return 1;
        }
        duties.reviews().submit(unit, item.id(), null);
        if (random.nextInt(15) == 0) {
            duties.reviews().sendBack(DemoActors.REVIEWER, item.id(), "佐证材料不完整,请补充会议纪要原件扫描件");
            return 1;
        }
        if (past || random.nextInt(4) != 0) {
            duties.reviews().approve(DemoActors.REVIEWER, item.id(), "材料齐全,同意");
        }
        return 1;
    }

    /** 年终述法 of each principal at the year's end, for years whose end has come. */
    private int lawReports(List<DutyItem> items, int year, LocalDate today) {
        LocalDate on = LocalDate.of(year, 12, 20 + random.nextInt(8));
        if (on.isAfter(today)) {
            return 0;
        }
        int made = 0;
        for (long personId : items.stream().map(DutyItem::personId).distinct().toList()) {
            if (random.nextInt(12) == 0) {
                continue;
            }
            ReportWay way = ReportWay.values()[random.nextInt(ReportWay.values().length)];
            int r = random.nextInt(10);
            ReportRating rating = r < 4 ? ReportRating.EXCELLENT : r < 8 ? ReportRating.GOOD : ReportRating.FAIR;
            double score = rating == ReportRating.EXCELLENT ? 90 + random.nextInt(10) : rating == ReportRating.GOOD ? 80 + random.nextInt(10)
                    : 70 + random.nextInt(10);
            duty.lawReports().create(Actor.SYSTEM, LawReport.draft(personId, year, way, on, rating, score, null));
            made++;
        }
        return made;
    }

    /** Problems found in inspections over the years: old ones closed, recent ones open, a few late. */
    private int rectifications(LocalDate today) {
        List<Org> units = core.orgs().visible(Actor.SYSTEM).stream()
                .filter(o -> o.kind() == OrgKind.DEPARTMENT || o.kind() == OrgKind.TOWNSHIP).toList();
        if (units.isEmpty()) {
            return 0;
        }
        int made = 0;
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            int count = 5 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                LocalDate found = LocalDate.of(year, 3 + random.nextInt(8), 5 + random.nextInt(20));
                if (found.isAfter(today)) {
                    continue;
                }
                rectification(units.get(random.nextInt(units.size())), found, today);
                made++;
            }
        }
        return made;
    }

    /** One problem taken as far as a unit would have got by today: 0 open … 3 销号. */
    private void rectification(Org org, LocalDate found, LocalDate today) {
        String[] p = PROBLEMS[random.nextInt(PROBLEMS.length)];
        LocalDate deadline = found.plusDays(30 + 15 * random.nextInt(4));
        int roll = random.nextInt(10);
        boolean old = deadline.isBefore(today.minusDays(60));
        int stage = old ? (roll < 1 ? 1 : 3) : roll < 3 ? 0 : roll < 6 ? 1 : roll < 8 ? 2 : 3;
        LocalDate closedOn = random.nextInt(8) == 0 ? deadline.plusDays(10) : deadline.minusDays(random.nextInt(20));
        if (closedOn.isAfter(today) || closedOn.isBefore(found)) {
            closedOn = stage == 3 && !today.isBefore(found) ? today : found;
        }
        // The services stamp what happens "today"; run them on the day each step was taken.
        RectificationService onFound = on(found);
        // The inspecting office records the problem and signs it off (销号); the unit rectifies it.
        Actor unit = DemoActors.unit(org.name());
        Rectification r = onFound.create(DemoActors.REVIEWER, Rectification.draft(org.id(), p[0], p[1], found, deadline, null,
                org.name() + "主要负责人"));
        if (stage >= 1) {
            r = onFound.start(unit, r.id(), r.version(), "已制定整改方案");
        }
        if (stage >= 2) {
            r = on(closedOn).markRectified(unit, r.id(), r.version(), "对照问题逐项整改,完善制度并组织专题培训",
                    "整改完成,申请销号");
        }
        if (stage >= 3) {
            on(closedOn).close(DemoActors.REVIEWER, r.id(), r.version(), "经核查整改到位,同意销号");
        }
    }

    private RectificationService on(LocalDate day) {
        return new RectificationService(jdbi, audit, Clock.fixed(day.atTime(10, 0).atZone(audit.zone()).toInstant(), audit.zone()));
    }
}
