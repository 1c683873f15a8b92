package org.fazhi.duty.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.court.AbsenceReason;
import org.fazhi.duty.court.CaseOutcome;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.Instance;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.PersonService;

/**
 * Adds three years of 行政诉讼 against the demo county's agencies: first-instance cases at the county
 * court, about one in four appealed to the intermediate court, one or two hearings per instance. Units
 * differ in how often their heads go to court (some always, some rarely), so the ranking and the 约谈
 * list have something to say. Only hearings up to today; recent cases are still pending.
 */
public final class DemoCourt {
    private static final long SEED = 20_240_601L;
    private static final String FIRST_COURT = "清河县人民法院";
    private static final String SECOND_COURT = "邢台市中级人民法院";
    /** Cause of action and field of administration, as 立案 lists name them. */
    private static final String[][] CAUSES = {
        {"行政处罚", "市场监管"}, {"行政强制", "自然资源"}, {"政府信息公开", "综合"}, {"行政许可", "住房城乡建设"},
        {"工伤认定", "人力资源社会保障"}, {"行政复议", "综合"}, {"房屋征收补偿", "住房城乡建设"}, {"行政处罚", "生态环境"},
        {"不履行法定职责", "农业农村"}, {"行政登记", "自然资源"}, {"行政处罚", "公安"}, {"行政协议", "交通运输"}};

    private final CoreServices core;
    private final DutyTracking duty;
    private final Random random = new Random(SEED);
    private final Map<Long, List<Person>> headsByOrg = new HashMap<>();

    public DemoCourt(CoreServices core, DutyTracking duty) {
        this.core = core;
        this.duty = duty;
    }

    public record Result(int cases, int hearings) {
    }

    public Result load(LocalDate today) {
        List<Org> sued = core.orgs().visible(Actor.SYSTEM).stream()
                .filter(o -> o.kind() == OrgKind.DEPARTMENT || o.kind() == OrgKind.TOWNSHIP
                        || o.kind() == OrgKind.COUNTY_GOV || o.kind() == OrgKind.DEV_ZONE)
                .sorted(Comparator.comparingLong(Org::id)).toList();
        if (sued.isEmpty()) {
            return new Result(0, 0);
        }
        // How likely each unit's head is to go to court: most units often, a few rarely.
        Map<Long, Double> diligence = new HashMap<>();
        for (Org o : sued) {
            diligence.put(o.id(), random.nextInt(6) == 0 ? 0.3 : 0.6 + random.nextDouble() * 0.4);
        }
        int cases = 0;
        int hearings = 0;
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            int serial = 1;
            int count = 36 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                Org org = pick(sued);
                LocalDate filed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
                if (filed.isAfter(today.minusDays(10))) {
                    continue;
                }
                String[] cause = CAUSES[random.nextInt(CAUSES.length)];
                String caseNo = "(" + year + ")冀0534行初" + serial++ + "号";
                LocalDate firstHearing = filed.plusDays(30 + random.nextInt(40));
                int[] made = instance(org, caseNo, FIRST_COURT, Instance.FIRST, cause, filed, firstHearing, today,
                        diligence.get(org.id()));
                cases += made[0];
                hearings += made[1];
                if (made[2] == 1 && random.nextInt(4) == 0) {
                    LocalDate appealed = firstHearing.plusDays(40 + random.nextInt(30));
                    int[] second = instance(org, caseNo.replace("冀0534行初", "冀05行终"), SECOND_COURT, Instance.SECOND, cause,
                            appealed, appealed.plusDays(30 + random.nextInt(30)), today, diligence.get(org.id()));
                    cases += second[0];
                    hearings += second[1];
                }
            }
        }
        return new Result(cases, hearings);
    }

    /** One instance with its hearings; returns {cases, hearings, concluded (1/0)}. */
    private int[] instance(Org org, String caseNo, String court, Instance instance, String[] cause, LocalDate filed,
                           LocalDate hearingDate, LocalDate today, double diligence) {
        if (filed.isAfter(today)) {
            return new int[] {0, 0, 0};
        }
        boolean concluded = hearingDate.plusDays(20).isBefore(today);
        CaseOutcome outcome = concluded ? outcome() : CaseOutcome.PENDING;
        CourtCase c = duty.courtCases().create(Actor.SYSTEM, new CourtCase(null, caseNo, court, instance, org.id(),
                random.nextInt(5) == 0 ? "清河县人民政府" : null, cause[0] + "纠纷", cause[1], filed, outcome, 0));
        int hearings = 0;
        int sittings = random.nextInt(4) == 0 ? 2 : 1;
        LocalDate date = hearingDate;
        for (int s = 0; s < sittings && !date.isAfter(today); s++) {
            duty.courtCases().addHearing(Actor.SYSTEM, c.id(), hearing(org, date, diligence));
            hearings++;
            date = date.plusDays(14 + random.nextInt(21));
        }
        return new int[] {1, hearings, concluded ? 1 : 0};
    }

    private Hearing hearing(Org org, LocalDate date, double diligence) {
        // Courts serve the 出庭通知书 a week or two ahead; now and then too late.
        LocalDate notified = random.nextInt(12) == 0 ? date.minusDays(1 + random.nextInt(2)) : date.minusDays(5 + random.nextInt(12));
        if (random.nextDouble() < diligence) {
            List<Person> heads = heads(org);
            if (!heads.isEmpty()) {
                Person head = heads.get(random.nextInt(heads.size()));
                return Hearing.appeared(date, notified, head.name(), head.position(), head.category(), random.nextInt(8) != 0);
            }
        }
        int roll = random.nextInt(10);
        AbsenceReason reason = roll < 5 ? AbsenceReason.IRREPLACEABLE_DUTY : roll < 7 ? AbsenceReason.OTHER_JUSTIFIED
                : roll < 8 ? AbsenceReason.ACCIDENT : AbsenceReason.NONE;
        boolean lawyerOnly = reason == AbsenceReason.NONE && random.nextBoolean();
        // A justified absence says what happened (未出庭情况); the reason alone picks it, so the demo's
        // random figures stay as they were.
        String note = switch (reason) {
            case IRREPLACEABLE_DUTY -> "主要负责人参加市政府专题会议,委托法制股股长出庭";
            case OTHER_JUSTIFIED -> "主要负责人因病住院,委托法制股股长出庭";
            case ACCIDENT -> "负责人赴庭途中遇交通事故,委托法制股股长出庭";
            default -> null;
        };
        return Hearing.absent(date, notified, reason, lawyerOnly ? null : "法制股股长", lawyerOnly).withAbsenceNote(note);
    }

    /** The unit's principal and deputies: who may appear as 行政机关负责人. */
    private List<Person> heads(Org org) {
        return headsByOrg.computeIfAbsent(org.id(), id -> {
            List<Person> out = new ArrayList<>();
            for (Person p : core.people().list(Actor.SYSTEM, PersonService.Filter.ofUnit(id), new Page(200, 0)).items()) {
                if (p.category() != null && p.category().isHead()) {
                    // The principal goes less often than the deputy in charge, as in practice.
                    out.add(p);
                    if (p.category() != LeaderCategory.PRINCIPAL) {
                        out.add(p);
                    }
                }
            }
            return out;
        });
    }

    private CaseOutcome outcome() {
        int roll = random.nextInt(20);
        return roll < 13 ? CaseOutcome.WON : roll < 16 ? CaseOutcome.LOST : roll < 19 ? CaseOutcome.WITHDRAWN : CaseOutcome.SETTLED;
    }

    private Org pick(List<Org> orgs) {
        // Departments that enforce (市场监管、自然资源、住建、公安) are sued far more than others.
        Org o = orgs.get(random.nextInt(orgs.size()));
        if (random.nextInt(3) == 0) {
            for (Org x : orgs) {
                if (x.name().contains(List.of("市场监督", "自然资源", "住房", "公安").get(random.nextInt(4)))) {
                    return x;
                }
            }
        }
        return o;
    }
}
