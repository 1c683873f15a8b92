package org.fazhi.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.exchange.Exchange;
import org.fazhi.exchange.ExchangeSchema;
import org.fazhi.exchange.PackageImporter;
import org.fazhi.exchange.PackageReader;
import org.fazhi.exchange.PackageWriter;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.AttachmentKind;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.server.Modules;

/**
 * 报送 at a county's scale: a 50-unit county's year (about 2,000 records: 学法 with attendees, 200 of them with a
 * ~200 KB sign-in scan, duty items, court cases with hearings, test batches with results, 述法, 整改, 行政复议)
 * is exported as a signed package, verified and imported into a city's ledger, each step timed with its peak heap.
 * Through the library (what the page, the API and {@code package} call), on two SQLite ledgers in a temporary
 * folder. Run with the server's heap: {@code -Xmx256m}.
 */
public final class PackageBench {
    static final Actor ADMIN = Actor.SYSTEM;
    static final int YEAR = 2025;
    static final String COUNTY = "11341100003000001P";
    static final String CITY = "113411000030000041";

    private PackageBench() {
    }

    public static void main(String[] args) throws Exception {
        org.fazhi.web.cli.Logging.bridgeJul();
        Path dir = Files.createTempDirectory("fazhi-package-bench-");
        Clock clock = Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        System.out.println("机器:" + Machine.describe() + ";开始时负载 " + Machine.load());
        try (Database county = Database.open(DataFolder.open(dir.resolve("county")), Modules.MIGRATIONS, clock);
             Database city = Database.open(DataFolder.open(dir.resolve("city")), Modules.MIGRATIONS, clock)) {
            long t0 = System.nanoTime();
            Made made = fill(county, clock, new Random(14));
            System.out.printf("县级台账:%d 个单位,%d 名人员,%s;生成 %.1f s%n", made.units, made.people, made.records,
                    (System.nanoTime() - t0) / 1e9);

            CoreServices cityCore = new CoreServices(city, clock);
            Org cityGov = cityCore.orgs().create(ADMIN, Org.draft("滁州市人民政府", OrgKind.CITY_GOV, null, CITY));
            cityCore.orgs().create(ADMIN, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, cityGov.id(), COUNTY));
            Exchange sender = new Exchange(county, new CoreServices(county, clock).audit(), clock);
            Exchange receiver = new Exchange(city, cityCore.audit(), clock);
            receiver.trustedKeys().trust(ADMIN, "清河县", sender.publicKey().pem());

            Path file = dir.resolve("package.zip");
            PackageWriter.Written written = step("导出(export)", () -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    return sender.export(ADMIN, made.root, YEAR, out);
                }
            });
            System.out.printf("  包 %.1f MB,附件 %d 个,SHA-256 %s…%n", Files.size(file) / 1e6, written.files(),
                    written.sha256().substring(0, 12));
            step("校验(verify)", () -> PackageReader.verify(file, PackageReader.Limits.DEFAULT, receiver.trustedKeys()).sha256());
            PackageImporter.Imported imported = step("接收(verify + import)", () -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                    return receiver.receive(ADMIN, in);
                }
            });
            System.out.printf("  接收记录 %d 条%n", imported.records());
            PackageImporter.Imported again = step("再次接收同一包(unchanged)", () -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                    return receiver.receive(ADMIN, in);
                }
            });
            if (!again.unchanged()) {
                throw new IllegalStateException("the same package twice changed something");
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs a step after a full collection, printing its time and the peak heap while it ran. */
    static <T> T step(String name, Callable<T> op) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t = System.nanoTime();
        T result = op.call();
        double s = (System.nanoTime() - t) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s:%.2f s,堆峰值 %d MB(开始时 %d MB)%n", name, s, peak >> 20, before >> 20);
        return result;
    }

    record Made(long root, int units, int people, String records) {
    }

    /** The county: its government over 49 departments and townships, four leaders each, and a year's records. */
    static Made fill(Database db, Clock clock, Random random) {
        CoreServices core = new CoreServices(db, clock);
        LawTraining training = new LawTraining(db, core.audit(), clock);
        DutyTracking duty = new DutyTracking(db, core.audit(), clock);
        Reconsiderations reconsiderations = new Reconsiderations(db, core.audit(), clock);
        Org root = core.orgs().create(ADMIN, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null, COUNTY));
        List<Org> units = new ArrayList<>(List.of(root));
        for (int i = 1; i < 50; i++) {
            OrgKind kind = i < 35 ? OrgKind.DEPARTMENT : OrgKind.TOWNSHIP;
            units.add(core.orgs().create(ADMIN, Org.draft((kind == OrgKind.DEPARTMENT ? "县第" + i + "局" : "第" + i + "镇人民政府"),
                    kind, root.id())));
        }
        List<List<Person>> people = new ArrayList<>();
        LeaderCategory[] categories = {LeaderCategory.PRINCIPAL, LeaderCategory.DEPUTY, LeaderCategory.DEPUTY_IN_CHARGE,
            LeaderCategory.STAFF};
        for (Org o : units) {
            List<Person> mine = new ArrayList<>();
            for (int p = 0; p < categories.length; p++) {
                mine.add(core.people().create(ADMIN, Person.draft(o.id(), o.name().substring(0, 2) + "干部" + p,
                        p == 0 ? "负责人" : p == 3 ? "科员" : "副职", categories[p])));
            }
            people.add(mine);
        }
        int sessions = 0;
        int files = 0;
        for (int u = 0; u < units.size(); u++) {
            Org o = units.get(u);
            for (int k = 0; k < 24; k++) {
                LocalDate date = LocalDate.of(YEAR, k / 2 + 1, 1 + 14 * (k % 2) + random.nextInt(14));
                List<Attendee> who = people.get(u).stream()
                        .map(p -> new Attendee(p.id(), p.name(), AttendanceStatus.PRESENT, false)).toList();
                List<AttachmentService.Material> scan = files < 200 && k % 6 == 0
                        ? List.of(new AttachmentService.Material(AttachmentKind.SIGN_IN, "签到表" + files + ".png", scan(random)))
                        : List.of();
                files += scan.size();
                training.sessions().create(ADMIN, new StudySession(null, o.id(), date, StudyKind.COLLECTIVE, "学习第" + (k + 1)
                        + "期法律法规", List.of("中华人民共和国宪法"), "王律师", null, 60, 4, 4, null, 0), who, true, scan);
                sessions++;
            }
        }
        int duties = duty.duties().plans().plan(ADMIN, YEAR, root.id());
        int cases = 0;
        int hearings = 0;
        for (int c = 0; c < 150; c++) {
            Org o = units.get(1 + random.nextInt(units.size() - 1));
            CourtCase made = duty.courtCases().create(ADMIN, CourtCase.draft("(" + YEAR + ")皖1102行初" + (c + 1) + "号", "清河县人民法院",
                    org.fazhi.duty.court.Instance.FIRST, o.id(), "行政处罚", LocalDate.of(YEAR, 1 + random.nextInt(6), 1 + random.nextInt(27))));
            cases++;
            for (int h = 0; h < 2; h++) {
                LocalDate on = made.filedOn().plusDays(30L + 60L * h);
                duty.courtCases().addHearing(ADMIN, made.id(), random.nextBoolean()
                        ? Hearing.appeared(on, null, "某负责人", "局长", LeaderCategory.PRINCIPAL, true)
                        : Hearing.absent(on, null, AbsenceReason.NONE, "李科员", false));
                hearings++;
            }
        }
        int results = 0;
        for (int b = 0; b < 10; b++) {
            ExamBatch batch = training.exams().createBatch(ADMIN, new ExamBatch(null, root.id(), LocalDate.of(YEAR, b + 1, 15),
                    Track.NON_NPC, "A", 100, 60, null, null, 0));
            List<ExamResult> rows = new ArrayList<>();
            for (int r = 0; r < 20; r++) {
                Org o = units.get(1 + random.nextInt(units.size() - 1));
                rows.add(new ExamResult(null, batch.id(), "考生" + b + "-" + r, null, o.id(), "科长", "副局长",
                        55.0 + random.nextInt(45), false, null, null, null));
            }
            results += training.exams().addResults(ADMIN, batch.id(), rows).size();
        }
        for (int u = 0; u < units.size(); u++) {
            duty.lawReports().create(ADMIN, LawReport.draft(people.get(u).get(0).id(), YEAR, ReportWay.WRITTEN,
                    LocalDate.of(YEAR, 12, 20), null, null, null));
        }
        for (int r = 0; r < 200; r++) {
            Org o = units.get(random.nextInt(units.size()));
            LocalDate found = LocalDate.of(YEAR, 1 + random.nextInt(11), 1 + random.nextInt(27));
            duty.rectifications().create(ADMIN, Rectification.draft(o.id(), "执法案卷评查发现问题" + r, "案卷评查", found,
                    found.plusDays(60), null, null));
        }
        for (int r = 0; r < 100; r++) {
            Org o = units.get(1 + random.nextInt(units.size() - 1));
            LocalDate on = LocalDate.of(YEAR, 1 + random.nextInt(11), 1 + random.nextInt(27));
            reconsiderations.cases().create(ADMIN, ReconsiderationCase.draft("清复〔" + YEAR + "〕" + (r + 1) + "号", "张某某",
                    ApplicantType.CITIZEN, o.id(), MatterCategory.PENALTY, on, on.plusDays(2), null, Procedure.NORMAL, 0, null, null,
                    false, null, null));
        }
        int total = sessions + duties + cases + 10 + 50 + 200 + 100;
        return new Made(root.id(), units.size(), units.size() * categories.length, String.format(
                "%d 条记录(学法 %d 次、附件 %d 个,职责事项 %d 项,出庭案件 %d 件、开庭 %d 次,测试 10 批、成绩 %d 条,述法 50 份,整改 200 项,"
                        + "行政复议 100 件)", total, sessions, files, duties, cases, hearings, results));
    }

    /** A sign-in sheet as scanned: a PNG header and about 200 KB that do not compress. */
    static byte[] scan(Random random) {
        return scan(random, 190_000 + random.nextInt(20_000));
    }

    /** A scan of {@code size} bytes that do not compress. */
    static byte[] scan(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        byte[] header = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452");
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }
}
