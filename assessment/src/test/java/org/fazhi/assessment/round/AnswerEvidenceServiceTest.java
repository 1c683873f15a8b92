package org.fazhi.assessment.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import org.fazhi.assessment.Assessing;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.files.FileStore;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AnswerEvidenceServiceTest {
    /** A 1×1 PNG. */
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @AutoClose
    private final Assessing a = new Assessing();
    private final AnswerEvidenceService evidence = a.assessment.evidence();
    private final Round round = a.smallRound();
    private final Actor town = Assessing.organiser(a.town);
    private final long unit = a.town.id();

    @Test
    void filesAreKeptByContentAndHashAndOnlyOfTheKindsTheLeafTakes() throws Exception {
        AnswerEvidence pdf = evidence.addFile(town, round.id(), unit, "1.1", "规范性文件审核台账.pdf", PDF, null);
        assertEquals(EvidenceKind.FILE, pdf.kind());
        assertEquals("规范性文件审核台账.pdf", pdf.title());
        assertEquals(FileStore.sha256(PDF), pdf.sha256());
        assertEquals("application/pdf", pdf.contentType());
        AnswerEvidenceService.Stored stored = evidence.file(Assessing.viewer(a.county), pdf.id());
        assertTrue(java.util.Arrays.equals(PDF, Files.readAllBytes(stored.path())));

        ValidationException image = assertThrows(ValidationException.class,
                () -> evidence.addFile(town, round.id(), unit, "1.1", "现场照片.png", PNG, "现场照片"));
        assertEquals("kind", image.field());
        assertEquals("指标“规范性文件合法性审核”的佐证材料只收文件、情况说明,不收图片", image.getMessage());
        ValidationException lying = assertThrows(ValidationException.class,
                () -> evidence.addFile(town, round.id(), unit, "1.2", "照片.pdf", PNG, null));
        assertEquals("file", lying.field());
        assertThrows(ValidationException.class, () -> evidence.addFile(town, round.id(), unit, "1.2", "空.pdf", new byte[0], null));
        byte[] big = java.util.Arrays.copyOf(PDF, AnswerEvidenceService.MAX_BYTES + 1);
        ValidationException tooBig = assertThrows(ValidationException.class,
                () -> evidence.addFile(town, round.id(), unit, "1.2", "大文件.pdf", big, null));
        assertEquals("文件过大(上限 50 MB)", tooBig.getMessage());
        assertEquals(EvidenceKind.IMAGE, evidence.addFile(town, round.id(), unit, "1.2", "现场照片.png", PNG, null).kind(),
                "1.2 takes any kind");
        assertThrows(ValidationException.class, () -> evidence.addLink(town, round.id(), unit, "1.1", "公开链接",
                "https://www.qinghe.gov.cn/zwgk/1.html"));
        AnswerEvidence link = evidence.addLink(town, round.id(), unit, "2.1", "执法公示栏目", "https://www.qinghe.gov.cn/zfgs/");
        assertEquals(EvidenceKind.LINK, link.kind());
        ValidationException badUrl = assertThrows(ValidationException.class,
                () -> evidence.addLink(town, round.id(), unit, "2.1", "执法公示", "javascript:alert(1)"));
        assertEquals("url", badUrl.field());
        AnswerEvidence note = evidence.addNote(town, round.id(), unit, "1.1", "情况说明", "本年度未制定规范性文件。");
        assertThrows(NotFoundException.class, () -> evidence.file(town, note.id()));

        List<AnswerEvidence> listed = a.assessment.answers().answer(town, round.id(), unit, "1.1").evidence();
        assertEquals(List.of(pdf.id(), note.id()), listed.stream().map(AnswerEvidence::id).toList());
        assertTrue(a.audit(AnswerEvidenceService.ENTITY, pdf.id()).get(0).summary()
                .startsWith("“城关镇人民政府”为指标 1.1 添加佐证材料“规范性文件审核台账.pdf”(文件,SHA-256 "));
    }

    @Test
    void evidenceIsRemovedWithItsBytesAndFrozenAfterSubmission() {
        AnswerEvidence pdf = evidence.addFile(town, round.id(), unit, "1.1", "台账.pdf", PDF, null);
        AnswerEvidence same = evidence.addFile(town, round.id(), unit, "1.2", "同一文件.pdf", PDF, null);
        java.nio.file.Path path = evidence.file(town, pdf.id()).path();
        evidence.delete(town, same.id());
        assertTrue(Files.exists(path), "another piece of evidence has the same file");
        evidence.delete(town, pdf.id());
        assertFalse(Files.exists(path));
        assertThrows(NotFoundException.class, () -> evidence.file(town, pdf.id()));

        AnswerEvidence kept = evidence.addNote(town, round.id(), unit, "1.1", "情况说明", "已全部审核。");
        for (String code : List.of("1.1", "1.2", "2.1", "2.2")) {
            a.assessment.answers().save(town, round.id(), unit, code, BigDecimal.ONE, null, null);
        }
        a.assessment.answers().submit(town, round.id(), unit, null);
        ConflictException add = assertThrows(ConflictException.class,
                () -> evidence.addNote(town, round.id(), unit, "1.1", "补充", "补充说明"));
        assertEquals("“城关镇人民政府”已提交自评,自评内容已锁定,不能再添加佐证材料", add.getMessage());
        assertThrows(ConflictException.class, () -> evidence.addFile(town, round.id(), unit, "1.1", "台账.pdf", PDF, null));
        assertThrows(ConflictException.class, () -> evidence.delete(town, kept.id()));
        assertEquals(1, a.assessment.answers().answer(town, round.id(), unit, "1.1").evidence().size());
    }

    @Test
    void anotherUnitsEvidenceIsOutOfReach() {
        AnswerEvidence note = evidence.addNote(town, round.id(), unit, "1.1", "情况说明", "说明");
        assertThrows(org.fazhi.model.AccessDeniedException.class, () -> evidence.delete(Assessing.organiser(a.finance), note.id()));
        assertThrows(org.fazhi.model.AccessDeniedException.class,
                () -> evidence.addNote(Assessing.organiser(a.finance), round.id(), unit, "1.1", "说明", "说明"));
        assertEquals(1, a.assessment.answers().answer(town, round.id(), unit, "1.1").evidence().size());
    }

    @Test
    void aRecordIsPickedByReferenceWithinTheActorsScope() {
        org.fazhi.duty.DutyTracking duty = new org.fazhi.duty.DutyTracking(a.ledger.database(), a.core.audit(), a.clock);
        org.fazhi.assessment.figures.LedgerRecords records = new org.fazhi.assessment.figures.LedgerRecords(
                new org.fazhi.training.LawTraining(a.ledger.database(), a.core.audit(), a.clock), duty);
        long own = duty.rectifications().create(Assessing.ADMIN, org.fazhi.duty.rectify.Rectification.draft(unit,
                "规范性文件未备案", "2026年法治督察", java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 6, 30),
                null, "张科长")).id();
        long finances = duty.rectifications().create(Assessing.ADMIN, org.fazhi.duty.rectify.Rectification.draft(
                a.finance.id(), "执法案卷不规范", "2026年法治督察", java.time.LocalDate.of(2026, 2, 1),
                java.time.LocalDate.of(2026, 6, 30), null, "李科长")).id();

        AnswerEvidence ref = evidence.addRecord(town, round.id(), unit, "1.1", records, "rectification:" + own);
        assertEquals(EvidenceKind.RECORD, ref.kind());
        assertEquals(org.fazhi.assessment.figures.RecordKind.RECTIFICATION, ref.recordKind());
        assertEquals(own, ref.recordId());
        assertEquals("rectification:" + own, ref.ref());
        assertEquals("整改事项“规范性文件未备案”", ref.title());
        assertEquals(List.of(ref), a.assessment.answers().answer(town, round.id(), unit, "1.1").evidence());

        assertThrows(org.fazhi.model.AccessDeniedException.class,
                () -> evidence.addRecord(town, round.id(), unit, "1.2", records, "rectification:" + finances));
        assertThrows(NotFoundException.class, () -> evidence.addRecord(town, round.id(), unit, "1.2", records, "duty:999"));
        for (String bad : List.of("", "rectification", "meeting:3", "duty:x", "duty:0")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> evidence.addRecord(town, round.id(), unit, "1.2", records, bad), bad);
            assertEquals("ref", e.field(), bad);
        }
        ValidationException kind = assertThrows(ValidationException.class,
                () -> evidence.addRecord(town, round.id(), unit, "2.1", records, "rectification:" + own));
        assertEquals("kind", kind.field());
        assertEquals("指标“行政执法公示”的佐证材料只收链接,不收台账记录", kind.getMessage());
        evidence.delete(town, ref.id());
        assertEquals(List.of(), a.assessment.answers().answer(town, round.id(), unit, "1.1").evidence());
    }
}
