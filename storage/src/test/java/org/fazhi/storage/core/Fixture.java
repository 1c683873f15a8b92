package org.fazhi.storage.core;

import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.TestModule;
import org.fazhi.storage.testing.ModuleLedger;
import org.fazhi.storage.testing.TempLedger;

/**
 * Two counties with the same kinds of departments, built through the services:
 *
 * <pre>
 * 某县人民政府 (county)                 另一县人民政府 (county2)
 * ├── 县司法局 (sifaju)                 └── 县财政局 (caizheng2)
 * │   └── 公证处 (gongzheng)
 * ├── 县财政局 (caizheng)
 * └── 某镇人民政府 (town)
 * </pre>
 *
 * People: 张局长 (司法局 principal), 王副局长 (司法局 deputy), 赵主任 (公证处 principal), 钱局长 (财政局 principal).
 */
final class Fixture extends ModuleLedger {
    /** The core services ({@link #core}), by their short name here. */
    final CoreServices s;
    final Org county;
    final Org sifaju;
    final Org gongzheng;
    final Org caizheng;
    final Org town;
    final Org county2;
    final Org caizheng2;
    final Person zhang;
    final Person wang;
    final Person zhao;
    final Person qian;

    /** The fixture on a fresh ledger with storage's test module (table test_ledger); closing it closes the ledger. */
    static Fixture onTestModule() {
        TempLedger ledger = new TempLedger(TestModule.MIGRATIONS);
        try {
            return new Fixture(ledger);
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    Fixture(TempLedger ledger) {
        super(ledger);
        this.s = core;
        county = org("某县人民政府", OrgKind.COUNTY_GOV, null);
        sifaju = org("县司法局", OrgKind.DEPARTMENT, county);
        gongzheng = org("公证处", OrgKind.UNIT, sifaju);
        caizheng = org("县财政局", OrgKind.DEPARTMENT, county);
        town = org("某镇人民政府", OrgKind.TOWNSHIP, county);
        county2 = org("另一县人民政府", OrgKind.COUNTY_GOV, null);
        caizheng2 = org("县财政局", OrgKind.DEPARTMENT, county2);
        zhang = person(sifaju, "张局长", "局长", LeaderCategory.PRINCIPAL);
        wang = person(sifaju, "王副局长", "副局长", LeaderCategory.DEPUTY);
        zhao = person(gongzheng, "赵主任", "公证处主任", LeaderCategory.PRINCIPAL);
        qian = person(caizheng, "钱局长", "局长", LeaderCategory.PRINCIPAL);
    }

    /** The 司法局's organiser of the audit tests ("sifaju-zuzhi"), in place of {@link ModuleLedger#organiser}. */
    public static Actor organiser(Org scope) {
        return new Actor(907, "sifaju-zuzhi", Role.ORGANISER, scope.id());
    }

    public static Actor viewer(Org scope) {
        return new Actor(908, "chakan", Role.VIEWER, scope == null ? null : scope.id());
    }

    /** The names of all units as stored, in id order: what an org tree shows. */
    List<String> orgNames() {
        return names(s.orgs().list(ADMIN, null, Page.FIRST));
    }

    List<String> personNames() {
        return s.people().list(ADMIN, PersonService.Filter.NONE, Page.FIRST).items().stream().map(Person::name).toList();
    }

    long auditCount() {
        return s.audit().find(ADMIN, AuditFilter.NONE, Page.FIRST).total();
    }

    static List<String> names(PageResult<Org> page) {
        return page.items().stream().map(Org::name).toList();
    }

    static List<String> names(List<Org> orgs) {
        return orgs.stream().map(Org::name).toList();
    }
}
