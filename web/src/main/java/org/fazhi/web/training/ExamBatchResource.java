package org.fazhi.web.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.ExamService;
import org.fazhi.web.api.Params;
import org.fazhi.web.api.RecordResource;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.json.JsonMapper;

/** /api/test-batches and their results: 任前法律知识测试. */
@Path("/api/test-batches")
@Produces(MediaType.APPLICATION_JSON)
public final class ExamBatchResource extends RecordResource<ExamJson.Batch, ExamJson.Batch> {
    private static final ObjectMapper JSON = JsonMapper.create();

    private final ExamService tests;

    public ExamBatchResource(ExamService tests) {
        super("测试批次", ExamJson.Batch::id, (actor, id) -> ExamJson.Batch.of(tests.batch(actor, id)),
                (actor, in) -> ExamJson.Batch.of(tests.createBatch(actor, in.toBatch())),
                (actor, id, in) -> ExamJson.Batch.of(tests.updateBatch(actor, id, in.toBatch(), in.version())), tests::deleteBatch);
        this.tests = tests;
    }

    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("year") String year, @QueryParam("track") String track,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        var page = tests.batches(CurrentUser.of(ctx).actor(), Params.optionalOrg(orgId),
                Params.optionalYear(year), TrainingParams.optionalTrack(track), Page.parse(limit, offset));
        return Params.list(page.map(ExamJson.Batch::of));
    }

    @GET
    @Path("{id}/results")
    public List<ExamJson.Result> results(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return tests.results(CurrentUser.of(ctx).actor(), Params.pathId(id, "测试批次")).stream().map(ExamJson.Result::of).toList();
    }

    /** One result object, or an array of them (a typed or pasted table), stored all or none. */
    @POST
    @Path("{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addResults(@Context ContainerRequestContext ctx, @PathParam("id") String id, JsonNode body)
            throws IOException {
        long batchId = Params.pathId(id, "测试批次");
        if (body == null || !(body.isObject() || body.isArray())) {
            throw new ValidationException(null, "请求内容应为一条成绩(JSON 对象)或多条成绩(JSON 数组)");
        }
        List<ExamResult> drafts = new ArrayList<>();
        if (body.isArray()) {
            if (body.size() > 5000) {
                throw new ValidationException(null, "一次最多录入5000条成绩");
            }
            for (JsonNode n : body) {
                if (n == null || !n.isObject()) {
                    throw new ValidationException(null, "第" + (drafts.size() + 1) + "行:每条成绩应为一个 JSON 对象");
                }
                drafts.add(JSON.treeToValue(n, ExamJson.Result.class).toResult());
            }
        } else {
            drafts.add(JSON.treeToValue(body, ExamJson.Result.class).toResult());
        }
        List<ExamJson.Result> stored = tests.addResults(CurrentUser.of(ctx).actor(), batchId, drafts).stream()
                .map(ExamJson.Result::of).toList();
        return Response.status(201).entity(body.isArray() ? stored : stored.get(0)).build();
    }
}
