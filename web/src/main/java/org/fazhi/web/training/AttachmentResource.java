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
import java.util.List;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.training.study.Attachment;
import org.fazhi.training.study.AttachmentKind;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.Upload;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * Materials of a study session: upload (the raw file as the body, or multipart field {@code file}
 * from a page), list, download with the type checked at upload, delete.
 */
@Path("/api/study-sessions/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public record AttachmentResource(AttachmentService attachments) {
    @GET
    public List<Attachment> list(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return attachments.list(CurrentUser.of(ctx).actor(), Params.pathId(id, "学法记录"));
    }

    /** The file as the request body; {@code ?name=签到表.jpg&kind=SIGN_IN}. */
    @POST
    @Consumes({"image/*", "application/*", "video/*"})
    public Response upload(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @QueryParam("name") String name, @QueryParam("kind") String kind, byte[] body) {
        Attachment a = attachments.add(CurrentUser.of(ctx).actor(), Params.pathId(id, "学法记录"),
                AttachmentKind.parse(kind), name, body);
        return Crud.created("/api/study-attachments/", a, Attachment::id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                               @FormDataParam("file") FormDataBodyPart file, @FormDataParam("kind") String kind) {
        Attachment a = addFromForm(attachments, CurrentUser.of(ctx).actor(), Params.pathId(id, "学法记录"), file, kind);
        return Crud.created("/api/study-attachments/", a, Attachment::id);
    }

    /** A material sent in multipart field {@code file}, as the API and the session's page take it. */
    static Attachment addFromForm(AttachmentService attachments, Actor actor, long sessionId, FormDataBodyPart file,
                                  String kind) {
        // Upload repairs a Chinese file name that the multipart parser read as ISO-8859-1.
        Upload upload = Upload.of(file);
        if (upload == null || upload.fileName() == null) {
            throw new ValidationException("file", "请选择要上传的文件");
        }
        return attachments.add(actor, sessionId, AttachmentKind.parse(kind), upload.fileName(), upload.bytes());
    }
}
