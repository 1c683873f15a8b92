package org.fazhi.web.accountability;

import java.time.Clock;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.sheets.AccountabilityTables;
import org.fazhi.exchange.Provenance;
import org.fazhi.storage.core.CoreServices;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers 年终述法 and the 整改 ledger: the JSON API (/api/law-reports, /api/rectifications with
 * their summaries and exports) and the pages (/duties/law-reports, /rectifications).
 */
public final class AccountabilityWeb {
    private AccountabilityWeb() {
    }

    /**
     * @param clock      the server's: this year, dates of new records and of exported files
     * @param provenance where a received unit's records came from (报送): their pages offer no change
     */
    public static void register(ResourceConfig rc, CoreServices core, DutyTracking duty, Clock clock, Provenance provenance) {
        AccountabilityTables tables = duty.sheets().accountability();
        rc.register(new LawReportResource(duty.lawReports()));
        rc.register(new LawReportResource.Summary(duty.lawReports(), clock));
        rc.register(new AccountabilityExports.LawReports(tables));
        rc.register(new RectificationResource(duty.rectifications()));
        rc.register(new RectificationResource.Summary(duty.rectifications()));
        rc.register(new AccountabilityExports.Rectifications(tables));
        rc.register(new LawReportPages(core, duty.lawReports(), clock, provenance));
        rc.register(new RectificationPages(core, duty.rectifications(), provenance));
    }
}
