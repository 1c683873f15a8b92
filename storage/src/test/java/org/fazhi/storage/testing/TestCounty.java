package org.fazhi.storage.testing;

import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.migrate.MigrationSet;

/**
 * A small county on a real SQLite file, built through the core services, with the given modules' tables;
 * a module's fixture extends it and wires its services as the server wires them:
 *
 * <pre>
 * 清河县人民政府 (county, COUNTY_GOV)           另一县人民政府 (county2, COUNTY_GOV)
 * ├── 县司法局 (justice, DEPARTMENT)             └── 县教育局 (education2, DEPARTMENT)
 * │   └── 公证处 (notary, UNIT)
 * ├── 县财政局 (finance, DEPARTMENT)
 * └── 城关镇人民政府 (town, TOWNSHIP)
 * </pre>
 */
public abstract class TestCounty extends ModuleLedger {
    public final Org county;
    public final Org justice;
    public final Org notary;
    public final Org finance;
    public final Org town;
    public final Org county2;
    public final Org education2;

    protected TestCounty(MigrationSet... modules) {
        super(new TempLedger(modules));
        try {
            county = org("清河县人民政府", OrgKind.COUNTY_GOV, null);
            justice = org("县司法局", OrgKind.DEPARTMENT, county);
            notary = org("公证处", OrgKind.UNIT, justice);
            finance = org("县财政局", OrgKind.DEPARTMENT, county);
            town = org("城关镇人民政府", OrgKind.TOWNSHIP, county);
            county2 = org("另一县人民政府", OrgKind.COUNTY_GOV, null);
            education2 = org("县教育局", OrgKind.DEPARTMENT, county2);
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }
}
