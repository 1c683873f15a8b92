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
import java.io.IOException;
import org.fazhi.model.ValidationException;
import org.fazhi.training.catalog.LawCatalogService;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.sheets.TextDecoding;
import org.fazhi.web.imports.Upload;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/** /study-sessions/laws: look through the law catalogue; admins extend or replace it from a CSV. */
@Path("/study-sessions/laws")
@Produces(MediaType.TEXT_HTML)
public record LawCatalogPages(LawCatalogService laws) {
    @GET
    public View page(@Context ContainerRequestContext ctx, @QueryParam("q") String q, @QueryParam("added") String added) {
        Integer n = ImportPages.count(added);
        return model(CurrentUser.of(ctx), q).put("flash", n == null ? null : "已导入,新增 " + n + " 部。").view("study-laws");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext ctx, @FormDataParam("file") FormDataBodyPart file,
                           @FormDataParam("mode") String mode) throws IOException {
        CurrentUser user = CurrentUser.admin(ctx);
        try {
            Upload upload = Upload.of(file);
            if (upload == null || upload.isEmpty()) {
                throw new ValidationException("file", "请选择要导入的文件");
            }
            int added = laws.importTitles(user.actor(), LawCatalogResource.parse(TextDecoding.decode(upload.bytes())),
                    "replace".equals(mode));
            return Redirects.to("/study-sessions/laws?added=" + added);
        } catch (ValidationException e) {
            return Response.status(400).entity(model(user, null).put("error", e.getMessage()).view("study-laws")).build();
        }
    }

    private PageModel model(CurrentUser user, String q) {
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 50) {
            query = query.substring(0, 50);
        }
        return PageModel.of(user, "法律法规目录", "study")
                .put("tab_laws", true)
                .put("q", query)
                .put("titles", laws.search(query, 50))
                .put("total", laws.count());
    }
}
