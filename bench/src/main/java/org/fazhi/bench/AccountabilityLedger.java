package org.fazhi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fazhi.bench.ProvinceTree.Person;
import org.fazhi.bench.ProvinceTree.Unit;
import org.fazhi.model.org.OrgKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * 年终述法 records and the 整改 ledger over ten years. Each year most principals (and, to make up the
 * number, some deputies in charge) report at the year's end, rated and scored. Problems found in
 * inspections are given 30–90 days; old ones are nearly all closed (销号), some late, a few reopened
 * once; recent ones are at every stage. Steps follow RectificationService's moves
 * (START OPEN→IN_PROGRESS, RECTIFIED →RECTIFIED, CLOSE RECTIFIED→CLOSED, REOPEN RECTIFIED→IN_PROGRESS).
 */
final class AccountabilityLedger {
    private static final String REPORT_SQL = "INSERT INTO law_reports (person_id, org_id, year, way, reported_on, rating, score, "
            + "note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RECTIFICATION_SQL = "INSERT INTO rectifications (id, org_id, problem, source, found_on, deadline, "
            + "measures, responsible, status, closed_on, closing_note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STEP_SQL = "INSERT INTO rectification_steps (rectification_id, action, from_status, to_status, "
            + "comment, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String[] WAYS = {"WRITTEN", "WRITTEN", "MEETING", "MEETING", "COMMITTEE", "ON_SITE"};
    private static final String[][] PROBLEMS = {
        {"部分行政执法案卷未载明法律依据和裁量理由", "法治督察"},
        {"重大行政决策目录未按时向社会公布", "法治政府建设督察"},
        {"规范性文件未按规定报送备案审查", "规范性文件检查"},
        {"行政机关负责人出庭应诉率低于平均水平", "出庭应诉情况通报"},
        {"法律顾问未全程参与重大合同审查", "法治督察"},
        {"政务公开栏目行政执法信息更新不及时", "法治政府建设督察"},
        {"会前学法未形成书面记录", "法治督察"},
        {"行政复议决定书履行不到位", "行政复议案件评查"}};
    private static final String ACTOR = "sfj-organiser";

    private final Handle h;
    private final Random random;
    private final LocalDate end;

    private AccountabilityLedger(Handle h, Random random, int lastYear) {
        this.h = h;
        this.random = random;
        this.end = LocalDate.of(lastYear, 12, 31);
    }

    /** Inserts about {@code total} 述法 records (a tenth a year); returns the count. */
    static int lawReports(Handle h, ProvinceTree tree, int total, int lastYear, Random random) {
        return new AccountabilityLedger(h, random, lastYear).lawReports(tree, total);
    }

    /** Inserts {@code total} 整改 items with their steps; returns {items, steps}. */
    static int[] rectifications(Handle h, ProvinceTree tree, int total, int lastYear, Random random) {
        return new AccountabilityLedger(h, random, lastYear).rectifications(tree, total);
    }

    private int lawReports(ProvinceTree tree, int total) {
        PreparedBatch batch = h.prepareBatch(REPORT_SQL);
        int made = 0;
        for (int y = 0; y < 10; y++) {
            int year = end.getYear() - 9 + y;
            int want = total / 10 + (y == 9 ? total % 10 : 0);
            List<Person> principals = new ArrayList<>();
            List<Person> deputies = new ArrayList<>();
            for (Unit u : tree.units()) {
                (random.nextInt(12) == 0 ? deputies : principals).add(tree.principal(u));
                deputies.add(tree.heads(u).get(1));
            }
            Collections.shuffle(principals, random);
            Collections.shuffle(deputies, random);
            principals.addAll(deputies);
            for (Person p : principals.subList(0, Math.min(want, principals.size()))) {
                LocalDate on = LocalDate.of(year, 12, 15).plusDays(random.nextInt(35));
                int r = random.nextInt(10);
                String rating = r < 4 ? "EXCELLENT" : r < 8 ? "GOOD" : r < 9 ? "FAIR" : null;
                Double score = rating == null ? null : switch (rating) {
                    case "EXCELLENT" -> 90.0 + random.nextInt(10);
                    case "GOOD" -> 80.0 + random.nextInt(10);
                    default -> 70.0 + random.nextInt(10);
                };
                batch.add(p.id(), p.orgId(), year, WAYS[random.nextInt(WAYS.length)], on, rating, score,
                        random.nextInt(10) == 0 ? "述法报告已在单位门户网站公开" : null, Stamps.at(on), Stamps.at(on));
                made++;
            }
            Batches.execute(batch);
            batch = h.prepareBatch(REPORT_SQL);
        }
        return made;
    }

    private int[] rectifications(ProvinceTree tree, int total) {
        List<Unit> units = tree.units().stream().filter(u -> u.parentId() != null && u.kind() != OrgKind.UNIT).toList();
        PreparedBatch items = h.prepareBatch(RECTIFICATION_SQL);
        PreparedBatch steps = h.prepareBatch(STEP_SQL);
        int stepCount = 0;
        for (int id = 1; id <= total; id++) {
            Unit u = units.get(random.nextInt(units.size()));
            String[] p = PROBLEMS[random.nextInt(PROBLEMS.length)];
            LocalDate found = end.minusYears(10).plusDays(1 + random.nextInt(3650));
            LocalDate deadline = found.plusDays(30 + 15 * random.nextInt(5));
            int roll = random.nextInt(100);
            boolean old = deadline.isBefore(end.minusDays(60));
            // 0 open, 1 in progress, 2 rectified awaiting 销号, 3 closed
            int stage = old ? (roll < 92 ? 3 : roll < 95 ? 2 : 1) : (roll < 30 ? 0 : roll < 60 ? 1 : roll < 80 ? 2 : 3);
            LocalDate started = found.plusDays(3 + random.nextInt(8));
            LocalDate rectified = random.nextInt(8) == 0 ? deadline.plusDays(5 + random.nextInt(20)) : deadline.minusDays(random.nextInt(20));
            rectified = clamp(rectified, started, end);
            LocalDate closed = clamp(rectified.plusDays(3 + random.nextInt(15)), rectified, end);
            boolean reopened = stage == 3 && random.nextInt(30) == 0;
            String status = switch (stage) {
                case 0 -> "OPEN";
                case 1 -> "IN_PROGRESS";
                case 2 -> "RECTIFIED";
                default -> "CLOSED";
            };
            String measures = stage == 0 ? null : "制定整改方案,明确责任人和完成时限,逐项整改到位";
            LocalDate touched = stage == 0 ? found : stage == 1 ? started : stage == 2 ? rectified : closed;
            items.add(id, u.id(), p[0], p[1], found, deadline, measures, u.name().replace("人民政府", "") + "主要负责人", status,
                    stage == 3 ? closed : null, stage == 3 ? "经复核整改到位,同意销号" : null, Stamps.at(found), Stamps.at(touched));
            if (stage >= 1) {
                steps.add(id, "START", "OPEN", "IN_PROGRESS", "已制定整改方案", ACTOR, Stamps.at(started));
                stepCount++;
            }
            if (reopened) {
                LocalDate first = clamp(rectified.minusDays(10), started, rectified);
                steps.add(id, "RECTIFIED", "IN_PROGRESS", "RECTIFIED", "已完成整改", ACTOR, Stamps.at(first));
                steps.add(id, "REOPEN", "RECTIFIED", "IN_PROGRESS", "整改不彻底,退回重新整改", ACTOR, Stamps.at(first));
                stepCount += 2;
            }
            if (stage >= 2) {
                steps.add(id, "RECTIFIED", "IN_PROGRESS", "RECTIFIED", "已完成整改", ACTOR, Stamps.at(rectified));
                stepCount++;
            }
            if (stage == 3) {
                steps.add(id, "CLOSE", "RECTIFIED", "CLOSED", "经复核整改到位,同意销号", ACTOR, Stamps.at(closed));
                stepCount++;
            }
            if (id % 5_000 == 0) {
                Batches.execute(items, steps);
                items = h.prepareBatch(RECTIFICATION_SQL);
                steps = h.prepareBatch(STEP_SQL);
            }
        }
        Batches.execute(items, steps);
        return new int[] {total, stepCount};
    }

    private static LocalDate clamp(LocalDate d, LocalDate min, LocalDate max) {
        return d.isBefore(min) ? min : d.isAfter(max) ? max : d;
    }
}
