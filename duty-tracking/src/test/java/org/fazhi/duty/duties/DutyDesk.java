package org.fazhi.duty.duties;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.TestClock;

/**
 * The {@link Court} county with leaders, and the duty services on a clock pinned to 2024-06-30 (so
 * in 2024, WORK_PLAN due 03-31 and ANNUAL_REPORT due 04-01 are past, the rest due 12-31 are not):
 *
 * <pre>
 * 清河县人民政府: 县长 (PRINCIPAL), 副县长 (DEPUTY)   另一县人民政府: 另一县长 (PRINCIPAL)
 * ├── 县司法局: 司法局长 (PRINCIPAL), 科员 (STAFF)
 * │   └── 公证处: 公证处主任 (PRINCIPAL)
 * ├── 县财政局: 财政局长 (PRINCIPAL)
 * └── 城关镇人民政府: 镇长 (PRINCIPAL)
 * </pre>
 */
final class DutyDesk implements AutoCloseable {
    static final Actor ADMIN = Court.ADMIN;
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    /** The codes of the seeded catalogue, in its order. */
    static final List<String> CODES = List.of("EXEC_MEETING_REPORT", "WORK_PLAN", "PRE_MEETING_STUDY", "MAJOR_DECISIONS",
            "COURT_APPEARANCE", "YEAR_END_REPORT", "ANNUAL_REPORT");
    /** The seeded duties of a government's head alone (主持政府常务会议…), not of a department's or a town's. */
    static final List<String> GOVERNMENT_ONLY = List.of("EXEC_MEETING_REPORT", "PRE_MEETING_STUDY");
    /** What the head of any other kind of unit owes: five duties. */
    static final List<String> OTHER_CODES = CODES.stream().filter(c -> !GOVERNMENT_ONLY.contains(c)).toList();

    final Court court;
    final TestClock clock = TestClock.on(TODAY);
    final Duties duties;
    final Person countyHead;
    final Person countyDeputy;
    final Person justiceHead;
    final Person justiceStaff;
    final Person notaryHead;
    final Person financeHead;
    final Person townHead;
    final Person county2Head;

    DutyDesk() {
        court = new Court();
        try {
            duties = new Duties(court.ledger.database(), court.core.audit(), clock);
            countyHead = person(court.county, "王县长", LeaderCategory.PRINCIPAL);
            countyDeputy = person(court.county, "李副县长", LeaderCategory.DEPUTY);
            justiceHead = person(court.justice, "张局长", LeaderCategory.PRINCIPAL);
            justiceStaff = person(court.justice, "赵科员", LeaderCategory.STAFF);
            notaryHead = person(court.notary, "孙主任", LeaderCategory.PRINCIPAL);
            financeHead = person(court.finance, "钱局长", LeaderCategory.PRINCIPAL);
            townHead = person(court.town, "周镇长", LeaderCategory.PRINCIPAL);
            county2Head = person(court.county2, "吴县长", LeaderCategory.PRINCIPAL);
        } catch (RuntimeException e) {
            court.close();
            throw e;
        }
    }

    Person person(Org org, String name, LeaderCategory category) {
        return court.core.people().create(Actor.SYSTEM, Person.draft(org.id(), name, "负责人", category));
    }

    /** Plans 2024 for the whole ledger, as the admin. */
    int plan2024() {
        return duties.plans().plan(ADMIN, 2024, null);
    }

    /** The item of a leader, year and code, as the admin reads it. */
    DutyItem item(Person p, int year, String code) {
        List<DutyItem> found = duties.items().list(ADMIN,
                new DutyFilter(null, year, p.id(), code, null, null, null), Page.FIRST).items();
        if (found.size() != 1) {
            throw new AssertionError("expected one item of " + p.name() + " " + year + " " + code + ", found " + found);
        }
        return found.get(0);
    }

    /** Sets an item's status as the admin (who may declare DONE without review). */
    DutyItem set(Person p, String code, DutyStatus status, String reason) {
        DutyItem i = item(p, 2024, code);
        return duties.items().update(ADMIN, i.id(), new DutyChanges(status, reason, null, null), i.version()).item();
    }

    long count(String sql) {
        return court.ledger.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        court.close();
    }
}
