package org.fazhi.web.training;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.storage.core.Scope;
import org.fazhi.training.sheets.SessionSheet;
import org.fazhi.training.sheets.StudySessionImporter;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.Upload;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * /study-sessions/import: choose a spreadsheet, upload it, see what was imported or every row error.
 * With scripts on, static/import.js uploads to the API with a progress bar; without them the form
 * posts here (multipart, the CSRF token in the action) and the answer is this page again.
 */
@Path("/study-sessions/import")
@Produces(MediaType.TEXT_HTML)
public final class StudySessionImportPage {
    private static final String PAGE = "/study-sessions/import";

    private final StudySessionImporter importer;

    StudySessionImportPage(StudySessionImporter importer) {
        this.importer = importer;
    }

    @GET
    public View page(@Context ContainerRequestContext ctx, @QueryParam("imported") String imported) {
        CurrentUser user = CurrentUser.of(ctx);
        Scope.requireWriter(user.actor());
        return model(user).put("imported", ImportPages.count(imported)).view(ImportPages.TEMPLATE);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext ctx, @FormDataParam("file") FormDataBodyPart file,
                           @FormDataParam("force") String force) {
        CurrentUser user = CurrentUser.of(ctx);
        return ImportPages.run(model(user), PAGE, () -> {
            Upload upload = Upload.of(file);
            if (upload == null) {
                throw ImportProblem.file("请选择要导入的文件");
            }
            return importer.importFile(user.actor(), upload.file(), ImportPages.force(force));
        });
    }

    private static PageModel model(CurrentUser user) {
        return ImportPages.model(user, "导入学法记录", "study", "学法记录", "/study-sessions", "返回学法台账",
                "/api/study-sessions/import-template", PAGE, "/api/study-sessions/import",
                String.join("、", SessionSheet.HEADERS),
                "单位、日期、类型、主题必填;列的顺序不限,多出的列不导入。单位填名称,有同名单位时填单位编号;"
                        + "日期如 2024-03-15 或 2024/3/15;多部法律用“、”分隔。Excel 模板的“填写说明”工作表列出了全部学法类型。");
    }
}
