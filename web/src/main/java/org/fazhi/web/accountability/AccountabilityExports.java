package org.fazhi.web.accountability;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.duty.sheets.AccountabilityTables;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;

/**
 * The downloads of the two ledgers. Each is a root resource of its own full path, so "export" is
 * never taken for an {@code {id}} of the JSON API.
 */
public final class AccountabilityExports {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AccountabilityExports() {
    }

    /** GET /api/law-reports/export?format=xlsx|csv&orgId=&year=&personId=. */
    @Path("/api/law-reports/export")
    public static final class LawReports {
        private final AccountabilityTables tables;

        LawReports(AccountabilityTables tables) {
            this.tables = tables;
        }

        @GET
        @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
        public Response export(@Context ContainerRequestContext ctx, @QueryParam("format") String format,
                               @QueryParam("orgId") String orgId, @QueryParam("year") String year,
                               @QueryParam("personId") String personId) {
            ExportFormat f = ExportFormat.parse(format);
            return Downloads.of(tables.lawReports(CurrentUser.of(ctx).actor(), AccountabilityParams.lawReportFilter(
                    orgId, Params.optionalYear(year), personId)), f);
        }
    }

    /** GET /api/rectifications/export?format=xlsx|csv&orgId=&year=&status=&q=. */
    @Path("/api/rectifications/export")
    public static final class Rectifications {
        private final AccountabilityTables tables;

        Rectifications(AccountabilityTables tables) {
            this.tables = tables;
        }

        @GET
        @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
        public Response export(@Context ContainerRequestContext ctx, @QueryParam("format") String format,
                               @QueryParam("orgId") String orgId, @QueryParam("year") String year,
                               @QueryParam("status") String status, @QueryParam("q") String q) {
            ExportFormat f = ExportFormat.parse(format);
            return Downloads.of(tables.rectifications(CurrentUser.of(ctx).actor(), AccountabilityParams.rectificationFilter(
                    orgId, Params.optionalYear(year), status, q)), f);
        }
    }
}
