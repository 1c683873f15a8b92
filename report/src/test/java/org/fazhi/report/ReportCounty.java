package org.fazhi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fazhi.assessment.AssessmentSchema;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.reconsideration.ReconsiderationSchema;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.ReportRating;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.ModuleLedger;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.training.LawTraining;
import org.fazhi.training.LawTrainingSchema;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;

/**
 * A small county on a real SQLite file with the tables of law-training, duty-tracking, assessment and this module,
 * wired as the server wires them, on a fixed day ({@link #TODAY}, in the reporting season):
 *
 * <pre>
 * 清河县人民政府 (county, COUNTY_GOV): 王县长 (正职)      另一县人民政府 (county2, COUNTY_GOV): 赵县长 (正职)
 * └── 县司法局 (justice, DEPARTMENT): 张局长 (正职), 李副局长 (副职)
 * </pre>
 */
public final class ReportCounty extends ModuleLedger {
    /** "Today" for the reports: after the 2024 reports are due to be reminded of, before their deadline. */
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    public final LawTraining training;
    public final DutyTracking duty;
    public final AnnualReports reports;
    public final Org county;
    public final Org justice;
    public final Org county2;
    public final Person countyHead;
    public final Person justiceHead;
    public final Person justiceDeputy;
    public final Person county2Head;
    private int topic;

    public ReportCounty() {
        // One clock for the ledgers and the report, as the server has.
        super(new TempLedger(Clock.fixed(TODAY.atTime(LocalTime.of(10, 0)).atZone(TempLedger.ZONE).toInstant(), TempLedger.ZONE),
                LawTrainingSchema.MIGRATIONS, DutyTrackingSchema.MIGRATIONS, AssessmentSchema.MIGRATIONS, ReconsiderationSchema.MIGRATIONS,
                ReportSchema.MIGRATIONS));
        try {
            training = new LawTraining(ledger.database(), core.audit());
            duty = new DutyTracking(ledger.database(), core.audit());
            reports = new AnnualReports(ledger.database(), core.audit(), training, duty);
            county = ledger.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
            justice = ledger.org("县司法局", OrgKind.DEPARTMENT, county);
            county2 = ledger.org("另一县人民政府", OrgKind.COUNTY_GOV, null);
            countyHead = person(county, "王县长", LeaderCategory.PRINCIPAL);
            justiceHead = person(justice, "张局长", LeaderCategory.PRINCIPAL);
            justiceDeputy = person(justice, "李副局长", LeaderCategory.DEPUTY);
            county2Head = person(county2, "赵县长", LeaderCategory.PRINCIPAL);
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    public Person person(Org org, String name, LeaderCategory category) {
        return person(org, name, "负责人", category);
    }

    /** A 学法 session of {@code org} with {@code expected} people due and {@code attended} present. */
    public void study(Org org, String date, StudyKind kind, int expected, int attended) {
        training.sessions().create(ADMIN, new StudySession(null, org.id(), LocalDate.parse(date), kind,
                "学习行政复议法" + (++topic), List.of("中华人民共和国行政复议法"), null, null, 60, expected, attended,
                null, 0), null);
    }

    /** A 述法 record of {@code person} for {@code year}; {@code rating} null for one not yet rated. */
    public void lawReport(Person person, int year, ReportWay way, String on, ReportRating rating) {
        duty.lawReports().create(ADMIN, LawReport.draft(person.id(), year, way, LocalDate.parse(on), rating, null, null));
    }
}
