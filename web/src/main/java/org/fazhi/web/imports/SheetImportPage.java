package org.fazhi.web.imports;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * An import page (template {@value ImportPages#TEMPLATE}, static/import.js) at the {@code @Path} of its
 * subclass, for a list imported file by file. With scripts on, the file goes to the API with a progress
 * bar; without them the form posts here (multipart, the CSRF token in the action) and the answer is a
 * redirect with the count, or this page again with every row error.
 */
@Produces(MediaType.TEXT_HTML)
public abstract class SheetImportPage {
    private final String pageHref;
    private final SheetImport<Integer> importer;

    /**
     * @param pageHref this page's path, which the plain form posts to
     * @param importer the module's import, answering how many records it stored
     */
    protected SheetImportPage(String pageHref, SheetImport<Integer> importer) {
        this.pageHref = pageHref;
        this.importer = importer;
    }

    /** The page's texts and links, from {@link ImportPages#model}. */
    protected abstract PageModel model(CurrentUser user);

    @GET
    public View page(@Context ContainerRequestContext ctx, @QueryParam("imported") String imported) {
        CurrentUser user = CurrentUser.writer(ctx);
        return model(user).put("imported", ImportPages.count(imported)).view(ImportPages.TEMPLATE);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext ctx, @FormDataParam("file") FormDataBodyPart file,
                           @FormDataParam("force") String force) {
        CurrentUser user = CurrentUser.of(ctx);
        return ImportPages.run(model(user), pageHref, () -> importer.importFile(user.actor(),
                Upload.required(file, "请选择要导入的文件"), ImportPages.force(force)));
    }
}
