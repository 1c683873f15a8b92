package org.fazhi.training;

import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestActors;

/**
 * A small county on a real SQLite file, built through the core services, with this module's services
 * wired as the server wires them:
 *
 * <pre>
 * 清河县人民政府 (county, COUNTY_GOV)           另一县人民政府 (county2, COUNTY_GOV)
 * ├── 县司法局 (justice, DEPARTMENT)             └── 县教育局 (education2, DEPARTMENT)
 * │   └── 公证处 (notary, UNIT)
 * ├── 县财政局 (finance, DEPARTMENT)
 * └── 城关镇人民政府 (town, TOWNSHIP)
 * </pre>
 *
 * People: 张局长 and 王副局长 and 李科员 of 司法局, 钱局长 of 财政局, 赵主任 of 公证处.
 */
public final class County implements AutoCloseable {
    /** An admin; its id belongs to no stored account. */
    public static final Actor ADMIN = new Actor(900, "admin", Role.ADMIN, null);

    public final TempLedger ledger;
    public final CoreServices core;
    public final LawTraining training;
    public final Org county;
    public final Org justice;
    public final Org notary;
    public final Org finance;
    public final Org town;
    public final Org county2;
    public final Org education2;
    public final Person zhang;
    public final Person wang;
    public final Person li;
    public final Person qian;
    public final Person zhao;

    public County() {
        ledger = new TempLedger(LawTrainingSchema.MIGRATIONS);
        try {
            core = ledger.services();
            training = new LawTraining(ledger.database(), core.audit());
            county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
            justice = org("县司法局", OrgKind.DEPARTMENT, county);
            notary = org("公证处", OrgKind.UNIT, justice);
            finance = org("县财政局", OrgKind.DEPARTMENT, county);
            town = org("城关镇人民政府", OrgKind.TOWNSHIP, county);
            county2 = org("另一县人民政府", OrgKind.COUNTY_GOV, null);
            education2 = org("县教育局", OrgKind.DEPARTMENT, county2);
            zhang = person(justice, "张局长", "局长", LeaderCategory.PRINCIPAL);
            wang = person(justice, "王副局长", "副局长", LeaderCategory.DEPUTY);
            li = person(justice, "李科员", "科员", LeaderCategory.STAFF);
            qian = person(finance, "钱局长", "局长", LeaderCategory.PRINCIPAL);
            zhao = person(notary, "赵主任", "主任", LeaderCategory.PRINCIPAL);
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    public static Actor organiser(Org scope) {
        return TestActors.organiser(scope);
    }

    public static Actor viewer(Org scope) {
        return TestActors.viewer(scope);
    }

    public Org org(String name, OrgKind kind, Org parent) {
        return ledger.org(name, kind, parent);
    }

    public Person person(Org org, String name, String position, LeaderCategory category) {
        return core.people().create(Actor.SYSTEM, Person.draft(org.id(), name, position, category));
    }

    /** The audit lines written about one record, newest first. */
    public java.util.List<AuditEntry> audit(String entity, Long entityId) {
        return core.audit().find(ADMIN, new AuditFilter(null, entity, entityId, null, null, null), Page.FIRST).items();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
