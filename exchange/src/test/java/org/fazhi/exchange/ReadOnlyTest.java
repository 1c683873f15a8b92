package org.fazhi.exchange;

import static org.fazhi.exchange.Instance.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.CourtImport;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyChanges;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.LawReportFilter;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.duty.court.Hearing;
import org.fazhi.model.Page;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.SheetFile;
import org.fazhi.storage.core.PersonService;
import org.fazhi.storage.core.ReceivedUnitException;
import org.fazhi.storage.core.Scope;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** At the receiver, received units and their records are read-only: every write path refuses with one message (Scope.RECEIVED). */
class ReadOnlyTest extends CountyAndCity {
    final Org countyAtCity = city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);

    static void refused(Executable change) {
        assertEquals(Scope.RECEIVED, assertThrows(ReceivedUnitException.class, change).getMessage());
    }

    @Test
    void receivedUnitsPeopleSessionsAndCasesCannotBeChangedHere() {
        county.session(justice, "2025-03-15", "学习行政复议法", head, Instance.PNG);
        county.courtCase(justice, List.of("2025-04-01"), List.of());
        city.trust(county, "清河县");
        city.receive(county.export(countyGov, 2025));
        Org cityBureau = city.org("滁州市司法局", OrgKind.DEPARTMENT, cityGov, null);
        String before = city.counts();

        Org justiceAtCity = city.ledger.services().orgs().visible(ADMIN).stream()
                .filter(o -> o.name().equals("清河县司法局")).findFirst().orElseThrow();
        // A unit of the city's own may not be moved into the received subtree: it would be the package's to keep.
        refused(() -> city.ledger.services().orgs().update(ADMIN, cityBureau.id(),
                Org.draft("滁州市司法局", OrgKind.DEPARTMENT, justiceAtCity.id()), null));
        refused(() -> city.ledger.services().orgs().update(ADMIN, justiceAtCity.id(),
                Org.draft("改名", OrgKind.DEPARTMENT, countyAtCity.id()), null));
        refused(() -> city.ledger.services().orgs().create(ADMIN, Org.draft("新科室", OrgKind.UNIT, justiceAtCity.id())));
        refused(() -> city.ledger.services().orgs().delete(ADMIN, justiceAtCity.id()));
        Person person = city.ledger.services().people().list(ADMIN, new PersonService.Filter(justiceAtCity.id(), null, null),
                Page.FIRST).items().get(0);
        refused(() -> city.ledger.services().people().update(ADMIN, person.id(),
                Person.draft(justiceAtCity.id(), "李四", "局长", LeaderCategory.PRINCIPAL), null));
        refused(() -> city.ledger.services().people().delete(ADMIN, person.id()));
        refused(() -> city.person(justiceAtCity, "王五", "副局长"));
        StudySession s = city.training.sessions().list(ADMIN, new SessionFilter(justiceAtCity.id(), 2025, null, null),
                Page.FIRST).items().get(0);
        refused(() -> city.training.sessions().delete(ADMIN, s.id()));
        refused(() -> city.training.attachments().add(ADMIN, s.id(), org.fazhi.training.study.AttachmentKind.PHOTO, "照片.png",
                Instance.PNG));
        refused(() -> city.training.attachments().delete(ADMIN,
                city.training.attachments().list(ADMIN, s.id()).get(0).id()));
        refused(() -> city.session(justiceAtCity, "2025-05-01", "在市里补录", person, null));
        CourtCase c = city.duty.courtCases().list(ADMIN, org.fazhi.duty.court.CaseFilter.ALL, Page.FIRST).items().get(0);
        refused(() -> city.duty.courtCases().delete(ADMIN, c.id()));
        refused(() -> city.duty.courtCases().addHearing(ADMIN, c.id(), Hearing.appeared(LocalDate.of(2025, 6, 1), null,
                "张局长", "局长", LeaderCategory.PRINCIPAL, true)));
        refused(() -> city.courtCase(justiceAtCity, List.of(), List.of()));
        // The imports: a file with a row of a received unit is refused whole, the row named.
        ImportSource file = new ImportSource("导入.csv", "ab".repeat(32), 100);
        StudySession ownRow = new StudySession(null, cityGov.id(), LocalDate.of(2025, 5, 2), StudyKind.COLLECTIVE, "市政府学法",
                List.of(), "王律师", null, 60, 10, 9, null, 0);
        StudySession receivedRow = new StudySession(null, justiceAtCity.id(), LocalDate.of(2025, 5, 2), StudyKind.COLLECTIVE,
                "补录学法", List.of(), "王律师", null, 60, 10, 9, null, 0);
        assertEquals("第3行:该单位(清河县司法局)的数据由报送包接收,在此只读", assertThrows(ReceivedUnitException.class, () -> city.training.sessionImport()
                .importAll(ADMIN, List.of(ownRow, receivedRow), file, List.of(2, 3), false)).getMessage());
        CourtImport.Rejected rejected = assertThrows(CourtImport.Rejected.class, () -> city.duty.courtCases().importAll(ADMIN,
                List.of(courtRow(2, cityGov), courtRow(3, justiceAtCity)), file));
        assertEquals(List.of(new CourtImport.Problem(3, "defendantOrgId", "该单位(清河县司法局)的数据由报送包接收,在此只读")), rejected.problems());
        byte[] cases = ("案号,申请人,申请人类型,被申请人,事项类别,收到申请日期,受理日期,不予受理理由,审理程序,延长天数,决定日期,决定结果,"
                + "被申请人自行纠正,备注\n复〔2025〕91号,张某某,公民,清河县司法局,行政处罚,2025-01-06,2025-01-08,,普通程序,,,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportRejected reconsiderations = assertThrows(ImportRejected.class, () -> city.reconsiderations.sheets()
                .importFile(ADMIN, SheetFile.of(cases, "复议.csv"), false));
        assertEquals("该单位(清河县司法局)的数据由报送包接收,在此只读", reconsiderations.problem().errors().get(0).message());
        assertEquals(before, city.counts(), "nothing written");

        // The city's own units stay writable.
        city.session(cityGov, "2025-05-01", "市政府学法", city.person(cityGov, "市长", "市长"), null);
    }

    @Test
    void receivedDutiesReportsRectificationsAndTestsCannotBeChangedHere() {
        // The county's year: a duty plan with a note submitted as evidence, a 述法, a 整改 item, a test batch with a result.
        county.duty.duties().plans().plan(ADMIN, 2025, countyGov.id());
        DutyItem countyItem = county.duty.duties().items().list(ADMIN, DutyFilter.ALL, Page.FIRST).items().get(0);
        county.duty.duties().evidence().addNote(ADMIN, countyItem.id(), "情况说明", "已落实", LocalDate.of(2025, 6, 1));
        county.duty.duties().reviews().submit(ADMIN, countyItem.id(), null);
        county.duty.lawReports().create(ADMIN, LawReport.draft(head.id(), 2025, ReportWay.WRITTEN, LocalDate.of(2025, 12, 20),
                null, null, null));
        county.duty.rectifications().create(ADMIN, Rectification.draft(justice.id(), "执法案卷不规范", "案卷评查",
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 1), null, null));
        ExamBatch countyBatch = county.training.exams().createBatch(ADMIN, new ExamBatch(null, justice.id(),
                LocalDate.of(2025, 4, 1), Track.NON_NPC, null, 100, 60, null, null, 0));
        county.training.exams().addResult(ADMIN, countyBatch.id(), result(countyBatch.id(), justice.id(), head.id(), 80.0));
        city.trust(county, "清河县");
        city.receive(county.export(countyGov, 2025));
        ExamBatch own = city.training.exams().createBatch(ADMIN, new ExamBatch(null, cityGov.id(), LocalDate.of(2025, 9, 1),
                Track.NON_NPC, null, 100, 60, null, null, 0));
        String before = city.counts();

        Org justiceAtCity = city.ledger.services().orgs().visible(ADMIN).stream()
                .filter(o -> o.name().equals("清河县司法局")).findFirst().orElseThrow();
        Person headAtCity = city.ledger.services().people().list(ADMIN, new PersonService.Filter(justiceAtCity.id(), null, null),
                Page.FIRST).items().get(0);
        DutyItem item = city.duty.duties().items().list(ADMIN, DutyFilter.ALL, Page.FIRST).items().get(0);
        Duties duties = city.duty.duties();
        refused(() -> duties.items().update(ADMIN, item.id(), new DutyChanges(DutyStatus.IN_PROGRESS, null, "在市里改", null), null));
        refused(() -> duties.reviews().approve(ADMIN, item.id(), null));
        refused(() -> duties.reviews().sendBack(ADMIN, item.id(), "补充材料"));
        refused(() -> duties.evidence().addLink(ADMIN, item.id(), "新闻", "https://example.org/a", LocalDate.of(2025, 6, 2)));
        refused(() -> duties.evidence().addFile(ADMIN, item.id(), "照片.png", Instance.PNG, null, LocalDate.of(2025, 6, 2)));
        refused(() -> duties.evidence().delete(ADMIN, duties.evidence().list(ADMIN, item.id()).get(0).id()));
        refused(() -> duties.plans().plan(ADMIN, 2025, justiceAtCity.id()));
        assertEquals(0, duties.plans().plan(ADMIN, 2025, null), "a plan of the whole ledger skips the received units");

        LawReport report = city.duty.lawReports().list(ADMIN, LawReportFilter.ALL, Page.FIRST).items().get(0);
        refused(() -> city.duty.lawReports().update(ADMIN, report.id(), LawReport.draft(headAtCity.id(), 2025, ReportWay.MEETING,
                LocalDate.of(2025, 12, 21), null, null, null), null));
        refused(() -> city.duty.lawReports().delete(ADMIN, report.id()));
        refused(() -> city.duty.lawReports().create(ADMIN, LawReport.draft(headAtCity.id(), 2024, ReportWay.WRITTEN,
                LocalDate.of(2024, 12, 20), null, null, null)));

        Rectification r = city.duty.rectifications().list(ADMIN, RectificationFilter.ALL, Page.FIRST).items().get(0);
        refused(() -> city.duty.rectifications().update(ADMIN, r.id(), Rectification.draft(justiceAtCity.id(), "改写问题", "案卷评查",
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 1), null, null), null));
        refused(() -> city.duty.rectifications().start(ADMIN, r.id(), null, null));
        refused(() -> city.duty.rectifications().markRectified(ADMIN, r.id(), null, "已整改", null));
        refused(() -> city.duty.rectifications().delete(ADMIN, r.id()));
        refused(() -> city.duty.rectifications().create(ADMIN, Rectification.draft(justiceAtCity.id(), "新问题", "督察",
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1), null, null)));

        ExamBatch batch = city.training.exams().batches(ADMIN, justiceAtCity.id(), 2025, null, Page.FIRST).items().get(0);
        ExamResult result = city.training.exams().results(ADMIN, batch.id()).get(0);
        refused(() -> city.training.exams().updateBatch(ADMIN, batch.id(), new ExamBatch(batch.id(), justiceAtCity.id(),
                batch.date(), Track.NON_NPC, null, 100, 70, null, null, batch.version()), null));
        refused(() -> city.training.exams().deleteBatch(ADMIN, batch.id()));
        refused(() -> city.training.exams().createBatch(ADMIN, new ExamBatch(null, justiceAtCity.id(), LocalDate.of(2025, 9, 1),
                Track.NON_NPC, null, 100, 60, null, null, 0)));
        refused(() -> city.training.exams().addResult(ADMIN, batch.id(), result(batch.id(), justiceAtCity.id(), null, 90.0)));
        refused(() -> city.training.exams().updateResult(ADMIN, result.id(), result(batch.id(), justiceAtCity.id(),
                headAtCity.id(), 50.0)));
        refused(() -> city.training.exams().deleteResult(ADMIN, result.id()));
        // A batch of the city's own may not take a received unit's candidate either.
        refused(() -> city.training.exams().addResult(ADMIN, own.id(), result(own.id(), justiceAtCity.id(), null, 90.0)));
        assertEquals(before, city.counts(), "nothing written");

        // The city's own units stay writable.
        city.duty.rectifications().create(ADMIN, Rectification.draft(cityGov.id(), "市政府的问题", "督察",
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1), null, null));
    }

    private static CourtImport.Case courtRow(int row, Org defendant) {
        return new CourtImport.Case(row, CourtCase.draft("(2025)皖0101行初" + (900 + row) + "号", "清河县人民法院",
                org.fazhi.duty.court.Instance.FIRST, defendant.id(), "行政处罚", LocalDate.of(2025, 1, 2)), List.of());
    }

    private static ExamResult result(long batchId, long orgId, Long personId, double score) {
        return new ExamResult(null, batchId, "张局长", personId, orgId, "科长", "局长", score, false, null, null, null);
    }
}
