package org.fazhi.web.training;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.storage.files.ContentType;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;

/** /api/study-attachments/{id}: one stored material, to download or delete. */
@Path("/api/study-attachments/{id}")
@Produces(MediaType.APPLICATION_JSON)
public record AttachmentFileResource(AttachmentService attachments) {
    /** The file, with the type found at upload; images and PDF open in the browser, others download. */
    @GET
    @Produces(MediaType.WILDCARD)
    public Response download(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        AttachmentService.Stored s = attachments.open(CurrentUser.of(ctx).actor(), Params.pathId(id, "学法材料"));
        return Downloads.stored(s.path().toFile(), ContentType.fromMime(s.attachment().contentType()), "attachment",
                s.attachment().fileName(), s.attachment().sha256());
    }

    @DELETE
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, "学法材料", attachments::delete);
    }
}
