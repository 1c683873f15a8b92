package org.fazhi.web.training;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.ExamService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.FormSubmission;

/** /tests/{id}/results: a result added through the one-row form (no scripts), or deleted. */
@Path("/tests/{id}/results")
@Produces(MediaType.TEXT_HTML)
public final class ExamResultPages {
    private final ExamService tests;
    private final ExamBatchView view;

    public ExamResultPages(CoreServices core, ExamService tests) {
        this.tests = tests;
        this.view = new ExamBatchView(core, tests);
    }

    /** The one-row form: a result added without scripts. */
    @POST
    public Response addResult(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                              MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        ExamBatch b = tests.batch(user.actor(), Params.pathId(id, "测试批次"));
        return FormSubmission.submit(params, form -> {
            tests.addResult(user.actor(), b.id(), ExamBatchView.resultFromForm(form));
            return "/tests/" + b.id() + "?msg=results&n=1";
        }, failed -> view.render(user, b, null, null, failed));
    }

    @POST
    @Path("{resultId}/delete")
    public Response deleteResult(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                 @PathParam("resultId") String resultId) {
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
        return Redirects.to("/tests/" + b.id() + "?msg=deleted");
    }
}
