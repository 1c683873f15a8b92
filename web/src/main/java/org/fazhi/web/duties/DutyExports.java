package org.fazhi.web.duties;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.sheets.DutyTables;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;

/** The duty exports, each its own root resource with its full path. */
public final class DutyExports {
    private DutyExports() {
    }

    /** GET /api/duties/export?format=xlsx|csv and the list's filters: one row per item, Chinese headers. */
    @Path("/api/duties/export")
    public static final class Items {
        private final DutyTables tables;

        Items(DutyTables tables) {
            this.tables = tables;
        }

        @GET
        public Response get(@Context ContainerRequestContext ctx, @QueryParam("format") String format,
                            @QueryParam("year") String year, @QueryParam("orgId") String orgId,
                            @QueryParam("personId") String personId, @QueryParam("code") String code,
                            @QueryParam("status") String status, @QueryParam("reviewState") String reviewState,
                            @QueryParam("q") String q) {
            ExportFormat f = ExportFormat.parse(format);
            return Downloads.of(tables.items(CurrentUser.of(ctx).actor(),
                    DutyParams.filter(orgId, year, personId, code, status, reviewState, q)), f);
        }
    }

    /**
     * GET /api/duty-progress/export?format=&year=&orgId=[&by=unit]: one row per leader, who is behind
     * first; {@code by=unit} gives the unit rows and the total instead.
     */
    @Path("/api/duty-progress/export")
    public static final class Progress {
        private final Duties duties;
        private final DutyTables tables;

        Progress(Duties duties, DutyTables tables) {
            this.duties = duties;
            this.tables = tables;
        }

        @GET
        public Response get(@Context ContainerRequestContext ctx, @QueryParam("format") String format,
                            @QueryParam("year") String year, @QueryParam("orgId") String orgId,
                            @QueryParam("by") String by) {
            ExportFormat f = ExportFormat.parse(format);
            int y = Params.yearOr(year, duties.items().today().getYear());
            return Downloads.of(tables.progress(CurrentUser.of(ctx).actor(), y, Params.optionalId(orgId, "orgId", "单位"),
                    "unit".equalsIgnoreCase(by)), f);
        }
    }
}
