package org.fazhi.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fazhi.model.person.LeaderCategory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Ten years of 行政诉讼 cases and their hearings, up to the end of the last year. A first instance is
 * heard one to three times; a quarter of the decided ones go on appeal as a second instance with a
 * hearing of its own. When a head appears it is one of the unit's heads (the principal about half the
 * time) who mostly speaks; otherwise the unit gives a reason and sends a staff member, and now and then
 * only a lawyer. Each defendant has its own propensity to appear, so units rank differently.
 */
final class CourtLedger {
    private static final String CASE_SQL = "INSERT INTO court_cases (id, case_no, court, instance, defendant_org_id, cause, "
            + "admin_field, filed_on, outcome, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HEARING_SQL = "INSERT INTO court_hearings (case_id, date, notified, head_appeared, head_name, "
            + "head_position, head_category, spoke, absence_reason, entrusted_staff, lawyer_only, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String[] CAUSES = {"行政处罚", "行政许可", "行政强制", "政府信息公开", "行政协议", "土地征收",
        "房屋征收补偿", "行政复议", "工伤认定", "履行法定职责"};
    private static final String[] FIELDS = {"市场监管", "自然资源", "生态环境", "城乡建设", "人力社保", "公安", "交通运输", "综合执法"};
    /** Reasons given for an absence, most often official business; 无正当理由 about one in five. */
    private static final String[] REASONS = {"IRREPLACEABLE_DUTY", "IRREPLACEABLE_DUTY", "IRREPLACEABLE_DUTY", "OTHER_JUSTIFIED",
        "OTHER_JUSTIFIED", "NONE", "NONE", "ACCIDENT", "IRREPLACEABLE_DUTY", "FORCE_MAJEURE"};
    private static final String[] DECIDED = {"WON", "WON", "WON", "WON", "WON", "WON", "LOST", "WITHDRAWN", "WITHDRAWN", "SETTLED",
        "OTHER"};

    record Head(String name, String position, LeaderCategory category) {
    }

    /**
     * A unit that gets sued: its heads (principal first), the staff member it sends when none of them
     * can come, the courts of first and second instance, how often a head appears, and how often it is
     * sued relative to others.
     */
    record Defendant(long orgId, List<Head> heads, String staff, String court, String appealCourt, double appearance,
                     double weight) {
    }

    /** Instances (court_cases rows) and hearings made. */
    record Made(int instances, int hearings) {
    }

    private final Handle h;
    private final Random random;
    private final LocalDate end;
    private PreparedBatch cases;
    private PreparedBatch sittings;
    private int caseId;
    private int hearings;
    private int unflushed;

    private CourtLedger(Handle h, Random random, int lastYear) {
        this.h = h;
        this.random = random;
        this.end = LocalDate.of(lastYear, 12, 31);
    }

    /** Adds cases until {@code target} hearings are made, all dated in the ten years up to {@code lastYear}. */
    static Made fill(Handle h, List<Defendant> defendants, int target, int lastYear, Random random) {
        return new CourtLedger(h, random, lastYear).fill(defendants, target);
    }

    private Made fill(List<Defendant> defendants, int target) {
        double[] cumulative = new double[defendants.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += defendants.get(i).weight();
            cumulative[i] = sum;
        }
        cases = h.prepareBatch(CASE_SQL);
        sittings = h.prepareBatch(HEARING_SQL);
        while (hearings < target) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            Defendant d = defendants.get(Math.min(defendants.size() - 1, i < 0 ? -i - 1 : i));
            LocalDate filed = end.minusYears(10).plusDays(1 + random.nextInt(3650));
            int year = filed.getYear();
            String cause = CAUSES[random.nextInt(CAUSES.length)];
            String field = FIELDS[random.nextInt(FIELDS.length)];
            int number = caseId + 1;
            int roll = random.nextInt(10);
            Heard first = instance("(" + year + ")基行初" + number + "号", d.court(), "FIRST", d, cause, field, filed,
                    roll < 4 ? 1 : roll < 9 ? 2 : 3, target);
            if (("WON".equals(first.outcome()) || "LOST".equals(first.outcome())) && random.nextInt(4) == 0) {
                LocalDate appealed = first.last().plusDays(30 + random.nextInt(30));
                if (appealed.isBefore(end)) {
                    instance("(" + appealed.getYear() + ")基行终" + number + "号", d.appealCourt(), "SECOND", d, cause, field, appealed,
                            1, target);
                }
            }
            if (unflushed >= 10_000) {
                flush();
            }
        }
        flush();
        return new Made(caseId, hearings);
    }

    /** How an instance went: its last hearing (null if none yet) and its outcome. */
    private record Heard(LocalDate last, String outcome) {
    }

    /** One instance and its hearings (none past the ledger's end). */
    private Heard instance(String caseNo, String court, String instance, Defendant d, String cause, String field,
                               LocalDate filed, int count, int target) {
        int id = ++caseId;
        LocalDate date = filed.plusDays(20 + random.nextInt(60));
        LocalDate last = null;
        for (int i = 0; i < count && hearings < target && !date.isAfter(end); i++, hearings++) {
            hearing(id, date, d);
            last = date;
            date = date.plusDays(14 + random.nextInt(30));
        }
        String outcome = outcome(last);
        cases.add(id, caseNo, court, instance, d.orgId(), cause, field, filed, outcome, Stamps.at(filed),
                Stamps.at(last == null ? filed : last));
        unflushed += 1 + count;
        return new Heard(last, outcome);
    }

    /** Decided a month after the last hearing; pending before that, or while never heard. */
    private String outcome(LocalDate lastHearing) {
        if (lastHearing == null || lastHearing.plusDays(30).isAfter(end)) {
            return "PENDING";
        }
        return DECIDED[random.nextInt(DECIDED.length)];
    }

    private void hearing(int caseId, LocalDate date, Defendant d) {
        // The court's notice comes 3–15 days ahead; about one hearing in ten has none on file.
        LocalDate notified = random.nextInt(10) == 0 ? null : date.minusDays(3 + random.nextInt(13));
        var at = Stamps.at(date);
        if (random.nextDouble() < d.appearance()) {
            Head head = random.nextInt(3) == 0 ? d.heads().get(0) : d.heads().get(random.nextInt(d.heads().size()));
            sittings.add(caseId, date, notified, 1, head.name(), head.position(), head.category().name(),
                    random.nextInt(8) == 0 ? 0 : 1, null, null, 0, at, at);
        } else {
            boolean lawyerOnly = random.nextInt(30) == 0;
            sittings.add(caseId, date, notified, 0, null, null, null, 0, REASONS[random.nextInt(REASONS.length)],
                    lawyerOnly ? null : d.staff(), lawyerOnly ? 1 : 0, at, at);
        }
    }

    /** Cases before their hearings: the hearings' foreign keys need them. */
    private void flush() {
        Batches.execute(cases, sittings);
        cases = h.prepareBatch(CASE_SQL);
        sittings = h.prepareBatch(HEARING_SQL);
        unflushed = 0;
    }
}
