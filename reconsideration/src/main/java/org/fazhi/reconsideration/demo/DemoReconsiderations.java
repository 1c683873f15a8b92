package org.fazhi.reconsideration.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.demo.Weighted;

/**
 * Adds three years of 行政复议 cases to the demo county (the year before last, last year, and this year up to
 * today), with the county government as the 复议机关 and its departments and townships as respondents: about
 * fifty applications a year, mostly 行政处罚 and 举报投诉处理, one in eight not accepted, a quarter on the simple
 * procedure, some extended; decisions in the national proportions (most 维持 or 驳回, about one in five
 * corrected, some 调解/和解/撤回 with the act corrected), a few decided late, and this year's latest cases still
 * pending. Fixed seed; every case goes through the service as {@link Actor#SYSTEM}.
 */
public final class DemoReconsiderations {
    private static final long SEED = 20_240_101L;
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"};
    private static final String[] COMPANIES = {"清河县宏达建材有限公司", "清河县绿源食品有限公司", "清河县鑫盛物流有限公司",
        "清河县华康药房", "清河县兴业房地产开发有限公司"};
    /** Decisions with their weights (per hundred concluded cases). */
    private static final Decision[] DECISIONS = {Decision.UPHELD, Decision.DISMISSED, Decision.REVOKED,
        Decision.PARTIALLY_REVOKED, Decision.VARIED, Decision.CONFIRMED_ILLEGAL, Decision.ORDERED_PERFORMANCE,
        Decision.CONFIRMED_VOID, Decision.MEDIATED, Decision.SETTLED, Decision.TERMINATED};
    private static final int[] WEIGHTS = {36, 16, 9, 2, 2, 6, 4, 1, 6, 7, 11};
    private static final MatterCategory[] CATEGORIES = MatterCategory.values();
    private static final int[] CATEGORY_WEIGHTS = {33, 30, 8, 6, 6, 4, 4, 3, 3, 3};

    private final CoreServices core;
    private final Database db;
    private final AuditLog audit;
    private Random random;

    public DemoReconsiderations(CoreServices core, Database db) {
        this.core = core;
        this.db = db;
        this.audit = core.audit();
    }

    /** How many cases were registered per year (oldest first), and how many of this year's are pending. */
    public record Result(int[] perYear, int pending) {
    }

    /** Loads the cases into a ledger holding the demo county, in one transaction: whole or not at all. */
    public Result load(LocalDate today) {
        return db.jdbi().inTransaction(h -> fill(today));
    }

    private Result fill(LocalDate today) {
        random = new Random(SEED);
        List<Org> orgs = core.orgs().visible(Actor.SYSTEM);
        Org county = orgs.stream().filter(o -> o.parentId() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("演示县尚未载入"));
        List<Org> respondents = orgs.stream().filter(o -> county.id().equals(o.parentId()))
                .filter(o -> o.kind() == OrgKind.DEPARTMENT || o.kind() == OrgKind.TOWNSHIP).toList();
        Reconsiderations r = new Reconsiderations(db, audit, Clock.fixed(today.atStartOfDay(ZoneId.of("Asia/Shanghai"))
                .toInstant(), ZoneId.of("Asia/Shanghai")));
        int[] perYear = new int[3];
        int pending = 0;
        for (int k = 0; k < 3; k++) {
            int year = today.getYear() - 2 + k;
            LocalDate first = LocalDate.of(year, 1, 2);
            LocalDate last = k == 2 ? today : LocalDate.of(year, 12, 28);
            int days = (int) (last.toEpochDay() - first.toEpochDay());
            int count = days <= 0 ? 0 : (int) Math.round((44 + random.nextInt(14)) * days / 360.0);
            for (int n = 1; n <= count; n++) {
                LocalDate received = first.plusDays((long) days * n / (count + 1));
                ReconsiderationCase c = draft(year, n, received, respondents.get(random.nextInt(respondents.size())), today);
                r.cases().create(Actor.SYSTEM, c);
                perYear[k]++;
                pending += c.decision() == null && c.notAcceptedReason() == null ? 1 : 0;
            }
        }
        return new Result(perYear, pending);
    }

    private ReconsiderationCase draft(int year, int n, LocalDate received, Org respondent, LocalDate today) {
        String caseNo = "清政复决字〔" + year + "〕" + n + "号";
        ApplicantType type = random.nextInt(10) < 8 ? ApplicantType.CITIZEN : ApplicantType.LEGAL_PERSON;
        String applicant = type == ApplicantType.CITIZEN ? SURNAMES[random.nextInt(SURNAMES.length)] + "某某"
                : COMPANIES[random.nextInt(COMPANIES.length)];
        MatterCategory category = Weighted.pick(CATEGORIES, CATEGORY_WEIGHTS, random);
        LocalDate accepted = received.plusDays(1 + random.nextInt(5));
        if (random.nextInt(8) == 0 || accepted.isAfter(today)) {
            boolean refused = !accepted.isAfter(today);
            return ReconsiderationCase.draft(caseNo, applicant, type, respondent.id(), category, received, null,
                    refused ? "超过法定申请期限" : null, Procedure.NORMAL, 0, null, null, false, null, null);
        }
        Procedure procedure = category == MatterCategory.INFORMATION || random.nextInt(5) == 0 ? Procedure.SIMPLE
                : Procedure.NORMAL;
        int extended = procedure == Procedure.NORMAL && random.nextInt(8) == 0 ? 15 + random.nextInt(16) : 0;
        LocalDate due = ReconsiderationCase.dueOn(accepted, procedure, extended);
        // Most are decided in the last third of their time; one in thirty a few days late.
        long span = due.toEpochDay() - accepted.toEpochDay();
        LocalDate decided = random.nextInt(30) == 0 ? due.plusDays(1 + random.nextInt(6))
                : accepted.plusDays(span * 2 / 3 + random.nextInt((int) (span / 3) + 1));
        if (decided.isAfter(today)) {
            return ReconsiderationCase.draft(caseNo, applicant, type, respondent.id(), category, received, accepted, null,
                    procedure, extended, null, null, false, null, null);
        }
        Decision decision = Weighted.pick(DECISIONS, WEIGHTS, random);
        boolean corrected = !decision.onMerits() && random.nextInt(2) == 0;
        return ReconsiderationCase.draft(caseNo, applicant, type, respondent.id(), category, received, accepted, null,
                procedure, extended, decided, decision, corrected, null, null);
    }
}
