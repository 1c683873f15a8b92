package org.fazhi.web.duties;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.Evidence;
import org.fazhi.duty.duties.EvidenceService;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.Upload;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.Redirects;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import java.util.function.BiFunction;
import org.fazhi.model.account.Actor;

/**
 * The evidence forms of a duty item's page: a file (a plain multipart form, the CSRF token in its
 * action; BodyLimitFilter lets this path carry a file of {@link EvidenceService#MAX_BYTES}), a link,
 * a note (情况说明), and deleting one piece. A refused form comes back on the item's page with the
 * message beside its field and what was typed (a browser never refills a file field by itself).
 */
@Path("/duties/items/{id: [0-9]+}/evidence")
@Produces(MediaType.TEXT_HTML)
public record DutyEvidencePages(Duties duties, ItemView view) {
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @FormDataParam("file") FormDataBodyPart file, @FormDataParam("title") String title,
                           @FormDataParam("effectiveDate") String effectiveDate) {
        CurrentUser user = CurrentUser.of(ctx);
        long itemId = Params.pathId(id, DutyItemPage.WHAT);
        FormState typed = FormState.empty().value("title", title).value("effectiveDate", effectiveDate);
        return view.submit(user, itemId, typed, ItemView.Forms::withUpload, form -> {
            Upload upload = Upload.of(file);
            if (upload == null || (upload.fileName() == null && upload.isEmpty())) {
                throw new ValidationException("file", "请选择要上传的文件");
            }
            form.value("fileName", upload.fileName());
            if (upload.size() > EvidenceService.MAX_BYTES) {
                throw new ValidationException("file", "文件过大(上限 " + EvidenceService.MAX_BYTES / 1024 / 1024 + " MB)");
            }
            duties.evidence().addFile(user.actor(), itemId, upload.fileName(), upload.bytes(), blankToNull(title),
                    DutyEvidenceResource.date(effectiveDate));
            return DutyItemPage.path(itemId) + "?msg=uploaded#evidence";
        });
    }

    @POST
    @Path("link")
    public Response link(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                         MultivaluedMap<String, String> params) {
        return addText(ctx, id, params, "linked", ItemView.Forms::withLink, (actor, itemId, form) -> duties.evidence()
                .addLink(actor, itemId, form.get("title"), form.get("url"),
                        DutyEvidenceResource.date(form.get("effectiveDate"))));
    }

    @POST
    @Path("note")
    public Response note(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                         MultivaluedMap<String, String> params) {
        return addText(ctx, id, params, "noted", ItemView.Forms::withNote, (actor, itemId, form) -> duties.evidence()
                .addNote(actor, itemId, form.get("title"), form.get("text"),
                        DutyEvidenceResource.date(form.get("effectiveDate"))));
    }

    /** A link or a note: what the form holds is added to the item, then the item's page confirms it. */
    private Response addText(ContainerRequestContext ctx, String id, MultivaluedMap<String, String> params, String done,
                             BiFunction<ItemView.Forms, FormState, ItemView.Forms> place, Adding adding) {
        CurrentUser user = CurrentUser.of(ctx);
        long itemId = Params.pathId(id, DutyItemPage.WHAT);
        return view.submit(user, itemId, FormState.of(params), place, form -> {
            adding.add(user.actor(), itemId, form);
            return DutyItemPage.path(itemId) + "?msg=" + done + "#evidence";
        });
    }

    /** Adds a piece of evidence typed into a form. */
    @FunctionalInterface
    private interface Adding {
        void add(Actor actor, long itemId, FormState form);
    }

    /** Deletes one piece of evidence of this item (the page asks for confirmation first). */
    @POST
    @Path("{evidenceId: [0-9]+}/delete")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @PathParam("evidenceId") String evidenceId) {
        CurrentUser user = CurrentUser.of(ctx);
        long itemId = Params.pathId(id, DutyItemPage.WHAT);
        long eid = Params.pathId(evidenceId, "佐证材料");
        Evidence e = duties.evidence().get(user.actor(), eid);
        if (e.itemId() != itemId) {
            throw new org.fazhi.model.NotFoundException("该职责事项没有编号为 " + eid + " 的佐证材料");
        }
        try {
            duties.evidence().delete(user.actor(), eid);
            return Redirects.to(DutyItemPage.path(itemId) + "?msg=deleted#evidence");
        } catch (ConflictException ex) {
            return view.refused(user, itemId, ex, f -> f.withUpload(FormState.empty().fail(ex)));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
