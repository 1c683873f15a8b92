package org.fazhi.web.imports;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.fazhi.web.auth.CurrentUser;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * The import API at the {@code @Path} of its subclass: the whole body is an .xlsx, .xls or CSV file, or a
 * multipart form with the file in field {@code file}; {@code ?force=true} imports a file seen before.
 * 200 with what the import answers, or 4xx {error, message, field, errors:[{row, column, message}]}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class SheetImportResource<T> {
    private final SheetImport<T> importer;

    protected SheetImportResource(SheetImport<T> importer) {
        this.importer = importer;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public T form(@Context ContainerRequestContext ctx, @FormDataParam("file") FormDataBodyPart file,
                  @QueryParam("force") String force) {
        return importer.importFile(CurrentUser.of(ctx).actor(), Upload.required(file, Upload.MISSING_FIELD),
                ImportPages.force(force));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public T body(@Context ContainerRequestContext ctx, @QueryParam("fileName") String fileName,
                  @QueryParam("force") String force, @HeaderParam("Content-Disposition") String disposition,
                  InputStream body) {
        Upload upload = Upload.fromBody(body, ctx.getMediaType(), fileName, disposition);
        return importer.importFile(CurrentUser.of(ctx).actor(), upload.file(), ImportPages.force(force));
    }
}
