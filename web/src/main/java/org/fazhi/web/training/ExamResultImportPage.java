package org.fazhi.web.training;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamService;
import org.fazhi.training.sheets.ExamResultImporter;
import org.fazhi.training.sheets.ResultSheet;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.Upload;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.fazhi.exchange.Provenance;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/** /tests/{id}/import: a batch's results from a spreadsheet, with progress and every row error. */
@Path("/tests/{id}/import")
@Produces(MediaType.TEXT_HTML)
public record ExamResultImportPage(ExamResultImporter importer, ExamService tests, Provenance provenance) {
    @GET
    public View page(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("imported") String imported) {
        CurrentUser user = CurrentUser.writer(ctx);
        ExamBatch b = tests.batch(user.actor(), Params.pathId(id, "测试批次"));
        // A received unit's batch (报送) is read-only here: the page says so instead of offering an upload.
        return model(user, b).put("imported", ImportPages.count(imported))
                .put("receivedFrom", provenance.ofRecord("test_batches", b.id(), b.orgId()).orElse(null))
                .view(ImportPages.TEMPLATE);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @FormDataParam("file") FormDataBodyPart file,
                           @FormDataParam("force") String force) {
        CurrentUser user = CurrentUser.of(ctx);
        ExamBatch b = tests.batch(user.actor(), Params.pathId(id, "测试批次"));
        return ImportPages.run(model(user, b), "/tests/" + b.id() + "/import", () -> {
            return importer.importFile(user.actor(), b.id(), Upload.required(file, "请选择要导入的文件"), ImportPages.force(force));
        });
    }

    private static PageModel model(CurrentUser user, ExamBatch b) {
        return ImportPages.model(user, "导入测试成绩(" + b.date() + " 批次)", "tests", "成绩", "/tests/" + b.id(), "返回本批次",
                "/api/test-batches/import-template", "/tests/" + b.id() + "/import",
                "/api/test-batches/" + b.id() + "/results/import", String.join("、", ResultSheet.HEADERS),
                "姓名、单位必填;成绩与“是否缺考”至少填一项;补考时在“补考原成绩编号”填写原成绩的编号(在批次页面可查)。"
                        + "及格线按本批次(" + b.passMark() + " 分)判定,结果自动得出。");
    }
}
