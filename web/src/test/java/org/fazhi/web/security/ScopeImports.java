package org.fazhi.web.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.web.security.ScopeWrites.Call;

/**
 * The imports of the route table (study sessions, test results, court cases; API and upload pages),
 * each as a call whose file holds two rows of the organiser's own unit and one of the target unit,
 * named by its id; and again (" · by name") with the target named by its name. Naming the sibling or
 * the parent, the whole file must be refused and nothing imported; naming the own unit, every row is
 * imported. A refusal lists the wrong cells, repeating what was typed in them: a unit typed by name
 * comes back in the message (as typed, and no more), so only the by-id answers are searched for the
 * other unit's name — which typing an id must not reveal.
 */
final class ScopeImports {
    static final String SESSIONS = "单位,日期,类型,主题,所学法律,主讲人,时长(分钟),应到人数,实到人数";
    static final String RESULTS = "姓名,单位,现任职务,拟任职务,成绩,是否缺考";
    static final String RECONSIDERATIONS = "案号,申请人,申请人类型,被申请人,事项类别,收到申请日期";
    static final String CASES = "案号,法院,审级,被告单位,案由,立案日期,开庭日期,负责人是否出庭,出庭负责人,职务,负责人类别,是否发言,未出庭理由,委托工作人员";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private ScopeImports() {
    }

    /** The key suffix of the calls naming the target unit by name, whose refusal repeats the typed name. */
    static final String BY_NAME = " · by name";

    static Map<String, Call> all() {
        Map<String, Call> m = new LinkedHashMap<>();
        for (boolean byName : new boolean[] {false, true}) {
            String v = byName ? BY_NAME : "";
            m.put("POST /api/study-sessions/import" + v, (s, who, t) -> s.upload(who, "/api/study-sessions/import", "text/csv",
                    sessions(s.l, unit(t, byName))));
            m.put("POST /study-sessions/import" + v, (s, who, t) -> s.multipart(who, "/study-sessions/import", "学法.csv",
                    sessions(s.l, unit(t, byName)), Map.of()));
            m.put("POST /api/test-batches/{}/results/import" + v, (s, who, t) -> s.upload(who,
                    "/api/test-batches/" + s.l.justice.batch + "/results/import", "text/csv", results(s.l, unit(t, byName))));
            m.put("POST /tests/{}/import" + v, (s, who, t) -> s.multipart(who, "/tests/" + s.l.justice.batch + "/import",
                    "成绩.csv", results(s.l, unit(t, byName)), Map.of()));
            m.put("POST /api/court-cases/import" + v, (s, who, t) -> s.upload(who, "/api/court-cases/import", "text/csv",
                    cases(s.l, unit(t, byName))));
            m.put("POST /court-cases/import" + v, (s, who, t) -> s.multipart(who, "/court-cases/import", "应诉.csv",
                    cases(s.l, unit(t, byName)), Map.of()));
            m.put("POST /api/reconsiderations/import" + v, (s, who, t) -> s.upload(who, "/api/reconsiderations/import",
                    "text/csv", reconsiderations(s.l, unit(t, byName))));
            m.put("POST /reconsiderations/import" + v, (s, who, t) -> s.multipart(who, "/reconsiderations/import", "复议.csv",
                    reconsiderations(s.l, unit(t, byName)), Map.of()));
        }
        return m;
    }

    /** How a file names the unit: its id, or its name as a CSV cell (the names hold quotes). */
    private static String unit(Ledger.Unit t, boolean byName) {
        return byName ? "\"" + t.org.name().replace("\"", "\"\"") + "\"" : String.valueOf(t.org.id());
    }

    /** Each call's file is new (a topic of its own): a file or row seen before is refused for that reason alone. */
    private static byte[] sessions(Ledger l, String target) {
        String row = ",2024-04-0%d,集体学法,导入学法" + SEQ.incrementAndGet() + ",宪法,某,30,10,9\r\n";
        return csv(SESSIONS + "\r\n" + l.justice.org.id() + row.formatted(1) + target + row.formatted(2)
                + unit(l.justice, true) + row.formatted(3));
    }

    private static byte[] results(Ledger l, String target) {
        int n = SEQ.incrementAndGet();
        return csv(RESULTS + "\r\n导入考生甲" + n + "," + l.justice.org.id() + ",科员,科长,90,否\r\n导入考生乙" + n + "," + target
                + ",科员,科长,90,否\r\n导入考生丙" + n + "," + unit(l.justice, true) + ",科员,科长,90,否\r\n");
    }

    private static byte[] cases(Ledger l, String target) {
        String row = ",清河县人民法院,一审,%s,行政处罚,,2024-05-01,否,,,,,需履行他人不能代替的公务,李科员\r\n";
        return csv(CASES + "\r\n" + caseNo() + row.formatted(l.justice.org.id()) + caseNo() + row.formatted(target)
                + caseNo() + row.formatted(unit(l.justice, true)));
    }

    private static byte[] reconsiderations(Ledger l, String target) {
        String row = ",导入申请人,公民,%s,行政处罚,2024-05-06\r\n";
        return csv(RECONSIDERATIONS + "\r\n" + caseNo() + row.formatted(l.justice.org.id()) + caseNo() + row.formatted(target)
                + caseNo() + row.formatted(unit(l.justice, true)));
    }

    private static String caseNo() {
        return "(2024)导入" + SEQ.incrementAndGet() + "号";
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
