package org.fazhi.duty.duties;

import static org.fazhi.duty.duties.DutyDesk.ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.files.ContentType;
import org.fazhi.storage.files.FileStore;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence: files by content with SHA-256, links, notes, dates, deletion, and what an approval closes. */
class EvidenceServiceTest {
    /** A 1×1 PNG. */
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360000002000185d114090000000049454e44ae426082");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final LocalDate MAY = LocalDate.of(2024, 5, 20);

    @AutoClose
    final DutyDesk d = new DutyDesk();
    final EvidenceService evidence = d.duties.evidence();
    DutyItem item;

    @BeforeEach
    void open() {
        d.plan2024();
        item = d.item(d.justiceHead, 2024, "YEAR_END_REPORT");
    }

    private Path stored(String hash) {
        return d.court.ledger.folder().attachments().resolve("duty").resolve(hash.substring(0, 2)).resolve(hash + ".bin");
    }

    @Test
    void aFileIsStoredUnderItsHashWithTheTypeItsContentShows() throws Exception {
        Evidence e = evidence.addFile(ADMIN, item.id(), "会议照片.png", PNG, "常务会议现场照片", MAY);
        assertEquals(EvidenceKind.FILE, e.kind());
        assertEquals(FileStore.sha256(PNG), e.sha256());
        assertEquals("image/png", e.contentType());
        assertEquals(PNG.length, e.size());
        assertEquals("会议照片.png", e.fileName());
        assertEquals("常务会议现场照片", e.title());
        assertEquals(MAY, e.effectiveDate());
        assertEquals("admin", e.createdBy());
        assertTrue(Files.exists(stored(e.sha256())));

        EvidenceService.Stored s = evidence.open(ADMIN, e.id());
        assertEquals(ContentType.PNG, s.type());
        assertArrayEquals(PNG, Files.readAllBytes(s.path()));
        assertEquals("纪要.pdf", evidence.addFile(ADMIN, item.id(), "纪要.pdf", PDF, " ", MAY).title(),
                "the title defaults to the file name");
        assertEquals(2, evidence.list(ADMIN, item.id()).size());
        assertEquals(1, d.court.audit(EvidenceService.ENTITY, e.id()).size());
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        ValidationException png = assertThrows(ValidationException.class,
                () -> evidence.addFile(ADMIN, item.id(), "会议纪要.pdf", PNG, null, MAY));
        assertEquals("file", png.field());
        assertTrue(png.getMessage().contains("与扩展名不符"), png.getMessage());
        byte[] text = "这其实是一个文本文件".getBytes(StandardCharsets.UTF_8);
        assertEquals("file", assertThrows(ValidationException.class,
                () -> evidence.addFile(ADMIN, item.id(), "纪要.pdf", text, null, MAY)).field());
        assertEquals("file", assertThrows(ValidationException.class,
                () -> evidence.addFile(ADMIN, item.id(), "空.pdf", new byte[0], null, MAY)).field());
        byte[] huge = new byte[EvidenceService.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        ValidationException big = assertThrows(ValidationException.class,
                () -> evidence.addFile(ADMIN, item.id(), "大.pdf", huge, null, MAY));
        assertTrue(big.getMessage().contains("50 MB"), big.getMessage());
        assertEquals(ContentType.PNG.mime(), evidence.addFile(ADMIN, item.id(), "无扩展名", PNG, null, MAY).contentType(),
                "a name without extension gets the type of its content");
        assertEquals(1, evidence.list(ADMIN, item.id()).size());
        assertEquals(1, d.count("SELECT count(*) FROM duty_evidence"));
    }

    @Test
    void linksAndNotesAreChecked() {
        Evidence link = evidence.addLink(ADMIN, item.id(), "政府网站报道", "https://www.qinghe.gov.cn/news/2024/05/常务会议.html", MAY);
        assertEquals(EvidenceKind.LINK, link.kind());
        assertEquals("https://www.qinghe.gov.cn/news/2024/05/常务会议.html", link.url());
        for (String bad : new String[] {"ftp://qinghe.gov.cn/a", "javascript:alert(1)", "www.qinghe.gov.cn", "http://",
                "https://qinghe gov cn", " "}) {
            assertEquals("url", assertThrows(ValidationException.class,
                    () -> evidence.addLink(ADMIN, item.id(), "报道", bad, MAY)).field(), bad);
        }
        Evidence note = evidence.addNote(ADMIN, item.id(), "情况说明", "因疫情原因改为书面汇报。", MAY);
        assertEquals("因疫情原因改为书面汇报。", note.text());
        ValidationException both = assertThrows(ValidationException.class,
                () -> evidence.addNote(ADMIN, item.id(), " ", "", null));
        assertEquals(List.of("title", "text", "effectiveDate"), both.all().stream().map(ValidationException::field).toList());
        assertEquals(2, evidence.list(ADMIN, item.id()).size());
    }

    @Test
    void theEffectiveDateMayNotLieInTheFuture() {
        assertEquals(DutyDesk.TODAY.plusDays(1),
                evidence.addNote(ADMIN, item.id(), "说明", "明日会议材料", DutyDesk.TODAY.plusDays(1)).effectiveDate(),
                "a day ahead is forgiven (clocks and time zones)");
        ValidationException e = assertThrows(ValidationException.class,
                () -> evidence.addNote(ADMIN, item.id(), "说明", "文字", DutyDesk.TODAY.plusDays(2)));
        assertEquals("effectiveDate", e.field());
        assertEquals("effectiveDate", assertThrows(ValidationException.class,
                () -> evidence.addNote(ADMIN, item.id(), "说明", "文字", LocalDate.of(1999, 1, 1))).field());
        assertEquals(LocalDate.of(2023, 12, 28), evidence.addNote(ADMIN, item.id(), "说明", "上年底部署",
                LocalDate.of(2023, 12, 28)).effectiveDate(), "work done before the plan year still counts");
    }

    @Test
    void deletingEvidenceRemovesItsFileUnlessOtherEvidenceSharesIt() {
        DutyItem other = d.item(d.justiceHead, 2024, "WORK_PLAN");
        Evidence a = evidence.addFile(ADMIN, item.id(), "照片.png", PNG, null, MAY);
        Evidence b = evidence.addFile(ADMIN, other.id(), "同一张照片.png", PNG, null, MAY);
        assertEquals(a.sha256(), b.sha256());
        evidence.delete(ADMIN, a.id());
        assertThrows(NotFoundException.class, () -> evidence.get(ADMIN, a.id()));
        assertTrue(Files.exists(stored(b.sha256())), "still used by the other item");
        evidence.delete(ADMIN, b.id());
        assertTrue(Files.notExists(stored(b.sha256())));
        Evidence note = evidence.addNote(ADMIN, item.id(), "说明", "文字", MAY);
        assertThrows(NotFoundException.class, () -> evidence.open(ADMIN, note.id()), "a note has no file");
    }

    @Test
    void anApprovedItemTakesNoMoreEvidenceAndKeepsWhatItHas() {
        Evidence e = evidence.addNote(ADMIN, item.id(), "说明", "已听取汇报", MAY);
        d.duties.reviews().submit(ADMIN, item.id(), null);
        d.duties.reviews().approve(ADMIN, item.id(), "材料齐全");
        ConflictException add = assertThrows(ConflictException.class,
                () -> evidence.addFile(ADMIN, item.id(), "补充.png", PNG, null, MAY));
        assertTrue(add.getMessage().contains("已审核通过"), add.getMessage());
        assertThrows(ConflictException.class, () -> evidence.addLink(ADMIN, item.id(), "报道", "https://a.cn/", MAY));
        assertThrows(ConflictException.class, () -> evidence.delete(ADMIN, e.id()));
        assertTrue(Files.notExists(stored(FileStore.sha256(PNG))), "a refused file is not kept");
        d.duties.reviews().sendBack(ADMIN, item.id(), "请补充现场照片");
        assertEquals(EvidenceKind.FILE, evidence.addFile(ADMIN, item.id(), "补充.png", PNG, null, MAY).kind());
    }

    @Test
    void aScopedUserNeitherSeesNorTouchesAnotherUnitsEvidence() {
        DutyItem finance = d.item(d.financeHead, 2024, "WORK_PLAN");
        Evidence e = evidence.addFile(ADMIN, finance.id(), "财政.png", PNG, null, MAY);
        Actor justice = Court.organiser(d.court.justice);
        assertThrows(AccessDeniedException.class, () -> evidence.get(justice, e.id()));
        assertThrows(AccessDeniedException.class, () -> evidence.open(justice, e.id()));
        assertThrows(AccessDeniedException.class, () -> evidence.list(justice, finance.id()));
        assertThrows(AccessDeniedException.class, () -> evidence.delete(justice, e.id()));
        assertThrows(AccessDeniedException.class, () -> evidence.addNote(justice, finance.id(), "说明", "文字", MAY));
        assertThrows(AccessDeniedException.class,
                () -> evidence.addFile(justice, finance.id(), "纪要.pdf", PDF, null, MAY));
        assertTrue(Files.notExists(stored(FileStore.sha256(PDF))), "nothing is written for an item out of scope");
        assertThrows(AccessDeniedException.class,
                () -> evidence.addNote(Court.viewer(null), item.id(), "说明", "文字", MAY), "viewers only read");
        assertEquals(1, evidence.list(ADMIN, finance.id()).size());
        assertEquals(e, evidence.get(Court.viewer(d.court.finance), e.id()));
    }
}
