package org.fazhi.web.accountability;

import org.fazhi.duty.DutyTracking;
import org.fazhi.storage.core.CoreServices;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers 年终述法 and the 整改 ledger: the JSON API (/api/law-reports, /api/rectifications with
 * their summaries and exports) and the pages (/duties/law-reports, /rectifications).
 */
public final class AccountabilityWeb {
    private AccountabilityWeb() {
    }

    public static void register(ResourceConfig rc, CoreServices core, DutyTracking duty) {
        AccountabilityTables tables = new AccountabilityTables(core, duty);
        rc.register(new LawReportResource(duty.lawReports()));
        rc.register(new LawReportResource.Summary(duty.lawReports(), core.audit().zone()));
        rc.register(new AccountabilityExports.LawReports(tables));
        rc.register(new RectificationResource(duty.rectifications()));
        rc.register(new RectificationResource.Summary(duty.rectifications()));
        rc.register(new AccountabilityExports.Rectifications(tables));
        rc.register(new LawReportPages(core, duty.lawReports()));
        rc.register(new RectificationPages(core, duty.rectifications()));
    }
}
