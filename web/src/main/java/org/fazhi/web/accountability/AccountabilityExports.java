package org.fazhi.web.accountability;

import jakarta.ws.rs.Path;
import org.fazhi.duty.sheets.AccountabilityTables;
import org.fazhi.web.api.Params;
import org.fazhi.web.export.TableExport;

/**
 * The downloads of the two ledgers, each a {@link TableExport} of its own full path.
 */
public final class AccountabilityExports {
    private AccountabilityExports() {
    }

    /** GET /api/law-reports/export?format=xlsx|csv&orgId=&year=&personId=. */
    @Path("/api/law-reports/export")
    public static final class LawReports extends TableExport {
        LawReports(AccountabilityTables tables) {
            super((actor, q) -> tables.lawReports(actor, AccountabilityParams.lawReportFilter(
                    q.get("orgId"), Params.optionalYear(q.get("year")), q.get("personId"))));
        }
    }

    /** GET /api/rectifications/export?format=xlsx|csv&orgId=&year=&status=&q=. */
    @Path("/api/rectifications/export")
    public static final class Rectifications extends TableExport {
        Rectifications(AccountabilityTables tables) {
            super((actor, q) -> tables.rectifications(actor, AccountabilityParams.rectificationFilter(
                    q.get("orgId"), Params.optionalYear(q.get("year")), q.get("status"), q.get("q"))));
        }
    }
}
