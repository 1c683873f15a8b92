package org.fazhi.web.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.model.account.Actor;
import org.fazhi.report.AnnualReport;
import org.fazhi.report.AnnualReportService;
import org.fazhi.report.docx.ReportDocx;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.auth.CurrentUser;

/**
 * The report as a Word file, named after its title (RFC 5987 {@code filename*}, with an ASCII name for
 * old browsers): GET /reports/annual.docx?year=&orgId= for pages, and the same under /api for scripts.
 * The report is read (scope checked) before the answer starts, so a refusal is a proper 4xx.
 */
final class ReportDocxResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CoreServices core;
    private final AnnualReportService reports;

    ReportDocxResource(CoreServices core, AnnualReportService reports) {
        this.core = core;
        this.reports = reports;
    }

    Response download(ContainerRequestContext ctx, String year, String orgId) {
        Actor actor = CurrentUser.of(ctx).actor();
        int y = ReportParams.year(year, reports.today().getYear());
        AnnualReport report = reports.read(actor, y, ReportParams.requiredOrgId(orgId, actor, core));
        StreamingOutput body = out -> ReportDocx.write(report, reports.today(), out);
        String utf8 = URLEncoder.encode(report.title() + ".docx", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body).type(DOCX)
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + y + ".docx\"; filename*=UTF-8''"
                        + utf8)
                .build();
    }

    /** GET /api/reports/annual.docx?year=&orgId= */
    @Path("/api/reports/annual.docx")
    public static final class Api {
        private final ReportDocxResource docx;

        Api(ReportDocxResource docx) {
            this.docx = docx;
        }

        @GET
        public Response get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                            @QueryParam("orgId") String orgId) {
            return docx.download(ctx, year, orgId);
        }
    }

    /** GET /reports/annual.docx?year=&orgId=, the link on the report's pages. */
    @Path("/reports/annual.docx")
    public static final class Page {
        private final ReportDocxResource docx;

        Page(ReportDocxResource docx) {
            this.docx = docx;
        }

        @GET
        public Response get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                            @QueryParam("orgId") String orgId) {
            return docx.download(ctx, year, orgId);
        }
    }
}
