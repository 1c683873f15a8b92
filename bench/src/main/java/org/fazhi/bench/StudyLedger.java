package org.fazhi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.fazhi.bench.ProvinceTree.Unit;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.db.StudySessionMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Ten years of 学法 sessions, with the kinds that fit each unit: governments hold 常务会议会前学法 (most of
 * them the four a year the quota asks, a few fewer), departments 领导班子集体学法 (most at least the two a
 * year), everyone lectures, written study and the odd court observation. Some units study more than
 * others. Each year's sessions are inserted in date order, as a ledger filled over the years would be.
 */
final class StudyLedger {
    private static final String SQL = "INSERT INTO study_sessions (org_id, date, kind, topic, laws, lecturer, lecturer_unit, minutes, "
            + "expected, attended, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String[] LECTURE_UNITS = {"省委党校", "市司法局", "县司法局", "金诚律师事务所", "正衡律师事务所",
        "政府法律顾问团", "市中级人民法院", "省社会科学院"};
    /** Share of governments and departments that meet their yearly quota: compliance is not 100%. */
    private static final double COMPLIANT = 0.85;

    private record Planned(long orgId, OrgKind orgKind, LocalDate date, StudyKind kind) {
    }

    private final Handle h;
    private final ProvinceTree tree;
    private final Random random;
    private final List<String> laws;
    private final PersonNames lecturers;

    private StudyLedger(Handle h, ProvinceTree tree, Random random) {
        this.h = h;
        this.tree = tree;
        this.random = random;
        this.laws = h.createQuery("SELECT title FROM law_catalog ORDER BY id").mapTo(String.class).list();
        this.lecturers = new PersonNames(random);
    }

    /** Inserts {@code sessions} sessions dated over the ten years up to {@code lastYear}; returns the count. */
    static int fill(Handle h, ProvinceTree tree, int sessions, int lastYear, Random random) {
        return new StudyLedger(h, tree, random).fill(sessions, lastYear);
    }

    private int fill(int sessions, int lastYear) {
        List<Unit> units = tree.units();
        double[] weight = new double[units.size()];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = 0.5 + random.nextDouble();
            sum += weight[i];
        }
        int made = 0;
        for (int y = 0; y < 10; y++) {
            int year = lastYear - 9 + y;
            int yearTotal = sessions / 10 + (y == 9 ? sessions % 10 : 0);
            int[] share = shares(yearTotal, weight, sum);
            List<Planned> rows = new ArrayList<>(yearTotal);
            for (int i = 0; i < units.size(); i++) {
                plan(units.get(i), year, share[i], rows);
            }
            rows.sort(Comparator.comparing(Planned::date));
            made += insert(rows);
        }
        return made;
    }

    /** Splits a year's total over the units by weight, exactly (largest remainders go to the first units). */
    private static int[] shares(int total, double[] weight, double sum) {
        int[] share = new int[weight.length];
        int given = 0;
        for (int i = 0; i < weight.length; i++) {
            share[i] = (int) Math.floor(total * weight[i] / sum);
            given += share[i];
        }
        for (int i = 0; given < total; i = (i + 1) % weight.length, given++) {
            share[i]++;
        }
        return share;
    }

    private void plan(Unit u, int year, int n, List<Planned> rows) {
        StudyKind mandated = switch (u.kind()) {
            case CITY_GOV, COUNTY_GOV, OTHER -> StudyKind.EXEC_MEETING;
            case DEPARTMENT -> StudyKind.COLLECTIVE;
            default -> null;
        };
        int quota = mandated == StudyKind.EXEC_MEETING ? 4 : 2;
        int required = mandated == null ? 0
                : Math.min(n, random.nextDouble() < COMPLIANT ? quota + random.nextInt(3) : random.nextInt(quota));
        for (int i = 0; i < required; i++) {
            // 常务会议学法 spreads over the quarters; other kinds fall anywhere in the year.
            int quarter = mandated == StudyKind.EXEC_MEETING ? i % 4 : random.nextInt(4);
            rows.add(new Planned(u.id(), u.kind(), dayIn(year, quarter), mandated));
        }
        StudyKind[] others = others(u.kind());
        for (int i = required; i < n; i++) {
            rows.add(new Planned(u.id(), u.kind(), dayIn(year, random.nextInt(4)), others[random.nextInt(others.length)]));
        }
    }

    /** The kinds a unit of this kind holds, its mandated kind first: what an import of its sessions names. */
    static List<StudyKind> kindsFor(OrgKind kind) {
        List<StudyKind> kinds = new ArrayList<>();
        if (kind == OrgKind.CITY_GOV || kind == OrgKind.COUNTY_GOV || kind == OrgKind.OTHER) {
            kinds.add(StudyKind.EXEC_MEETING);
        }
        for (StudyKind k : others(kind)) {
            if (!kinds.contains(k)) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    private static StudyKind[] others(OrgKind kind) {
        return switch (kind) {
            case CITY_GOV, COUNTY_GOV, OTHER -> new StudyKind[] {StudyKind.CENTRAL_GROUP, StudyKind.LECTURE, StudyKind.LECTURE,
                StudyKind.WRITTEN, StudyKind.COURT_OBSERVATION};
            case DEPARTMENT -> new StudyKind[] {StudyKind.COLLECTIVE, StudyKind.PARTY_GROUP, StudyKind.LECTURE, StudyKind.LECTURE,
                StudyKind.WRITTEN, StudyKind.WRITTEN, StudyKind.COURT_OBSERVATION};
            case TOWNSHIP, DEV_ZONE -> new StudyKind[] {StudyKind.COLLECTIVE, StudyKind.PARTY_GROUP, StudyKind.LECTURE,
                StudyKind.WRITTEN};
            default -> new StudyKind[] {StudyKind.COLLECTIVE, StudyKind.LECTURE, StudyKind.WRITTEN};
        };
    }

    private LocalDate dayIn(int year, int quarter) {
        return LocalDate.of(year, 1 + 3 * quarter, 1).plusDays(random.nextInt(90));
    }

    private int insert(List<Planned> rows) {
        PreparedBatch batch = h.prepareBatch(SQL);
        int made = 0;
        for (Planned p : rows) {
            String law = laws.get(random.nextInt(laws.size()));
            List<String> studied = new ArrayList<>(List.of(law));
            for (int extra = random.nextInt(3); extra > 0; extra--) {
                String more = laws.get(random.nextInt(laws.size()));
                if (!studied.contains(more)) {
                    studied.add(more);
                }
            }
            boolean outside = p.kind() == StudyKind.LECTURE || random.nextInt(5) == 0 && p.kind() != StudyKind.WRITTEN;
            boolean governmentMeeting = p.orgKind() == OrgKind.CITY_GOV || p.orgKind() == OrgKind.COUNTY_GOV;
            int expected = (governmentMeeting ? 15 : 8) + random.nextInt(25);
            int attended = Math.max(0, expected - random.nextInt(4));
            var at = Stamps.at(p.date());
            batch.add(p.orgId(), p.date(), p.kind().name(), topic(p.kind(), law), StudySessionMapper.lawsJson(studied),
                    p.kind() == StudyKind.WRITTEN ? null : lecturers.next(),
                    outside ? LECTURE_UNITS[random.nextInt(LECTURE_UNITS.length)] : null, minutes(p.kind()), expected, attended,
                    random.nextInt(20) == 0 ? "会后形成学法纪要并存档" : null, at, at);
            made++;
            if (made % 10_000 == 0) {
                batch.execute();
                batch = h.prepareBatch(SQL);
            }
        }
        batch.execute();
        return made;
    }

    private static String topic(StudyKind kind, String law) {
        return switch (kind) {
            case EXEC_MEETING -> "常务会议会前学法:学习《" + law + "》";
            case CENTRAL_GROUP -> "中心组专题学习《" + law + "》";
            case LECTURE -> "《" + law + "》专题讲座";
            case WRITTEN -> "自学《" + law + "》并撰写心得";
            case COURT_OBSERVATION -> "旁听行政诉讼案件庭审";
            default -> "集体学习《" + law + "》";
        };
    }

    private Integer minutes(StudyKind kind) {
        return switch (kind) {
            case EXEC_MEETING -> 20 + 5 * random.nextInt(5);
            case LECTURE -> 90 + 30 * random.nextInt(4);
            case COURT_OBSERVATION -> 120 + 30 * random.nextInt(5);
            case WRITTEN -> random.nextBoolean() ? null : 60;
            default -> 30 + 15 * random.nextInt(5);
        };
    }
}
