package org.fazhi.web.training;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.fazhi.training.exam.ExamService;
import org.fazhi.training.exam.ExamStats;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** Single results (corrections), the year's statistics, and who still awaits a retake. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public record ExamResultResource(ExamService tests, Clock clock) {
    @GET
    @Path("test-results/{id}")
    public ExamJson.Result get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return ExamJson.Result.of(tests.result(CurrentUser.of(ctx).actor(), Params.pathId(id, "测试成绩")));
    }

    @PUT
    @Path("test-results/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExamJson.Result update(@Context ContainerRequestContext ctx, @PathParam("id") String id, ExamJson.Result body) {
        long resultId = Params.pathId(id, "测试成绩");
        ExamJson.Result in = Params.requireBody(body);
        return ExamJson.Result.of(tests.updateResult(CurrentUser.of(ctx).actor(), resultId, in.toResult(), in.version()));
    }

    @DELETE
    @Path("test-results/{id}")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, "测试成绩", tests::deleteResult);
    }

    /** {batches, people, sittings, passedFirst, passedFinal, passRate, averageScore, summary} and more. */
    @GET
    @Path("test-stats")
    public ExamStats stats(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                           @QueryParam("orgId") String orgId) {
        return tests.stats(CurrentUser.of(ctx).actor(), TrainingParams.yearOrCurrent(year, clock),
                Params.optionalOrg(orgId));
    }

    @GET
    @Path("test-awaiting-retake")
    public List<ExamJson.Result> awaiting(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                          @QueryParam("orgId") String orgId) {
        return tests.awaitingRetake(CurrentUser.of(ctx).actor(), TrainingParams.yearOrCurrent(year, clock),
                Params.optionalOrg(orgId)).stream().map(ExamJson.Result::of).toList();
    }

    public record TrainingSettings(Integer maxRetakes) {
    }

    @GET
    @Path("settings/training")
    public Map<String, Integer> settings() {
        return Map.of("maxRetakes", tests.maxRetakes());
    }

    @PUT
    @Path("settings/training")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> updateSettings(@Context ContainerRequestContext ctx, TrainingSettings body) {
        TrainingSettings in = Params.requireBody(body);
        if (in.maxRetakes() == null) {
            throw new org.fazhi.model.ValidationException("maxRetakes", "补考次数不能为空");
        }
        tests.setMaxRetakes(CurrentUser.of(ctx).actor(), in.maxRetakes());
        return settings();
    }
}
