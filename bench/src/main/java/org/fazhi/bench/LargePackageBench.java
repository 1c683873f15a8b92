package org.fazhi.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.exchange.Exchange;
import org.fazhi.exchange.PackageWriter;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.fazhi.training.study.AttachmentKind;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.server.Modules;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;

/**
 * A 报送 package far bigger than the heap: a county's year with {@code MB} (default 150) of sign-in scans that do
 * not compress, exported through the library, then sent to a city's real server in this JVM by
 * {@code POST /api/packages} (the file streamed as the body) — run with a heap smaller than the package, e.g.
 * {@code java -Xmx128m … org.fazhi.bench.LargePackageBench 150}. Each step prints its time and the peak heap while
 * it ran; an OutOfMemoryError would end the run. The package is never held in memory: exported from the file store,
 * spooled to a temporary file at the server, checked and taken in an entry at a time.
 */
public final class LargePackageBench {
    /** A scan of 1.5 MB: 100 of them make 150 MB. */
    static final int SCAN = 1_500_000;

    private LargePackageBench() {
    }

    public static void main(String[] args) throws Exception {
        org.fazhi.web.cli.Logging.bridgeJul();
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        Path dir = Files.createTempDirectory("fazhi-large-package-bench-");
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        System.out.printf("机器:%s;开始时负载 %s;最大堆 %d MB%n", Machine.describe(), Machine.load(),
                Runtime.getRuntime().maxMemory() >> 20);
        Path file = dir.resolve("package.zip");
        String pem;
        try (Database county = Database.open(DataFolder.open(dir.resolve("county")), Modules.MIGRATIONS, clock)) {
            CoreServices core = new CoreServices(county, clock);
            LawTraining training = new LawTraining(county, core.audit(), clock);
            Org root = core.orgs().create(PackageBench.ADMIN, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null, PackageBench.COUNTY));
            Person head = core.people().create(PackageBench.ADMIN, Person.draft(root.id(), "张县长", "县长", LeaderCategory.PRINCIPAL));
            Random random = new Random(14);
            int scans = (int) Math.ceil(mb * 1_000_000.0 / SCAN);
            long t0 = System.nanoTime();
            for (int k = 0; k < scans; k++) {
                LocalDate date = LocalDate.of(PackageBench.YEAR, 1 + k % 12, 1 + k % 28);
                training.sessions().create(PackageBench.ADMIN, new StudySession(null, root.id(), date, StudyKind.COLLECTIVE,
                                "学习第" + (k + 1) + "期法律法规", List.of("中华人民共和国宪法"), "王律师", null, 60, 1, 1, null, 0),
                        List.of(new Attendee(head.id(), head.name(), AttendanceStatus.PRESENT, false)), true,
                        List.of(new AttachmentService.Material(AttachmentKind.SIGN_IN, "签到表" + k + ".png",
                                PackageBench.scan(random, SCAN))));
            }
            System.out.printf("县级台账:学法 %d 次,每次一份 %.1f MB 的签到表扫描件;生成 %.1f s%n", scans, SCAN / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            Exchange sender = new Exchange(county, core.audit(), clock);
            pem = sender.publicKey().pem();
            PackageWriter.Written written = PackageBench.step("导出(export,库)", () -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    return sender.export(PackageBench.ADMIN, root.id(), PackageBench.YEAR, out);
                }
            });
            System.out.printf("  包 %.1f MB,附件 %d 个%n", Files.size(file) / 1e6, written.files());
        }
        try (WebServer city = WebServer.start(new ServerConfig("127.0.0.1", 0, dir.resolve("city"), false), clock)) {
            CoreServices core = city.services();
            Org cityGov = core.orgs().create(PackageBench.ADMIN, Org.draft("滁州市人民政府", OrgKind.CITY_GOV, null, PackageBench.CITY));
            core.orgs().create(PackageBench.ADMIN, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, cityGov.id(), PackageBench.COUNTY));
            String password = "bench-password-1";
            core.users().create(PackageBench.ADMIN, new UserAccount(null, "admin", null, Role.ADMIN, null, false, 0), password);
            new Exchange(city.database(), core.audit(), clock).trustedKeys().trust(PackageBench.ADMIN, "清河县", pem);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + city.port();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
            if (!token.find()) {
                throw new IllegalStateException("login: " + login.statusCode() + " " + login.body());
            }
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/packages"))
                    .header("Authorization", "Bearer " + token.group(1)).header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            HttpResponse<String> received = PackageBench.step("接收(POST /api/packages,服务器与本进程同一个堆)",
                    () -> http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            System.out.println("  " + received.statusCode() + " " + received.body());
            if (received.statusCode() != 200) {
                throw new IllegalStateException("the package was refused");
            }
            HttpResponse<String> again = PackageBench.step("再次接收同一包(unchanged)",
                    () -> http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            System.out.println("  " + again.statusCode() + " " + again.body());
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
