package org.fazhi.web.duties;

import jakarta.ws.rs.Path;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.sheets.DutyTables;
import org.fazhi.web.api.Params;
import org.fazhi.web.export.TableExport;

/** The duty exports, each a {@link TableExport} of its own full path. */
public final class DutyExports {
    private DutyExports() {
    }

    /** GET /api/duties/export?format=xlsx|csv and the list's filters: one row per item, Chinese headers. */
    @Path("/api/duties/export")
    public static final class Items extends TableExport {
        Items(DutyTables tables) {
            super((actor, q) -> tables.items(actor, DutyParams.filter(q.get("orgId"), q.get("year"), q.get("personId"),
                    q.get("code"), q.get("status"), q.get("reviewState"), q.get("q"))));
        }
    }

    /**
     * GET /api/duty-progress/export?format=&year=&orgId=[&by=unit]: one row per leader, who is behind
     * first; {@code by=unit} gives the unit rows and the total instead.
     */
    @Path("/api/duty-progress/export")
    public static final class Progress extends TableExport {
        Progress(Duties duties, DutyTables tables) {
            super((actor, q) -> tables.progress(actor, Params.yearOr(q.get("year"), duties.items().today().getYear()),
                    Params.optionalOrg(q.get("orgId")), "unit".equalsIgnoreCase(q.get("by"))));
        }
    }
}
