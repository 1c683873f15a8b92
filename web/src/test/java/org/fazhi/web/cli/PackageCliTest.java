package org.fazhi.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.CliRun;
import org.fazhi.web.server.Modules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package key|export|trust|import} on two real data folders: a county's year reaches the city. */
class PackageCliTest {
    static final String COUNTY_CODE = "11341100003000001P";

    @TempDir
    Path tmp;

    private long ledger(Path data, String top, String code, String below, String belowCode, boolean withCase) {
        try (Database db = Database.open(DataFolder.open(data), Modules.MIGRATIONS)) {
            CoreServices core = new CoreServices(db, java.time.ZoneId.of("Asia/Shanghai"));
            Org root = core.orgs().create(Actor.SYSTEM, Org.draft(top, OrgKind.CITY_GOV, null, code));
            Org unit = below == null ? root : core.orgs().create(Actor.SYSTEM, Org.draft(below, OrgKind.COUNTY_GOV, root.id(), belowCode));
            if (withCase) {
                DutyTracking duty = new DutyTracking(db, core.audit());
                CourtCase c = duty.courtCases().create(Actor.SYSTEM, CourtCase.draft("(2025)皖0101行初7号", "清河县人民法院",
                        Instance.FIRST, unit.id(), "行政处罚", LocalDate.of(2025, 1, 2)));
                duty.courtCases().addHearing(Actor.SYSTEM, c.id(), Hearing.appeared(LocalDate.of(2025, 3, 1), null, "张县长", "县长",
                        LeaderCategory.PRINCIPAL, true));
            }
            return unit.id();
        }
    }

    private static long count(Path data, String table) {
        try (Database db = Database.open(DataFolder.open(data), Modules.MIGRATIONS)) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
        }
    }

    @Test
    void aCountysYearGoesToTheCityByFileAndTheSameFileTwiceChangesNothing() throws Exception {
        Path county = tmp.resolve("县 数据");
        Path city = tmp.resolve("市 数据");
        long countyId = ledger(county, "清河县人民政府", COUNTY_CODE, null, null, true);
        ledger(city, "滁州市人民政府", "113411000030000041", "清河县人民政府", COUNTY_CODE, false);

        Path pem = tmp.resolve("清河县.pem");
        CliRun key = CliRun.of("package", "key", "--to", pem.toString(), "--data", county.toString());
        assertEquals(0, key.exit(), key.err());
        assertTrue(Files.readString(pem).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertTrue(key.out().matches("(?s).*指纹 [0-9a-f]{16}.*"), key.out());

        Path pkg = tmp.resolve("清河县-2025.zip");
        CliRun export = CliRun.of("package", "export", "--org", String.valueOf(countyId), "--year", "2025",
                "--to", pkg.toString(), "--data", county.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().contains("记录 2 条"), export.out());

        CliRun untrusted = CliRun.of("package", "import", pkg.toString(), "--data", city.toString());
        assertEquals(1, untrusted.exit());
        assertTrue(untrusted.oneChineseLine() && untrusted.err().contains("未被本系统信任"), untrusted.err());

        CliRun trust = CliRun.of("package", "trust", "--name", "清河县", "--key", pem.toString(), "--data", city.toString());
        assertEquals(0, trust.exit(), trust.err());
        CliRun in = CliRun.of("package", "import", pkg.toString(), "--data", city.toString());
        assertEquals(0, in.exit(), in.err());
        assertTrue(in.out().contains("已接收报送包"), in.out());
        assertEquals(1, count(city, "court_hearings"));
        CliRun again = CliRun.of("package", "import", pkg.toString(), "--data", city.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("未作改动"), again.out());
        assertEquals(1, count(city, "court_hearings"));

        byte[] bytes = Files.readAllBytes(pkg);
        bytes[bytes.length / 2] ^= 0x01;
        Path bad = Files.write(tmp.resolve("坏包.zip"), bytes);
        CliRun tampered = CliRun.of("package", "import", bad.toString(), "--data", city.toString());
        assertEquals(1, tampered.exit());
        assertTrue(tampered.oneChineseLine(), tampered.err());
        assertEquals(1, count(city, "exchange_packages"));
    }

    @Test
    void badInputIsOneChineseLineAndWritesNothing() {
        Path county = tmp.resolve("县");
        long id = ledger(county, "清河县人民政府", null, null, null, false);
        Path pkg = tmp.resolve("p.zip");
        CliRun noCode = CliRun.of("package", "export", "--org", String.valueOf(id), "--year", "2025", "--to", pkg.toString(),
                "--data", county.toString());
        assertEquals(1, noCode.exit());
        assertTrue(noCode.oneChineseLine() && noCode.err().contains("没有统一社会信用代码"), noCode.err());
        assertTrue(!Files.exists(pkg), "no file left behind");
        CliRun year = CliRun.of("package", "export", "--org", String.valueOf(id), "--year", "1800", "--to", pkg.toString(),
                "--data", county.toString());
        assertEquals(1, year.exit());
        assertTrue(year.oneChineseLine(), year.err());
        CliRun missing = CliRun.of("package", "import", tmp.resolve("没有.zip").toString(), "--data", county.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.oneChineseLine() && missing.err().contains("不存在"), missing.err());
        CliRun badKey = CliRun.of("package", "trust", "--name", "x", "--key", tmp.resolve("none.pem").toString(), "--data", county.toString());
        assertEquals(1, badKey.exit());
        assertTrue(badKey.oneChineseLine() && badKey.err().contains("无法读取公钥文件"), badKey.err());
    }
}
