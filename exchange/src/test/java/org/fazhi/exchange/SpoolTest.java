package org.fazhi.exchange;

import static org.fazhi.exchange.Instance.ADMIN;
import static org.fazhi.exchange.Instance.PNG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.files.FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package is received through a temporary file, not memory: the upload is copied there (refused once it passes
 * the size limit, without reading the rest), checked and taken in from the file an entry at a time, and the file
 * is deleted whether the package went in or was refused.
 */
class SpoolTest extends CountyAndCity {
    @TempDir
    Path spool;

    private Exchange receiver(PackageReader.Limits limits) {
        return new Exchange(city.ledger.database(), city.ledger.services().audit(), city.clock, ExchangeSchema.SLICES, limits, spool);
    }

    private byte[] aPackage() {
        county.session(justice, "2025-03-15", "学习行政复议法", head, PNG);
        byte[] pkg = county.export(countyGov, 2025);
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        city.trust(county, "清河县");
        return pkg;
    }

    private List<Path> spooled() throws IOException {
        try (Stream<Path> s = Files.list(spool)) {
            return s.toList();
        }
    }

    @Test
    void theTemporaryFileIsGoneAfterAPackageWentIn() throws IOException {
        byte[] pkg = aPackage();
        PackageImporter.Imported r = receiver(PackageReader.Limits.DEFAULT).receive(ADMIN, new ByteArrayInputStream(pkg));
        assertTrue(r.records() > 0);
        assertEquals(List.of(), spooled());
        // The attachment was streamed from the package file into the receiver's store, byte for byte.
        String hash = FileStore.sha256(PNG);
        assertArrayEquals(PNG, Files.readAllBytes(new FileStore(city.ledger.database().folder().attachments().resolve(org.fazhi.training.LawTrainingSchema.FILES.folder()))
                .path(hash)));
    }

    @Test
    void theTemporaryFileIsGoneAfterATamperedPackageWasRefused() throws IOException {
        byte[] pkg = aPackage();
        String before = city.counts();
        byte[] tampered = pkg.clone();
        tampered[pkg.length / 2] ^= 0x55;
        assertThrows(PackageRefused.class, () -> receiver(PackageReader.Limits.DEFAULT).receive(ADMIN, new ByteArrayInputStream(tampered)));
        assertEquals(before, city.counts(), "nothing written");
        assertEquals(List.of(), spooled());
    }

    @Test
    void anOversizedUploadIsRefusedWhileItIsCopiedAndItsCopyDeleted() throws IOException {
        aPackage();
        String before = city.counts();
        PackageReader.Limits limits = new PackageReader.Limits(10, 1 << 20, 1 << 20);
        long[] read = {0};
        // An upload that never ends: the copy stops once it passes the limit instead of filling the disk.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        PackageRefused e = assertThrows(PackageRefused.class, () -> receiver(limits).receive(ADMIN, endless));
        assertEquals("报送包文件超过大小上限(" + (limits.maxFileBytes() >> 20) + " MB),未接收", e.getMessage());
        assertTrue(read[0] <= limits.maxFileBytes() + (64 << 10), "read " + read[0]);
        assertEquals(before, city.counts(), "nothing written");
        assertEquals(List.of(), spooled());
    }

    /** The file is read twice, checked then taken in: changed in between, it is refused as it is read again. */
    @Test
    void aFileChangedAfterItWasCheckedIsRefusedAsItIsTakenIn() throws IOException {
        byte[] pkg = aPackage();
        Path file = Files.write(spool.resolve("package.zip"), pkg);
        PackageReader.Verified checked = PackageReader.verify(file, PackageReader.Limits.DEFAULT, city.exchange.trustedKeys());
        String before = city.counts();
        // Another package of the same sender, signed and sealed as well, in its place: not the one that was checked.
        county.session(justice, "2025-04-15", "学习行政处罚法", head, null);
        Files.write(file, county.export(countyGov, 2025));
        PackageImporter importer = new PackageImporter(city.ledger.database(), city.ledger.services().audit(), ExchangeSchema.SLICES,
                city.clock);
        PackageRefused e = assertThrows(PackageRefused.class, () -> importer.take(ADMIN, checked));
        assertTrue(e.getMessage().contains("被改动"), e.getMessage());
        assertEquals(before, city.counts(), "nothing written");
    }

    @Test
    void aPackageFileIsReadWhereItLiesAndKept() throws IOException {
        byte[] pkg = aPackage();
        Path file = Files.write(Files.createTempFile("fazhi-spool-test-", ".zip"), pkg);
        try {
            assertTrue(receiver(PackageReader.Limits.DEFAULT).receive(ADMIN, file).records() > 0);
            assertArrayEquals(pkg, Files.readAllBytes(file), "the command line's file is the sender's: left as it was");
            assertEquals(List.of(), spooled(), "no copy made");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
