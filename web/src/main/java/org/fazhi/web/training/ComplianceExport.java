package org.fazhi.web.training;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.training.sheets.TrainingTables;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;

/** GET /api/study-compliance/export?year=&orgId=&format=: one row per unit and quota rule, with the quarters. */
@Path("/api/study-compliance/export")
public final class ComplianceExport {
    private final TrainingTables tables;
    private final Clock clock;

    ComplianceExport(TrainingTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @GET
    @Produces({StudySessionTransfer.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    public Response export(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                           @QueryParam("orgId") String orgId, @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format);
        return Downloads.of(tables.compliance(CurrentUser.of(ctx).actor(), TrainingParams.yearOrCurrent(year, clock),
                Params.optionalId(orgId, "orgId", "单位")), f);
    }
}
