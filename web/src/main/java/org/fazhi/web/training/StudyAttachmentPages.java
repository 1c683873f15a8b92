package org.fazhi.web.training;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fazhi.model.ValidationException;
import org.fazhi.training.study.Attachment;
import org.fazhi.training.study.AttachmentKind;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Display;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.Redirects;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * Upload and delete a session's materials from its record page (plain multipart forms, the CSRF
 * token in the action); the page itself lists them through {@link #rows}.
 *
 * @param record the record page, shown again with the reason when a material is refused
 */
@Path("/study-sessions/{id}/attachments")
@Produces(MediaType.TEXT_HTML)
public record StudyAttachmentPages(AttachmentService attachments, StudySessionPages record) {

    /** One material as the record page lists it. */
    public record Row(long id, String fileName, String kind, String size, String sha256, boolean image) {
    }

    static List<Row> rows(List<Attachment> list) {
        return list.stream().map(a -> new Row(a.id(), a.fileName(), a.kind().label(), Display.size(a.size()), a.sha256(),
                a.contentType().startsWith("image/"))).toList();
    }

    static List<Options.Option> kinds() {
        return Options.of(AttachmentKind.class, AttachmentKind.SIGN_IN.name());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @FormDataParam("file") FormDataBodyPart file, @FormDataParam("kind") String kind) {
        long sessionId = Params.pathId(id, "学法记录");
        CurrentUser user = CurrentUser.of(ctx);
        try {
            AttachmentResource.addFromForm(attachments, user.actor(), sessionId, file, kind);
        } catch (ValidationException e) {
            // Refused (a type that is not allowed, a file that lies about its type, too large…): the same
            // record page again, with the reason beside the upload form, not an error page.
            return Response.status(400).entity(record.record(user, sessionId, null, e.getMessage())).build();
        }
        return Redirects.to("/study-sessions/" + sessionId + "?msg=uploaded#materials");
    }

    @POST
    @Path("{attachmentId}/delete")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @PathParam("attachmentId") String attachmentId) {
        long sessionId = Params.pathId(id, "学法记录");
        attachments.delete(CurrentUser.of(ctx).actor(), Params.pathId(attachmentId, "学法材料"));
        return Redirects.to("/study-sessions/" + sessionId + "?msg=deleted#materials");
    }
}
