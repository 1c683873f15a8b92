package org.fazhi.web.assessment;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.figures.LedgerRecords;
import org.fazhi.assessment.round.AnswerEvidence;
import org.fazhi.assessment.round.AnswerEvidenceService;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.Upload;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.FormSubmission;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * /assessment/rounds/{id}/units/{orgId}: the unit's desk as a page. The unit fills in its leaves (self score,
 * explanation, evidence: a file, a link, a note or one of its ledger records) and submits; the reviewer (an
 * organiser above the unit, or the admin) scores each leaf, marks 典型经验做法, opens 整改 from a deduction,
 * returns leaves for 补充材料 and confirms. Every post redirects back with a confirmation; a refused one shows
 * the page again with the message beside the form of that leaf, as typed ({@link DeskView}).
 */
@Path("/assessment/rounds/{id: [0-9]+}/units/{orgId: [0-9]+}")
@Produces(MediaType.TEXT_HTML)
public record DeskPages(Assessment assessment, LedgerRecords records, DeskView view) {
    /** The desk's address. */
    static String path(long roundId, long unit) {
        return "/assessment/rounds/" + roundId + "/units/" + unit;
    }

    /** The desk; {@code ?leaf=&recordQ=} narrows that leaf's record picker to what was searched. */
    @GET
    public View show(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                     @QueryParam("msg") String msg, @QueryParam("leaf") String leaf, @QueryParam("recordQ") String recordQ) {
        return view.page(CurrentUser.of(ctx), round(id), unit(orgId), msg, null, new DeskView.RecordSearch(leaf,
                recordQ == null || recordQ.length() <= 100 ? recordQ : recordQ.substring(0, 100)));
    }

    @POST
    @Path("answers/{code}")
    public Response save(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                         @PathParam("code") String code, MultivaluedMap<String, String> params) {
        return leaf(ctx, id, orgId, code, "answer", FormState.of(params), "saved", (actor, r, u, form) ->
                assessment.answers().save(actor, r, u, code, decimal(form.get("selfScore"), "selfScore", "自评得分"),
                        form.get("explanation"), form.version()));
    }

    /** A file (multipart; the CSRF token in the action, as the duty evidence form). */
    @POST
    @Path("answers/{code}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                           @PathParam("code") String code, @FormDataParam("file") FormDataBodyPart file,
                           @FormDataParam("title") String title) {
        FormState typed = FormState.empty().value("title", title);
        return leaf(ctx, id, orgId, code, "upload", typed, "uploaded", (actor, r, u, form) -> {
            Upload upload = Upload.of(file);
            if (upload == null || (upload.fileName() == null && upload.isEmpty())) {
                throw new ValidationException("file", "请选择要上传的文件");
            }
            form.value("fileName", upload.fileName());
            if (upload.size() > AnswerEvidenceService.MAX_BYTES) {
                throw new ValidationException("file", "文件过大(上限 " + AnswerEvidenceService.MAX_BYTES / 1024 / 1024 + " MB)");
            }
            return assessment.evidence().addFile(actor, r, u, code, upload.fileName(), upload.bytes(), form.get("title"));
        });
    }

    /** A link, a note or a ledger record ({@code kind} link, note or record: the form it came from). */
    @POST
    @Path("answers/{code}/evidence/{kind: link|note|record}")
    public Response add(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                        @PathParam("code") String code, @PathParam("kind") String kind,
                        MultivaluedMap<String, String> params) {
        return leaf(ctx, id, orgId, code, kind, FormState.of(params), "added", (actor, r, u, form) -> switch (kind) {
            case "link" -> assessment.evidence().addLink(actor, r, u, code, form.get("title"), form.get("url"));
            case "note" -> assessment.evidence().addNote(actor, r, u, code, form.get("title"), form.get("text"));
            default -> assessment.evidence().addRecord(actor, r, u, code, records, form.get("ref"));
        });
    }

    /** Deletes a piece of evidence of this desk (the page asks for confirmation first). */
    @POST
    @Path("evidence/{evidenceId: [0-9]+}/delete")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                           @PathParam("evidenceId") String evidenceId) {
        CurrentUser user = CurrentUser.of(ctx);
        long r = round(id);
        long u = unit(orgId);
        long eid = Params.pathId(evidenceId, "佐证材料");
        AnswerEvidence e = assessment.evidence().get(user.actor(), eid);
        if (e.roundId() != r || e.orgId() != u) {
            throw new NotFoundException("该单位的自评中没有编号为 " + eid + " 的佐证材料");
        }
        try {
            assessment.evidence().delete(user.actor(), eid);
            return Redirects.to(path(r, u) + "?msg=deleted#leaf-" + e.code());
        } catch (ConflictException ex) {
            return FormSubmission.refused(ex, view.page(user, r, u, null,
                    new DeskView.Failed("upload", e.code(), FormState.empty().fail(ex))));
        }
    }

    /** Submits the self-assessment (again, after 补充材料) at the unit's version the page showed. */
    @POST
    @Path("submit")
    public Response submit(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                           MultivaluedMap<String, String> params) {
        return leaf(ctx, id, orgId, null, "submit", FormState.of(params), "submitted", this::submitted);
    }

    private Object submitted(Actor actor, long roundId, long unit, FormState form) {
        return assessment.answers().submit(actor, roundId, unit, form.version());
    }

    @POST
    @Path("answers/{code}/review")
    public Response review(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                           @PathParam("code") String code, MultivaluedMap<String, String> params) {
        return leaf(ctx, id, orgId, code, "review", FormState.of(params), "reviewed", (actor, r, u, form) -> {
            BigDecimal score = decimal(form.get("score"), "score", "审核得分");
            if (score == null) {
                throw new ValidationException("score", "请填写审核得分");
            }
            return assessment.review().review(actor, r, u, code, score, form.get("reason"), form.version());
        });
    }

    @POST
    @Path("answers/{code}/typical")
    public Response typical(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                            @PathParam("code") String code, MultivaluedMap<String, String> params) {
        return leaf(ctx, id, orgId, code, "typical", FormState.of(params), "typical", (actor, r, u, form) ->
                assessment.review().markTypical(actor, r, u, code, "true".equals(form.get("typical"))));
    }

    @POST
    @Path("answers/{code}/rectification")
    public Response rectification(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                  @PathParam("orgId") String orgId, @PathParam("code") String code,
                                  MultivaluedMap<String, String> params) {
        return leaf(ctx, id, orgId, code, "rectification", FormState.of(params), "rectification", (actor, r, u, form) ->
                assessment.review().openRectification(actor, r, u, code,
                        Params.optionalDate(form.get("deadline"), "deadline", "整改期限")));
    }

    /** Returns the ticked leaves for 补充材料 with a comment. */
    @POST
    @Path("return")
    public Response returnLeaves(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                 @PathParam("orgId") String orgId, MultivaluedMap<String, String> params) {
        List<String> codes = params.getOrDefault("codes", List.of());
        FormState typed = FormState.of(params).value("codes", String.join(",", codes));
        return leaf(ctx, id, orgId, null, "return", typed, "returned", (actor, r, u, form) ->
                assessment.review().returnLeaves(actor, r, u, codes, form.get("comment")));
    }

    /** Confirms the reviewed scores: the unit's answers are final. */
    @POST
    @Path("confirm")
    public Response confirm(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId,
                            MultivaluedMap<String, String> params) {
        Change confirming = (actor, r, u, form) -> assessment.review().confirm(actor, r, u, form.version());
        return leaf(ctx, id, orgId, null, "confirm", FormState.of(params), "confirmed", confirming);
    }

    /** One change of the desk, by a form of one leaf ({@code code}) or of the whole desk (null). */
    @FunctionalInterface
    private interface Change {
        Object run(Actor actor, long roundId, long unit, FormState form);
    }

    /**
     * Runs the change and goes back to the desk (at the leaf) with {@code done}; a refusal shows the desk again
     * with that form as typed and its message.
     */
    private Response leaf(ContainerRequestContext ctx, String id, String orgId, String code, String formName,
                          FormState form, String done, Change change) {
        CurrentUser user = CurrentUser.of(ctx);
        long r = round(id);
        long u = unit(orgId);
        return FormSubmission.submit(form, f -> {
            change.run(user.actor(), r, u, f);
            return path(r, u) + "?msg=" + done + (code == null ? "" : "#leaf-" + code);
        }, (failed, e) -> FormSubmission.refused(e, view.page(user, r, u, null, new DeskView.Failed(formName, code, failed))));
    }

    private static BigDecimal decimal(String text, String field, String label) {
        Double d = Params.optionalScore(text, field, label);
        return d == null ? null : new BigDecimal(text.strip());
    }

    private static long round(String id) {
        return Params.pathId(id, "考核轮次");
    }

    private static long unit(String orgId) {
        return Params.pathId(orgId, "单位");
    }
}
