package org.fazhi.web.training;

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
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.org.OrgTree;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.ExamService;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.FormSubmission;

/** /tests/{id}/results: a result added through the one-row form (no scripts), corrected, or deleted. */
@Path("/tests/{id}/results")
@Produces(MediaType.TEXT_HTML)
public record ExamResultPages(CoreServices core, ExamService tests, ExamBatchView view) {
    /** The one-row form: a result added without scripts. */
    @POST
    public Response addResult(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                              MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        ExamBatch b = tests.batch(user.actor(), Params.pathId(id, "测试批次"));
        return FormSubmission.submit(params, form -> {
            fillFromOriginal(user, form);
            tests.addResult(user.actor(), b.id(), ExamBatchView.resultFromForm(form));
            return "/tests/" + b.id() + "?msg=results&n=1";
        }, failed -> view.render(user, b, null, null, failed));
    }

    /**
     * A retake typed with 姓名, 单位 or 职务 left empty takes them from the result it retakes, when the user
     * may read that result (the service checks the retake itself; an unreadable one is left to its message).
     */
    private void fillFromOriginal(CurrentUser user, FormState form) {
        Long retakeOf = Params.optionalId(form.get("retakeOf"), "retakeOf", "补考所对应的成绩");
        if (retakeOf == null) {
            return;
        }
        ExamResult original;
        try {
            original = tests.result(user.actor(), retakeOf);
        } catch (NotFoundException | AccessDeniedException e) {
            return;
        }
        fill(form, "name", original.name());
        fill(form, "orgId", original.orgId());
        fill(form, "currentPost", original.currentPost());
        fill(form, "proposedPost", original.proposedPost());
    }

    private static void fill(FormState form, String key, Object value) {
        if (form.get(key) == null && value != null) {
            form.value(key, value);
        }
    }

    /** A result's correction form: name, unit, posts, score and absence, on the version shown. */
    @GET
    @Path("{resultId}/edit")
    public View editForm(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                         @PathParam("resultId") String resultId) {
        CurrentUser user = CurrentUser.writer(ctx);
        ExamBatch b = tests.batch(user.actor(), Params.pathId(id, "测试批次"));
        ExamResult r = resultOf(user, b, resultId);
        FormState form = FormState.empty().value("name", r.name()).value("orgId", r.orgId())
                .value("currentPost", r.currentPost()).value("proposedPost", r.proposedPost())
                .value("score", r.absent() || r.score() == null ? null : Params.scoreText(r.score()))
                .value("version", r.version());
        if (r.absent()) {
            form.value("absent", "1");
        }
        return resultForm(user, b, r, form);
    }

    /** Saves a correction; the outcome is derived again. A result changed meanwhile is refused (409). */
    @POST
    @Path("{resultId}")
    public Response update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @PathParam("resultId") String resultId, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        ExamBatch b = tests.batch(user.actor(), Params.pathId(id, "测试批次"));
        ExamResult r = resultOf(user, b, resultId);
        return FormSubmission.submit(params, form -> {
            ExamResult typed = ExamBatchView.resultFromForm(form);
            // The form has no person field: a linked person stays linked while the unit stays the same.
            Long personId = typed.orgId() == r.orgId() ? r.personId() : null;
            ExamResult changes = new ExamResult(null, b.id(), typed.name(), personId, typed.orgId(), typed.currentPost(),
                    typed.proposedPost(), typed.score(), typed.absent(), r.retakeOf(), null);
            tests.updateResult(user.actor(), r.id(), changes, form.version());
            return "/tests/" + b.id() + "?msg=saved";
        }, failed -> resultForm(user, b, r, failed));
    }

    /** The result {@code resultId} of batch {@code b}: one of another batch is not found here. */
    private ExamResult resultOf(CurrentUser user, ExamBatch b, String resultId) {
        ExamResult r = tests.result(user.actor(), Params.pathId(resultId, "测试成绩"));
        if (r.batchId() != b.id()) {
            throw new NotFoundException("测试成绩不存在(编号 " + r.id() + ")");
        }
        return r;
    }

    private View resultForm(CurrentUser user, ExamBatch b, ExamResult r, FormState form) {
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        return PageModel.of(user, "修改测试成绩", "tests")
                .put("form", form)
                .put("batch", b)
                .put("batchTitle", ExamPages.title(b))
                .put("year", b.date().getYear())
                .put("result", r)
                .put("retake", r.retakeOf() != null)
                .put("orgPicker", OrgPicker.field(tree, form, "orgId").mustChoose()
                        .writable(view.provenance().receivedUnits()))
                .put("receivedFrom", view.receivedFrom(b, r))
                .view("test-result-form");
    }

    @POST
    @Path("{resultId}/delete")
    public Response deleteResult(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                 @PathParam("resultId") String resultId, @QueryParam("back") String back) {
        CurrentUser user = CurrentUser.of(ctx);
        ExamBatch b = tests.batch(user.actor(), Params.pathId(id, "测试批次"));
        ExamResult r = tests.result(user.actor(), Params.pathId(resultId, "测试成绩"));
        if (r.batchId() != b.id()) {
            throw new NotFoundException("测试成绩不存在(编号 " + r.id() + ")");
        }
        try {
            tests.deleteResult(user.actor(), r.id());
        } catch (ConflictException e) {
            return Response.status(409).entity(view.render(user, b, null, e.getMessage(), FormState.empty())).build();
        }
        return Redirects.backTo(back, "/tests/" + b.id(), "deleted");
    }
}
