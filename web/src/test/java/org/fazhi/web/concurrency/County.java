package org.fazhi.web.concurrency;

import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * A small county on the real server for the concurrency tests: the county government and two
 * departments, each with a principal, and the duty plan of 2024 (3 principals × 7 duties).
 */
final class County implements AutoCloseable {
    static final int YEAR = 2024;

    final TestServer server = new TestServer();
    final Http admin = server.login(TestServer.ADMIN);
    final Org county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
    final Org justice = org("县司法局", OrgKind.DEPARTMENT, county);
    final Org finance = org("县财政局", OrgKind.DEPARTMENT, county);
    final Person countyHead = person(county, "王县长");
    final Person justiceHead = person(justice, "张局长");
    final Person financeHead = person(finance, "钱局长");

    County() {
        Http.Res plan = admin.post("/api/duty-plans", Map.of("year", YEAR));
        if (plan.status() != 201) {
            server.close();
            throw new AssertionError("duty plan: " + plan.status() + " " + plan.body());
        }
    }

    private Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    private Person person(Org org, String name) {
        return server.person(org, name, "局长", LeaderCategory.PRINCIPAL);
    }

    static Map<String, Object> session(long orgId, String date, String topic) {
        return new java.util.HashMap<>(Map.of("orgId", orgId, "date", date, "kind", "COLLECTIVE", "topic", topic,
                "laws", java.util.List.of("宪法"), "lecturer", "张律师", "minutes", 45, "expected", 20, "attended", 18));
    }

    static Map<String, Object> courtCase(String caseNo, long orgId) {
        return new java.util.HashMap<>(Map.of("caseNo", caseNo, "court", "清河县人民法院", "instance", "FIRST",
                "defendantOrgId", orgId, "cause", "行政处罚", "filedOn", "2024-02-01"));
    }

    static Map<String, Object> hearing(String date) {
        return new java.util.HashMap<>(Map.of("date", date, "headAppeared", true, "headName", "张局长",
                "headPosition", "局长", "headCategory", "PRINCIPAL", "spoke", true));
    }

    static Map<String, Object> rectification(long orgId, String problem) {
        return new java.util.HashMap<>(Map.of("orgId", orgId, "problem", problem, "source", "法治政府建设督察",
                "foundOn", "2024-03-01", "deadline", "2024-09-30", "responsible", "张科长"));
    }

    @Override
    public void close() {
        server.close();
    }
}
