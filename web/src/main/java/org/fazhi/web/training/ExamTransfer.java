package org.fazhi.web.training;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Clock;
import org.fazhi.sheets.SheetFile;
import org.fazhi.training.sheets.ExamResultImporter;
import org.fazhi.training.sheets.TrainingTables;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.TableExport;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.Upload;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * Test batches and results in and out of spreadsheets; each endpoint a root resource of its own
 * full path (see {@link StudySessionTransfer}).
 */
public final class ExamTransfer {
    private ExamTransfer() {
    }

    /** GET /api/test-batches/export?format=&orgId=&year=&track=: the batch list with candidate and pass counts. */
    @Path("/api/test-batches/export")
    public static final class BatchExport extends TableExport {
        BatchExport(TrainingTables tables) {
            super((actor, q) -> tables.batches(actor, Params.optionalOrg(q.get("orgId")),
                    Params.optionalYear(q.get("year")), TrainingParams.optionalTrack(q.get("track"))));
        }
    }

    /** GET /api/test-batches/import-template?format=xlsx|csv: the results columns and one example row. */
    @Path("/api/test-batches/import-template")
    public static final class Template extends TableExport {
        Template(TrainingTables tables) {
            super((actor, q) -> tables.resultTemplate(actor));
        }
    }

    /** POST /api/test-batches/{id}/results/import: like the study-session import, into one batch, all or none. */
    @Path("/api/test-batches/{id}/results/import")
    @Produces(MediaType.APPLICATION_JSON)
    public record ResultImport(ExamResultImporter importer) {
        @POST
        @Consumes(MediaType.MULTIPART_FORM_DATA)
        public StudySessionTransfer.Imported form(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                                  @FormDataParam("file") FormDataBodyPart file,
                @QueryParam("force") String force) {
            long batchId = Params.pathId(id, "测试批次");
            SheetFile upload = Upload.required(file, Upload.MISSING_FIELD);
            return new StudySessionTransfer.Imported(importer.importFile(CurrentUser.of(ctx).actor(), batchId, upload, ImportPages.force(force)));
        }

        @POST
        @Consumes(MediaType.WILDCARD)
        public StudySessionTransfer.Imported body(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                                  @QueryParam("fileName") String fileName, @QueryParam("force") String force,
                                                  @HeaderParam("Content-Disposition") String disposition, InputStream body) {
            long batchId = Params.pathId(id, "测试批次");
            Upload upload = Upload.fromBody(body, ctx.getMediaType(), fileName, disposition);
            return new StudySessionTransfer.Imported(importer.importFile(CurrentUser.of(ctx).actor(), batchId, upload.file(), ImportPages.force(force)));
        }
    }

    /** GET /api/test-batches/{id}/results/export?format=: the import's columns plus 成绩编号 and 结果. */
    @Path("/api/test-batches/{id}/results/export")
    public static final class ResultExport extends TableExport {
        ResultExport(TrainingTables tables) {
            super((actor, q) -> tables.results(actor, Params.pathId(q.path("id"), "测试批次")));
        }
    }

    /** GET /api/test-awaiting-retake/export?year=&orgId=&format=: who still awaits a retake. */
    @Path("/api/test-awaiting-retake/export")
    public static final class AwaitingExport extends TableExport {
        AwaitingExport(TrainingTables tables, Clock clock) {
            super((actor, q) -> tables.awaiting(actor, TrainingParams.yearOrCurrent(q.get("year"), clock),
                    Params.optionalOrg(q.get("orgId"))));
        }
    }
}
