package org.fazhi.web.support;

import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;

/**
 * A county with two departments and their leaders, the 第一责任人 a duty plan or a year's report is about,
 * stored as the system, and the admin signed in to the API:
 *
 * <pre>
 * 清河县人民政府: 王县长 (PRINCIPAL)
 * ├── 县司法局: 张局长 (PRINCIPAL), 李副局长 (DEPUTY)
 * └── 县财政局: 钱局长 (PRINCIPAL)
 * </pre>
 */
public abstract class CountyLeaders {
    public final TestServer server;
    public final Http admin;
    public final Org county;
    public final Org justice;
    public final Org finance;
    public final Person countyHead;
    public final Person justiceHead;
    public final Person justiceDeputy;
    public final Person financeHead;

    protected CountyLeaders(TestServer server) {
        this.server = server;
        admin = server.login(TestServer.ADMIN);
        // As the tree above: each unit, then its leaders.
        county = server.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        countyHead = leader(county, "王县长", LeaderCategory.PRINCIPAL);
        justice = server.org("县司法局", OrgKind.DEPARTMENT, county);
        justiceHead = leader(justice, "张局长", LeaderCategory.PRINCIPAL);
        justiceDeputy = leader(justice, "李副局长", LeaderCategory.DEPUTY);
        finance = server.org("县财政局", OrgKind.DEPARTMENT, county);
        financeHead = leader(finance, "钱局长", LeaderCategory.PRINCIPAL);
    }

    /** Stores a leader of {@code org} with the position 负责人. */
    protected final Person leader(Org org, String name, LeaderCategory category) {
        return server.person(org, name, "负责人", category);
    }
}
