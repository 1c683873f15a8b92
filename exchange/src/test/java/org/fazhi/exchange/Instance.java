package org.fazhi.exchange;

import static org.fazhi.duty.court.Instance.FIRST;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.reconsideration.ReconsiderationSchema;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.report.ReportSchema;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.fazhi.training.LawTraining;
import org.fazhi.training.LawTrainingSchema;
import org.fazhi.training.study.AttachmentKind;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;

/** One instance of the program (a county's, a city's, a province's): a real ledger with every module that a package touches. */
final class Instance implements AutoCloseable {
    static final Actor ADMIN = Actor.SYSTEM;
    /** A 1×1 PNG, the attachment a study session keeps. */
    static final byte[] PNG = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360000002000185d114090000000049454e44ae426082");

    static final org.fazhi.storage.migrate.MigrationSet[] MODULES = {LawTrainingSchema.MIGRATIONS,
        DutyTrackingSchema.MIGRATIONS, org.fazhi.assessment.AssessmentSchema.MIGRATIONS, ReconsiderationSchema.MIGRATIONS, ReportSchema.MIGRATIONS, ExchangeSchema.MIGRATIONS};

    final TestClock clock;
    final TempLedger ledger;
    final LawTraining training;
    final DutyTracking duty;
    final Reconsiderations reconsiderations;
    final Exchange exchange;
    final org.fazhi.assessment.Assessment assessment;

    /** An instance on the suite's engine. */
    Instance() {
        this(TestClock.on(2026, 1, 20), null);
    }

    /** An instance on {@code ledger} (or a new one on the suite's engine), its records stamped by {@code clock}. */
    Instance(TestClock clock, TempLedger ledger) {
        this.clock = clock;
        this.ledger = ledger != null ? ledger : new TempLedger(clock, MODULES);
        this.training = new LawTraining(this.ledger.database(), this.ledger.services().audit(), clock);
        this.duty = new DutyTracking(this.ledger.database(), this.ledger.services().audit(), clock);
        this.reconsiderations = new Reconsiderations(this.ledger.database(), this.ledger.services().audit(), clock);
        this.exchange = new Exchange(this.ledger.database(), this.ledger.services().audit(), clock);
        this.assessment = new org.fazhi.assessment.Assessment(this.ledger.database(), this.ledger.services().audit(), clock);
    }
    /** Case numbers differ across every instance of a run, as real ones (with their court's code) do. */
    private static final java.util.concurrent.atomic.AtomicInteger CASES = new java.util.concurrent.atomic.AtomicInteger();

    Org org(String name, OrgKind kind, Org parent, String code) {
        return ledger.services().orgs().create(ADMIN, Org.draft(name, kind, parent == null ? null : parent.id(), code));
    }

    Person person(Org org, String name, String position) {
        return ledger.services().people().create(ADMIN, Person.draft(org.id(), name, position, LeaderCategory.PRINCIPAL));
    }

    /** A study session of {@code org} on {@code date} with {@code who} attending and a sign-in sheet attached. */
    StudySession session(Org org, String date, String topic, Person who, byte[] sheet) {
        StudySession draft = new StudySession(null, org.id(), LocalDate.parse(date), StudyKind.COLLECTIVE, topic, List.of(),
                "王律师", null, 60, 10, 9, null, 0);
        return training.sessions().create(ADMIN, draft, List.of(new Attendee(who.id(), who.name(), AttendanceStatus.PRESENT, false)),
                false, sheet == null ? List.of() : List.of(new AttachmentService.Material(AttachmentKind.SIGN_IN, "签到表.png", sheet)))
                .session();
    }

    /** A case of {@code org} with hearings on the dates: those in {@code appeared} with the head there, the others without. */
    CourtCase courtCase(Org org, List<String> appeared, List<String> absent) {
        CourtCase c = duty.courtCases().create(ADMIN, CourtCase.draft("(2025)皖0101行初" + CASES.incrementAndGet() + "号",
                "清河县人民法院", FIRST, org.id(), "行政处罚", LocalDate.of(2025, 1, 2)));
        for (String d : appeared) {
            duty.courtCases().addHearing(ADMIN, c.id(), Hearing.appeared(LocalDate.parse(d), null, "某负责人", "局长",
                    LeaderCategory.PRINCIPAL, true));
        }
        for (String d : absent) {
            duty.courtCases().addHearing(ADMIN, c.id(), Hearing.absent(LocalDate.parse(d), null, AbsenceReason.NONE, "李科员", false));
        }
        return c;
    }

    /** A 行政复议 case against {@code org} received and accepted on the dates, decided as given (null: pending). */
    ReconsiderationCase reconsideration(Org org, String received, String decided, Decision decision) {
        LocalDate on = LocalDate.parse(received);
        return reconsiderations.cases().create(ADMIN, ReconsiderationCase.draft("复〔" + on.getYear() + "〕" + CASES.incrementAndGet()
                + "号", "张某某", ApplicantType.CITIZEN, org.id(), MatterCategory.PENALTY, on, on.plusDays(2), null, Procedure.NORMAL,
                0, decided == null ? null : LocalDate.parse(decided), decision, false, null, null));
    }

    byte[] export(Org org, int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.export(ADMIN, org.id(), year, out);
        return out.toByteArray();
    }

    void trust(Instance sender, String name) {
        exchange.trustedKeys().trust(ADMIN, name, sender.exchange.publicKey().pem());
    }

    PackageImporter.Imported receive(byte[] pkg) {
        return exchange.receive(ADMIN, new ByteArrayInputStream(pkg));
    }

    long count(String table) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    /** Every row count a package could change, as one line to compare before and after. */
    String counts() {
        StringBuilder b = new StringBuilder();
        for (String t : List.of("orgs", "people", "study_sessions", "study_attendees", "study_attachments", "court_cases",
                "court_hearings", "duty_items", "duty_evidence", "duty_reviews", "law_reports", "rectifications", "rectification_steps",
                "test_batches", "test_results", "assessment_systems", "assessment_indicators", "assessment_rounds",
                "assessment_round_units", "assessment_answers", "assessment_evidence", "exchange_packages", "exchange_received", "audit_log")) {
            b.append(t).append('=').append(count(t)).append(' ');
        }
        return b.toString();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
