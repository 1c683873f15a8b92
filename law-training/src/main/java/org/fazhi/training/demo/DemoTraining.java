package org.fazhi.training.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.PersonService;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;

/**
 * Adds three years of 学法 and 任前法律知识测试 to the demo county: the county government's 常务会议学法
 * and 中心组学法, departments' 集体学法 (some behind quota, as in real life), townships' 党组会前学法,
 * lectures and written study, and a few test batches a year with failures, retakes and absences.
 * Only dates up to today, so the current year is judged on pace. Fixed seed: the same demo every time.
 */
public final class DemoTraining {
    private static final long SEED = 20_240_315L;
    private static final String[] TOPICS = {
        "学习《中华人民共和国行政复议法》修订要点", "学习习近平法治思想", "学习《中华人民共和国民法典》合同编",
        "学习《优化营商环境条例》", "学习《重大行政决策程序暂行条例》", "学习《中华人民共和国安全生产法》",
        "学习《中华人民共和国行政处罚法》", "学习《法治政府建设实施纲要(2021—2025年)》",
        "学习《中华人民共和国法治宣传教育法》", "学习《中华人民共和国个人信息保护法》",
        "学习《信访工作条例》", "学习行政机关负责人出庭应诉有关规定", "学习《中华人民共和国宪法》",
        "学习《中华人民共和国政府信息公开条例》", "学习《中华人民共和国突发事件应对法》"};
    private static final String[][] LAWS = {
        {"中华人民共和国行政复议法"}, {"中华人民共和国宪法"}, {"中华人民共和国民法典"}, {"优化营商环境条例"},
        {"重大行政决策程序暂行条例"}, {"中华人民共和国安全生产法"}, {"中华人民共和国行政处罚法", "中华人民共和国行政强制法"},
        {"法治政府建设实施纲要(2021—2025年)"}, {"中华人民共和国法治宣传教育法"}, {"中华人民共和国个人信息保护法"},
        {"信访工作条例"}, {"中华人民共和国行政诉讼法"}, {"中华人民共和国宪法"}, {"中华人民共和国政府信息公开条例"},
        {"中华人民共和国突发事件应对法"}};
    private static final String[] LECTURERS = {"县司法局局长", "县政府法律顾问", "清河律师事务所律师", "县人民法院行政庭庭长",
        "市委党校教授", "县委政法委副书记"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚"};

    private final CoreServices core;
    private final LawTraining training;
    private final Random random = new Random(SEED);

    public DemoTraining(CoreServices core, LawTraining training) {
        this.core = core;
        this.training = training;
    }

    public record Result(int sessions, int batches, int results) {
    }

    public Result load(LocalDate today) {
        List<Org> orgs = core.orgs().visible(Actor.SYSTEM);
        int sessions = 0;
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            for (Org o : orgs) {
                sessions += sessionsOf(o, year, today);
            }
        }
        int[] tests = tests(orgs, today);
        return new Result(sessions, tests[0], tests[1]);
    }

    private int sessionsOf(Org o, int year, LocalDate today) {
        int n = 0;
        switch (o.kind()) {
            case COUNTY_GOV, CITY_GOV -> {
                n += series(o, year, today, StudyKind.EXEC_MEETING, 4 + random.nextInt(2), 60, true);
                n += series(o, year, today, StudyKind.CENTRAL_GROUP, 3, 90, false);
                n += series(o, year, today, StudyKind.LECTURE, 1, 180, false);
            }
            case DEPARTMENT -> {
                // About one department in six falls short of its two 集体学法 a year.
                int collective = random.nextInt(6) == 0 ? 1 : 2 + random.nextInt(2);
                n += series(o, year, today, StudyKind.COLLECTIVE, collective, 60, true);
                n += series(o, year, today, StudyKind.WRITTEN, random.nextInt(2), null, false);
            }
            case TOWNSHIP -> n += series(o, year, today, StudyKind.PARTY_GROUP, 3 + random.nextInt(2), 45, true);
            case DEV_ZONE -> n += series(o, year, today, StudyKind.COLLECTIVE, 2, 60, true);
            default -> {
            }
        }
        return n;
    }

    /** {@code count} sessions spread over the year, on weekdays, none after today. */
    private int series(Org o, int year, LocalDate today, StudyKind kind, int count, Integer minutes, boolean withAttendees) {
        int made = 0;
        for (int i = 0; i < count; i++) {
            int month = 1 + (12 * i / Math.max(count, 1)) + random.nextInt(Math.max(1, 12 / Math.max(count, 1)));
            LocalDate date = LocalDate.of(year, Math.min(month, 12), 3 + random.nextInt(24));
            while (date.getDayOfWeek().getValue() > 5) {
                date = date.plusDays(1);
            }
            if (date.isAfter(today)) {
                continue;
            }
            int t = random.nextInt(TOPICS.length);
            String lecturer = kind == StudyKind.WRITTEN ? null : LECTURERS[random.nextInt(LECTURERS.length)];
            StudySession s = new StudySession(null, o.id(), date, kind, TOPICS[t], List.of(LAWS[t]), lecturer,
                    lecturer == null ? null : "清河县", minutes == null ? null : minutes + 15 * random.nextInt(3),
                    0, 0, null, 0);
            List<Attendee> attendees = withAttendees ? attendees(o) : List.of();
            if (attendees.isEmpty()) {
                int expected = 8 + random.nextInt(20);
                s = new StudySession(null, o.id(), date, kind, s.topic(), s.laws(), s.lecturer(), s.lecturerUnit(),
                        s.minutes(), expected, expected - random.nextInt(3), null, 0);
            }
            // Drawn at random, two sessions may share a day and a topic; the demo county stays as it always was.
            training.sessions().create(Actor.SYSTEM, s, attendees, true);
            made++;
        }
        return made;
    }

    private List<Attendee> attendees(Org o) {
        List<Person> people = core.people().list(Actor.SYSTEM, PersonService.Filter.ofUnit(o.id()), new Page(200, 0)).items();
        List<Attendee> out = new ArrayList<>();
        for (Person p : people) {
            int roll = random.nextInt(20);
            AttendanceStatus st = roll == 0 ? AttendanceStatus.LEAVE : roll == 1 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
            out.add(new Attendee(p.id(), p.name(), st, false));
        }
        return out;
    }

    /** A few batches a year; about one candidate in twelve fails and retakes in the next batch. */
    private int[] tests(List<Org> orgs, LocalDate today) {
        Org county = orgs.stream().filter(o -> o.kind() == OrgKind.COUNTY_GOV).findFirst().orElse(null);
        if (county == null) {
            return new int[] {0, 0};
        }
        Org justice = orgs.stream().filter(o -> o.name().endsWith("司法局")).findFirst().orElse(county);
        List<Org> candidatesFrom = orgs.stream().filter(o -> o.kind() == OrgKind.DEPARTMENT || o.kind() == OrgKind.TOWNSHIP).toList();
        int batches = 0;
        int results = 0;
        List<ExamResult> failed = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            for (int month : new int[] {3, 5, 7, 9, 11}) {
                LocalDate date = LocalDate.of(year, month, 10 + random.nextInt(10));
                if (date.isAfter(today)) {
                    break;
                }
                Track track = month == 3 ? Track.NPC : Track.NON_NPC;
                ExamBatch b = training.exams().createBatch(Actor.SYSTEM, new ExamBatch(null,
                        track == Track.NPC ? county.id() : justice.id(), date, track, random.nextBoolean() ? "A" : "B",
                        100, 60, month == 7 ? ExamMode.COMPUTER : ExamMode.WRITTEN, null, 0));
                batches++;
                List<ExamResult> rows = new ArrayList<>();
                for (ExamResult f : failed) {
                    rows.add(new ExamResult(null, 0, f.name(), null, f.orgId(), f.currentPost(), f.proposedPost(),
                            score(70, 8), false, f.id(), null));
                }
                failed.clear();
                int candidates = 8 + random.nextInt(8);
                for (int i = 0; i < candidates; i++) {
                    Org from = candidatesFrom.get(random.nextInt(candidatesFrom.size()));
                    boolean absent = random.nextInt(40) == 0;
                    rows.add(new ExamResult(null, 0, name(), null, from.id(), "副科长", "副局长",
                            absent ? null : score(78, 10), absent, null, null));
                }
                for (ExamResult r : training.exams().addResults(Actor.SYSTEM, b.id(), rows)) {
                    if (r.outcome() == Outcome.DEFERRED) {
                        failed.add(r);
                    }
                    results++;
                }
            }
        }
        return new int[] {batches, results};
    }

    private double score(int mean, int spread) {
        double s = Math.round((mean + random.nextGaussian() * spread) * 2) / 2.0;
        return Math.max(30, Math.min(100, s));
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }
}
