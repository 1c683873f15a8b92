package org.fazhi.assessment.figures;

import java.util.List;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.CaseFilter;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.LawReportFilter;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.model.Checks;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.time.Years;
import org.fazhi.training.LawTraining;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudySession;

/**
 * A unit's ledger records of one kind and year, for a picker and for the records behind a figure: read
 * through the ledgers' own list and read methods, so the actor's scope is checked by them
 * ({@link org.fazhi.model.AccessDeniedException}, {@link org.fazhi.model.NotFoundException}) and a list
 * shows what the ledger's page filtered to the unit and year shows:
 *
 * <ul>
 * <li>学法活动: the unit's own sessions dated in the year (as the quota counts them), topic searched;</li>
 * <li>任前测试批次: batches of the year in which a candidate of the unit's subtree sat, whoever organised them;</li>
 * <li>第一责任人履职事项: the year's duty items of the subtree's leaders, newest plan order as the list has it;</li>
 * <li>出庭应诉案件: cases of the subtree filed or heard in the year;</li>
 * <li>述法: the subtree's reports on the year;</li>
 * <li>整改: the subtree's items found or due in the year.</li>
 * </ul>
 */
public final class LedgerRecords {
    /** The longest search text taken. */
    public static final int QUERY_MAX = 50;

    private final LawTraining training;
    private final DutyTracking duty;

    public LedgerRecords(LawTraining training, DutyTracking duty) {
        this.training = training;
        this.duty = duty;
    }

    /**
     * One page of the unit's records of {@code kind} for {@code year}; {@code q}, when not blank, is text
     * the title holds (the ledger's own search where it has one).
     */
    public PageResult<RecordRef> list(Actor actor, RecordKind kind, long orgId, int year, String q, Page page) {
        Years.check(year, "year");
        String text = Checks.optionalText(q, "q", "搜索词", QUERY_MAX);
        return switch (kind) {
            case STUDY_SESSION -> training.sessions().list(actor, new SessionFilter(orgId, year, null, text, true), page)
                    .map(LedgerRecords::ref);
            case EXAM_BATCH -> training.exams().batchesSatBy(actor, orgId, year, text, page).map(LedgerRecords::ref);
            case DUTY_ITEM -> duty.duties().items().list(actor, new DutyFilter(orgId, year, null, null, null, null, text), page)
                    .map(LedgerRecords::ref);
            case COURT_CASE -> duty.courtCases().list(actor, new CaseFilter(orgId, year, null, null, text), page)
                    .map(LedgerRecords::ref);
            case LAW_REPORT -> lawReports(actor, orgId, year, text, page);
            case RECTIFICATION -> duty.rectifications().list(actor, new RectificationFilter(orgId, year, null, false, text),
                    page).map(LedgerRecords::ref);
        };
    }

    /** One record, if it exists and lies within the actor's scope. */
    public RecordRef find(Actor actor, RecordKind kind, long id) {
        return switch (kind) {
            case STUDY_SESSION -> ref(training.sessions().get(actor, id).session());
            case EXAM_BATCH -> ref(training.exams().batchSat(actor, id));
            case DUTY_ITEM -> ref(duty.duties().items().get(actor, id));
            case COURT_CASE -> ref(duty.courtCases().find(actor, id));
            case LAW_REPORT -> ref(duty.lawReports().find(actor, id));
            case RECTIFICATION -> ref(duty.rectifications().find(actor, id));
        };
    }

    /**
     * The 述法 list has no text search: a unit's reports of a year are one per leader, so they are read
     * whole and searched here.
     */
    private PageResult<RecordRef> lawReports(Actor actor, long orgId, int year, String text, Page page) {
        LawReportFilter filter = new LawReportFilter(orgId, year, null);
        if (text == null) {
            return duty.lawReports().list(actor, filter, page).map(LedgerRecords::ref);
        }
        List<RecordRef> found = PageResult.readAll(p -> duty.lawReports().list(actor, filter, p)).stream()
                .map(LedgerRecords::ref).filter(r -> r.title().contains(text)).toList();
        int from = Math.min(page.offset(), found.size());
        return new PageResult<>(found.subList(from, Math.min(found.size(), from + page.limit())), found.size());
    }

    static RecordRef ref(StudySession s) {
        return new RecordRef(RecordKind.STUDY_SESSION, s.id(), s.date(), s.kind().label() + ":" + s.topic());
    }

    static RecordRef ref(ExamBatch b) {
        String name = b.title() != null ? b.title() : b.track().label() + "任前法律知识测试";
        return new RecordRef(RecordKind.EXAM_BATCH, b.id(), b.date(), b.paper() == null ? name : name + "(试卷" + b.paper() + ")");
    }

    static RecordRef ref(DutyItem i) {
        return new RecordRef(RecordKind.DUTY_ITEM, i.id(), i.dueDate(), i.describe());
    }

    static RecordRef ref(CourtCase c) {
        return new RecordRef(RecordKind.COURT_CASE, c.id(), c.filedOn(), c.cause() == null ? c.title() : c.title() + " " + c.cause());
    }

    static RecordRef ref(LawReport r) {
        return new RecordRef(RecordKind.LAW_REPORT, r.id(), r.reportedOn(), r.title());
    }

    static RecordRef ref(Rectification r) {
        return new RecordRef(RecordKind.RECTIFICATION, r.id(), r.deadline(), r.title());
    }
}
