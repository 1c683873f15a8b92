package org.fazhi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fazhi.bench.CourtLedger.Defendant;
import org.fazhi.bench.CourtLedger.Head;
import org.fazhi.bench.ProvinceTree.Person;
import org.fazhi.bench.ProvinceTree.Unit;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.DataFolder;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.jdbi.v3.core.Jdbi;

/**
 * A province-scale ledger for the benchmarks (issue 6). At scale 1: 2,000 units (a province government,
 * 13 cities, 130 counties and the departments, townships, development zones and 局属单位 under them),
 * 20,000 people, ten years of 500,000 study sessions, 200,000 test results, 300,000 hearings over about
 * 200,000 court instances, about 100,000 第一责任人 duty items, 20,000 述法 records and 10,000 整改
 * items. Fixed seeds: the same scale gives the same ledger.
 *
 * <p>The rows go in as plain batched SQL through the server's own Jdbi (loading speed is not what the
 * benchmark measures; the import is measured separately), into a database opened once through
 * {@link WebServer#start} so that every module's migrations have run and the seeded catalogues exist.
 * Each part follows the rules of the service that would have written it (outcomes, retake chains,
 * review states, rectification steps), so every page reads it as real data.
 *
 * <p>Alone: {@code ProvinceLedger DIR [SCALE]} fills {@code DIR} (which must not hold a ledger yet) and
 * adds the admin account {@value #USER} / {@value #PASSWORD}, for running the server by hand on it.
 */
public final class ProvinceLedger {
    static final String USER = "bench";
    static final String PASSWORD = "bench-password";

    /** What was made. {@code dutyFromYear}: duties are planned for whole years, back from the last one. */
    record Counts(int units, int people, int sessions, int batches, int results, int retakes, int instances, int hearings,
                  int dutyItems, int evidence, int reviews, int dutyFromYear, int lawReports, int rectifications, int steps) {
        String summary() {
            return String.format("%,d 个单位,%,d 名人员,%,d 次学法,%,d 批测试 %,d 条成绩(其中补考 %,d),%,d 个审级 %,d 次开庭,"
                            + "%,d 项职责(%d 年起;佐证 %,d、审核记录 %,d),%,d 份述法,%,d 项整改(%,d 个步骤)", units, people, sessions,
                    batches, results, retakes, instances, hearings, dutyItems, dutyFromYear, evidence, reviews, lawReports,
                    rectifications, steps);
        }
    }

    private final ProvinceTree tree;
    private final Counts counts;

    private ProvinceLedger(ProvinceTree tree, Counts counts) {
        this.tree = tree;
        this.counts = counts;
    }

    public static void main(String[] args) throws Exception {
        org.fazhi.web.cli.Logging.bridgeJul();
        if (args.length < 1) {
            System.err.println("用法:ProvinceLedger 数据目录 [规模,默认 1]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        if (Files.exists(dir.resolve(DataFolder.DATABASE_FILE))) {
            System.err.println("数据目录 " + dir + " 中已有台账,请换一个空目录");
            System.exit(1);
        }
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, dir, false))) {
            ProvinceLedger ledger = generate(server, scale, LocalDate.now().getYear() - 1, true);
            System.out.println(ledger.counts().summary());
            System.out.println("管理员账号:" + USER + " / " + PASSWORD);
        }
    }

    /** The admin account {@value #USER} / {@value #PASSWORD} the benchmarks sign in with. */
    static void addAdmin(WebServer server) {
        server.services().users().create(Actor.SYSTEM, new UserAccount(null, USER, "基准测试管理员", Role.ADMIN, null, false, 0),
                PASSWORD);
    }

    /**
     * Fills the empty ledger of {@code server} at {@code scale} (1 = province) with ten years up to
     * {@code lastYear}, adds the admin account, and runs ANALYZE unless told not to.
     */
    static ProvinceLedger generate(WebServer server, double scale, int lastYear, boolean analyze) {
        addAdmin(server);
        Jdbi jdbi = server.database().jdbi();
        ProvinceTree tree = ProvinceTree.plan(scale, new Random(6));
        step("单位与人员", () -> jdbi.useTransaction(h -> tree.insert(h, Stamps.at(LocalDate.of(lastYear - 9, 1, 4)))));
        int[] sessions = new int[1];
        step("学法记录", () -> sessions[0] = jdbi.inTransaction(h ->
                StudyLedger.fill(h, tree, scaled(500_000, scale), lastYear, new Random(61))));
        int[] tests = new int[3];
        step("任前法律知识测试", () -> System.arraycopy(jdbi.inTransaction(h ->
                ExamLedger.fill(h, tree, scaled(200_000, scale), lastYear, new Random(62))), 0, tests, 0, 3));
        CourtLedger.Made[] court = new CourtLedger.Made[1];
        step("出庭应诉", () -> court[0] = jdbi.inTransaction(h ->
                CourtLedger.fill(h, defendants(tree, new Random(63)), scaled(300_000, scale), lastYear, new Random(64))));
        DutyLedger.Made[] duties = new DutyLedger.Made[1];
        step("第一责任人职责", () -> duties[0] = jdbi.inTransaction(h ->
                DutyLedger.fill(h, tree, scaled(100_000, scale), lastYear, new Random(65))));
        int[] reports = new int[1];
        int[] rectifications = new int[2];
        step("述法与整改", () -> jdbi.useTransaction(h -> {
            reports[0] = AccountabilityLedger.lawReports(h, tree, scaled(20_000, scale), lastYear, new Random(66));
            System.arraycopy(AccountabilityLedger.rectifications(h, tree, scaled(10_000, scale), lastYear, new Random(67)), 0,
                    rectifications, 0, 2);
        }));
        if (analyze) {
            // The server itself never runs ANALYZE or PRAGMA optimize, so an office's ledger, grown by
            // forms and imports, has no statistics and the planner goes by the schema alone. It should:
            // SQLite recommends PRAGMA optimize (cheap: it analyses only tables whose statistics are
            // missing or stale, bounded by analysis_limit) when a connection opens and after large changes
            // such as an import. Until it does, the figures with ANALYZE are for a ledger in better shape
            // than an office's; --no-analyze measures the ledger as offices have it.
            step("ANALYZE", () -> jdbi.useHandle(h -> h.execute("ANALYZE")));
        }
        return new ProvinceLedger(tree, new Counts(tree.units().size(), tree.people().size(), sessions[0], tests[0], tests[1],
                tests[2], court[0].instances(), court[0].hearings(), duties[0].items(), duties[0].evidence(), duties[0].reviews(),
                duties[0].fromYear(), reports[0], rectifications[0], rectifications[1]));
    }

    ProvinceTree tree() {
        return tree;
    }

    Counts counts() {
        return counts;
    }

    private static int scaled(int full, double scale) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    /**
     * Every unit but the province government may be sued; governments far more often than departments,
     * 局属单位 rarely. A county's units go before the county court, appealed to the city's 中级法院;
     * governments and city departments start higher up.
     */
    private static List<Defendant> defendants(ProvinceTree tree, Random random) {
        List<Defendant> list = new ArrayList<>();
        for (Unit u : tree.units()) {
            if (u.parentId() == null) {
                continue;
            }
            Unit cityGov = u.cityId() == null ? u : tree.unit(u.cityId());
            String city = cityGov.name().replace("人民政府", "");
            String county = u.countyId() == null ? null : tree.unit(u.countyId()).name().replace("人民政府", "");
            boolean government = u.kind() == OrgKind.CITY_GOV || u.kind() == OrgKind.COUNTY_GOV;
            String court = government ? city + "中级人民法院" : county == null ? city + "铁路运输法院" : county + "人民法院";
            String appeal = government ? "基准省高级人民法院" : city + "中级人民法院";
            double weight = switch (u.kind()) {
                case CITY_GOV -> 8;
                case COUNTY_GOV -> 6;
                case DEPARTMENT -> county == null ? 3 : 2;
                case UNIT -> 0.2;
                default -> 1;
            };
            List<Head> heads = tree.heads(u).stream().map(p -> new Head(p.name(), p.position(), p.category())).toList();
            Person clerk = tree.staff(u).get(0);
            list.add(new Defendant(u.id(), heads, clerk.name() + "(" + clerk.position() + ")", court, appeal,
                    0.45 + random.nextDouble() * 0.53, weight));
        }
        return list;
    }

    private static void step(String what, Runnable r) {
        long start = System.nanoTime();
        r.run();
        System.out.printf("  生成%s:%.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }
}
