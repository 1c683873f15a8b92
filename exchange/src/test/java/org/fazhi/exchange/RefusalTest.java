package org.fazhi.exchange;

import static org.fazhi.exchange.Instance.ADMIN;
import static org.fazhi.exchange.Instance.PNG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.Test;

/** Every package that does not check out is refused whole, with a Chinese line saying why, and nothing is written. */
class RefusalTest extends CountyAndCity {

    byte[] aPackage() {
        county.session(justice, "2025-03-15", "学习行政复议法", head, PNG);
        county.courtCase(justice, List.of("2025-04-01"), List.of());
        return county.export(countyGov, 2025);
    }

    String refused(byte[] pkg) {
        String before = city.counts();
        PackageRefused e = assertThrows(PackageRefused.class, () -> city.receive(pkg));
        assertEquals(before, city.counts(), "nothing written: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void anyByteOfAnyEntryChangedIsRefused() throws IOException {
        byte[] pkg = aPackage();
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        city.trust(county, "清河县");
        Map<String, byte[]> entries = entries(pkg);
        assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith("files/")), entries.keySet().toString());
        for (String name : entries.keySet()) {
            for (int at : new int[] {0, entries.get(name).length / 2, entries.get(name).length - 1}) {
                Map<String, byte[]> changed = new LinkedHashMap<>(entries);
                byte[] bytes = changed.get(name).clone();
                bytes[at] ^= 0x01;
                changed.put(name, bytes);
                String why = refused(zip(changed));
                assertTrue(why.contains("签名") || why.contains("SHA-256") || why.contains("JSON") || why.contains("清单"),
                        name + "@" + at + ": " + why);
            }
        }
        Map<String, byte[]> extra = new LinkedHashMap<>(entries);
        extra.put("data/law-training/extra.json", "[]".getBytes(StandardCharsets.UTF_8));
        assertTrue(refused(zip(extra)).contains("清单未列"));
        Map<String, byte[]> missing = new LinkedHashMap<>(entries);
        missing.remove(entries.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().orElseThrow());
        assertTrue(refused(zip(missing)).contains("缺少清单所列"));
        assertEquals(1, city.receive(pkg).records() > 0 ? 1 : 0, "the untouched package goes in");
    }

    /**
     * Any byte of the file itself changed, zip headers, central directory and the seal included (bytes a zip
     * reader skips), is refused with a Chinese line and never a crash, and nothing is written.
     */
    /** Words of an English sentence, as the JDK's zip reader words its errors ("invalid entry CRC (expected …"). */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,} [A-Za-z]{2,}");

    @Test
    void anyByteOfTheFileChangedIsRefused() {
        byte[] pkg = aPackage();
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        city.trust(county, "清河县");
        String before = city.counts();
        int damaged = 0;
        for (int at = 0; at < pkg.length; at++) {
            // Every byte with its lowest bit flipped, every third with its highest as well.
            for (int flip : at % 3 == 0 ? new int[] {0x01, 0x80} : new int[] {0x01}) {
                byte[] bytes = pkg.clone();
                bytes[at] ^= (byte) flip;
                PackageRefused e = assertThrows(PackageRefused.class, () -> PackageReader.verify(new ByteArrayInputStream(bytes),
                        PackageReader.Limits.DEFAULT, city.exchange.trustedKeys()), "byte " + at + " of " + pkg.length);
                assertFalse(e.getMessage().isBlank(), "byte " + at);
                assertFalse(ENGLISH.matcher(e.getMessage()).find(), "byte " + at + ", plain Chinese: " + e.getMessage());
                damaged += e.getMessage().startsWith("报送包已损坏或被改动") ? 1 : 0;
            }
        }
        assertTrue(damaged > 0, "a flipped byte inside an entry's data is a damaged package");
        byte[] longer = java.util.Arrays.copyOf(pkg, pkg.length + 1);
        assertTrue(refused(longer).contains("整体签名"));
        String shorter = refused(java.util.Arrays.copyOf(pkg, pkg.length - 1));
        assertTrue(shorter.contains("整体签名"), shorter);
        byte[] tampered = pkg.clone();
        tampered[pkg.length / 2] ^= 0x55;
        refused(tampered);
        assertEquals(before, city.counts(), "nothing written");
        assertTrue(city.receive(pkg).records() > 0, "the untouched package goes in");
    }

    @Test
    void anUntrustedKeyIsRefused() {
        byte[] pkg = aPackage();
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        String why = refused(pkg);
        assertEquals("报送包的签名公钥(指纹 " + county.exchange.publicKey().fingerprint()
                + ")未被本系统信任,请先核对指纹并登记发送方公钥", why);
        try (Instance impostor = new Instance()) {
            city.trust(impostor, "冒名者");
            assertTrue(refused(pkg).contains("未被本系统信任"), "another instance's key does not make it trusted");
        }
    }

    @Test
    void aRootCodeTheReceiverLacksIsRefusedNamingIt() {
        byte[] pkg = aPackage();
        city.trust(county, "清河县");
        assertEquals("本系统没有统一社会信用代码为 " + RoundTripTest.COUNTY + " 的单位(报送包的单位“清河县人民政府”),"
                + "请先在单位信息中为对应单位填写该代码", refused(pkg));
    }

    @Test
    void aUnitWhoseCodeTheReceiverKeepsElsewhereIsRefused() {
        county.org("清河县财政局", OrgKind.DEPARTMENT, countyGov, RoundTripTest.JUSTICE);
        byte[] pkg = aPackage();
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        city.org("滁州市财政局", OrgKind.DEPARTMENT, cityGov, RoundTripTest.JUSTICE);
        city.trust(county, "清河县");
        assertEquals("本系统中统一社会信用代码为 " + RoundTripTest.JUSTICE + " 的单位不在“清河县人民政府”之下,"
                + "与报送包中“清河县财政局”的位置不符,请核对后再接收", refused(pkg));
    }

    @Test
    void aZipThatIsNotAPackageAndAFileThatIsNotAZipAreRefused() throws IOException {
        city.trust(county, "清河县");
        assertTrue(refused(zip(Map.of("readme.txt", "你好".getBytes(StandardCharsets.UTF_8)))).contains("不允许的文件名"));
        assertTrue(refused(zip(Map.of("orgs.json", "[]".getBytes(StandardCharsets.UTF_8)))).contains("缺少 manifest.json"));
        assertTrue(refused("这不是压缩包".getBytes(StandardCharsets.UTF_8)).contains("不是"));
        assertTrue(refused(new byte[0]).contains("不是"));
        assertTrue(refused(zip(Map.of("../evil.json", new byte[1]))).contains("不允许的文件名"));
    }

    @Test
    void anOversizedPackageIsRefusedWhileItIsRead() {
        byte[] pkg = aPackage();
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        city.trust(county, "清河县");
        Exchange small = new Exchange(city.ledger.database(), city.ledger.services().audit(), city.clock,
                ExchangeSchema.SLICES, new PackageReader.Limits(1000, 100, 1 << 20));
        PackageRefused e = assertThrows(PackageRefused.class, () -> small.receive(ADMIN, new ByteArrayInputStream(pkg)));
        assertTrue(e.getMessage().contains("超过大小上限"), e.getMessage());
        Exchange few = new Exchange(city.ledger.database(), city.ledger.services().audit(), city.clock,
                ExchangeSchema.SLICES, new PackageReader.Limits(3, 1 << 20, 1 << 20));
        e = assertThrows(PackageRefused.class, () -> few.receive(ADMIN, new ByteArrayInputStream(pkg)));
        assertTrue(e.getMessage().contains("文件数超过上限 3 个"), e.getMessage());
        // A zip bomb: a megabyte of zeros squeezed into a kilobyte, refused when the limit is passed while inflating.
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("orgs.json", new byte[2 << 20]);
        e = assertThrows(PackageRefused.class, () -> small.receive(ADMIN, new ByteArrayInputStream(zip(bomb))));
        assertTrue(e.getMessage().contains("超过大小上限"), e.getMessage());
    }

    static Map<String, byte[]> entries(byte[] pkg) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pkg))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ledger that trusted its own key (before that was refused) still cannot receive its own package. */
    @Test
    void aPackageOfThisInstancesOwnIsRefused() {
        byte[] pkg = aPackage();
        SigningKey.PublicInfo own = county.exchange.publicKey();
        county.ledger.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO exchange_trusted_keys (name, public_key, "
                + "fingerprint, trusted_by, trusted_at) VALUES ('本县', :pem, :fp, 'admin', '2026-01-01T00:00:00Z')")
                .bind("pem", own.pem()).bind("fp", own.fingerprint()).execute());
        String before = county.counts();
        PackageRefused e = assertThrows(PackageRefused.class, () -> county.receive(pkg));
        assertTrue(e.getMessage().contains("本系统自己导出的"), e.getMessage());
        assertEquals(before, county.counts(), "nothing written");
        assertFalse(county.ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM received_units")
                .mapTo(Long.class).one()) > 0, "no unit of its own made read-only");
    }

    /**
     * A year after the current one (2031 while the clock says 2026) is refused on export, naming 年度, and written
     * nowhere; a package of such a year, from a sender whose clock runs ahead, is refused by the receiver whole.
     */
    @Test
    void aYearStillToComeIsNeitherExportedNorReceived() {
        county.session(justice, "2025-03-15", "学习行政复议法", head, PNG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.fazhi.model.ValidationException e = assertThrows(org.fazhi.model.ValidationException.class,
                () -> county.exchange.export(ADMIN, countyGov.id(), 2031, out));
        assertEquals("year", e.field());
        assertEquals("年度2031年晚于今年(2026年),不能导出尚未到来年度的报送包", e.getMessage());
        assertEquals(0, out.size(), "nothing written");
        assertEquals(2026, county.export(countyGov, 2026).length > 0 ? 2026 : 0, "the current year is exported");

        county.clock.set(java.time.LocalDate.of(2032, 1, 10));
        byte[] ahead = county.export(countyGov, 2031);
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        city.trust(county, "清河县");
        assertEquals("报送包的年度2031年晚于本系统的今年(2026年),不能接收;请发送方核对系统日期后重新导出", refused(ahead));
        assertEquals(0, city.exchange.received().size(), "no package recorded");
        city.clock.set(java.time.LocalDate.of(2031, 12, 31));
        assertEquals(2031, city.receive(ahead).year(), "the same package once the receiver's year has come");
    }
}
