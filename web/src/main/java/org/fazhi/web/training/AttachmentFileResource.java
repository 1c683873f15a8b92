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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.storage.files.ContentType;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** /api/study-attachments/{id}: one stored material, to download or delete. */
@Path("/api/study-attachments/{id}")
@Produces(MediaType.APPLICATION_JSON)
public final class AttachmentFileResource {
    private final AttachmentService attachments;

    public AttachmentFileResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    /** The file, with the type found at upload; images and PDF open in the browser, others download. */
    @GET
    @Produces(MediaType.WILDCARD)
    public Response download(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        AttachmentService.Stored s = attachments.open(CurrentUser.of(ctx).actor(), Params.pathId(id, "学法材料"));
        ContentType type = ContentType.fromMime(s.attachment().contentType());
        String encoded = URLEncoder.encode(s.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(s.path().toFile(), type.mime())
                .header("Content-Disposition", (type.inline() ? "inline" : "attachment")
                        + "; filename=\"attachment\"; filename*=UTF-8''" + encoded)
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; media-src 'self'")
                .header("X-Content-SHA256", s.attachment().sha256())
                .build();
    }

    @DELETE
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, "学法材料", attachments::delete);
    }
}
