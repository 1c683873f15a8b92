package org.fazhi.web.hostile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.account.Actor;
import org.fazhi.web.support.Http;

/**
 * The assessment desks the hostile tries write to: the county's round over three departments on a system of
 * three top-level leaves ("1", "2", "3", 10 points each, so a path reads /answers/{}): {@code open} is being
 * filled in, {@code submitting} has every leaf scored and is submitted by the tries, {@code reviewed} is
 * submitted with leaf 2 deducted (a 整改 can be opened for it).
 */
final class Desks {
    final String open;
    final String submitting;
    final String reviewed;

    Desks(Ledger l) {
        Assessment a = new Assessment(l.server.server().database(), l.server.services().audit(), l.server.clock());
        IndicatorSystem system = a.systems().create(Actor.SYSTEM, "示范创建指标体系", 2024, null, List.of(leaf("1"), leaf("2"),
                leaf("3")));
        long openUnit = Ledger.created(l.admin.post("/api/orgs", l.org("清河县财政局")));
        long submittingUnit = Ledger.created(l.admin.post("/api/orgs", l.org("清河县教育局")));
        long reviewedUnit = Ledger.created(l.admin.post("/api/orgs", l.org("清河县民政局")));
        LocalDate today = LocalDate.now(l.server.clock());
        long round = a.rounds().open(Actor.SYSTEM, new RoundDraft(today.getYear(), null, system.id(), l.county,
                List.of(openUnit, submittingUnit, reviewedUnit), today.plusDays(30), today.plusDays(60), new BigDecimal("18"),
                new Grades(new BigDecimal("27"), new BigDecimal("24"), new BigDecimal("18")), new BigDecimal("50"))).id();
        open = "/api/assessment-rounds/" + round + "/units/" + openUnit;
        submitting = "/api/assessment-rounds/" + round + "/units/" + submittingUnit;
        reviewed = "/api/assessment-rounds/" + round + "/units/" + reviewedUnit;
        for (String desk : List.of(submitting, reviewed)) {
            for (String code : List.of("1", "2", "3")) {
                Ledger.ok(l.admin.put(desk + "/answers/" + code, Map.of("selfScore", 10, "explanation", "已落实")));
            }
        }
        // An evidence record before the tries: the first one they make is not record 1, which an injected "id": 1
        // would seem to have chosen.
        Ledger.created(l.admin.post(open + "/answers/2/evidence", Map.of("kind", "NOTE", "title", "会前说明", "text", "已提交")));
        Ledger.ok(l.admin.post(reviewed + "/submit", Map.of()));
        Ledger.ok(l.admin.post(reviewed + "/review", Map.of("code", "2", "score", 6, "reason", "部分文件未审核")));
    }

    List<Endpoint> endpoints(Ledger l) {
        return List.of(
                Endpoint.put(open + "/answers/1", () -> new HashMap<>(Map.of("selfScore", 8.5, "explanation", "已落实")))
                        .changesSingle(open + "/answers"),
                Endpoint.post(open + "/answers/1/evidence", () -> new HashMap<>(Map.of("kind", "NOTE", "title", "情况说明",
                        "text", "本年度已全部审核")), "kind", "title", "text").creates(n -> "/api/assessment-evidence/" + n),
                Endpoint.step(submitting + "/submit", Desks::anyVersion).changesSingle(submitting + "/answers"),
                Endpoint.post(reviewed + "/review", () -> new HashMap<>(Map.of("code", "1", "score", 8, "reason", "材料不全")),
                        "code", "score", "reason").changesSingle(reviewed + "/answers"),
                new Endpoint("POST", reviewed + "/return", () -> new HashMap<>(Map.of("codes", List.of("3"), "comment", "请补充会议纪要")),
                        java.util.Set.of("codes", "comment"), false, false, null).changesSingle(reviewed + "/answers"),
                Endpoint.step(reviewed + "/confirm", Desks::anyVersion).changesSingle(reviewed + "/answers"),
                Endpoint.put(reviewed + "/answers/1/typical", () -> new HashMap<>(Map.of("typical", true)), "typical")
                        .changesSingle(reviewed + "/answers"),
                Endpoint.post(reviewed + "/answers/2/rectification", () -> new HashMap<>(Map.of("deadline",
                        LocalDate.now(l.server.clock()).plusDays(90).toString())), "deadline")
                        .creates(n -> "/api/rectifications/" + n));
    }

    /** A step's body: the unit's version left to the server (null: the stored one). */
    private static Map<String, Object> anyVersion() {
        Map<String, Object> m = new HashMap<>();
        m.put("version", null);
        return m;
    }

    private static Indicator leaf(String code) {
        return new Indicator(code, null, "指标" + code, "按要求完成的得满分", new BigDecimal("10"), List.of(), List.of(), false, null);
    }
}
