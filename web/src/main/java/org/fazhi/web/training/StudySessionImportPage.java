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
import java.util.List;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.core.Scope;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportProblem;
import org.fazhi.web.imports.ImportRejected;
import org.fazhi.web.imports.RowErrors;
import org.fazhi.web.imports.Upload;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * /study-sessions/import: choose a spreadsheet, upload it, see what was imported or every row error.
 * With scripts on, static/import.js uploads to the API with a progress bar; without them the form
 * posts here (multipart, the CSRF token in the action's query) and the answer is this page again.
 */
@Path("/study-sessions/import")
@Produces(MediaType.TEXT_HTML)
public final class StudySessionImportPage {
    /** A page with 100,000 error rows helps nobody; the first ones show what to fix. */
    static final int SHOWN_ERRORS = 500;

    private final StudySessionImporter importer;

    StudySessionImportPage(StudySessionImporter importer) {
        this.importer = importer;
    }

    @GET
    public View page(@Context ContainerRequestContext ctx, @QueryParam("imported") String imported) {
        CurrentUser user = CurrentUser.of(ctx);
        Scope.requireWriter(user.actor());
        return model(user).put("imported", count(imported)).view("study-session-import");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext ctx, @FormDataParam("file") FormDataBodyPart file) {
        CurrentUser user = CurrentUser.of(ctx);
        try {
            Upload upload = Upload.of(file);
            if (upload == null) {
                throw ImportProblem.file("请选择要导入的文件");
            }
            int n = importer.importFile(user.actor(), upload);
            return Redirects.to("/study-sessions/import?imported=" + n);
        } catch (ImportRejected e) {
            return Response.status(e.status()).entity(failed(user, e.problem())).build();
        } catch (ValidationException e) {
            return Response.status(400).entity(failed(user, new ImportProblem("INVALID", e.getMessage(), e.field(), null))).build();
        }
    }

    private View failed(CurrentUser user, ImportProblem p) {
        List<RowErrors.RowError> all = p.errors();
        return model(user)
                .put("failure", p.message())
                .put("errors", all.size() > SHOWN_ERRORS ? all.subList(0, SHOWN_ERRORS) : all)
                .put("hasErrors", !all.isEmpty())
                .put("moreErrors", all.size() > SHOWN_ERRORS ? all.size() - SHOWN_ERRORS : null)
                .view("study-session-import");
    }

    private static PageModel model(CurrentUser user) {
        return PageModel.of(user, "导入学法记录", "study")
                .put("columns", String.join("、", SessionSheet.HEADERS))
                .put("shownErrors", SHOWN_ERRORS);
    }

    /** ?imported=N after the redirect; only a number is ever shown. */
    private static Integer count(String text) {
        if (text == null || !text.matches("\\d{1,7}")) {
            return null;
        }
        return Integer.parseInt(text);
    }
}
