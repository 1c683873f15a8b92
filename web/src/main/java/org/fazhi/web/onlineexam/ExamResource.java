package org.fazhi.web.onlineexam;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.OnlineExams;
import org.fazhi.onlineexam.exam.IssuedCode;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/**
 * The organiser's JSON API of online exams, within the scope of the batch's organising unit: /api/exams/{id} and
 * below (candidates and codes, closing, the papers with their keys, case answers and marks, statistics).
 */
@Path("/api/exams")
@Produces(MediaType.APPLICATION_JSON)
public record ExamResource(OnlineExams exams) {
    private static Actor actor(ContainerRequestContext ctx) {
        return CurrentUser.of(ctx).actor();
    }

    private static long exam(String id) {
        return Params.pathId(id, "在线考试");
    }

    @GET
    @Path("{id}")
    public ExamWebJson.Exam get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return ExamWebJson.Exam.of(exams.desk().exam(actor(ctx), exam(id)));
    }

    @GET
    @Path("{id}/candidates")
    public List<ExamWebJson.CandidateOut> candidates(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return exams.desk().candidates(actor(ctx), exam(id)).stream().map(ExamWebJson.CandidateOut::of).toList();
    }

    /** 201 {id, name, orgId, variant, code}: the one-time code is shown this once. */
    @POST
    @Path("{id}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addCandidate(@Context ContainerRequestContext ctx, @PathParam("id") String id, ExamWebJson.CandidateIn in) {
        long examId = exam(id);
        // The exam is looked up (within the scope) before the body is read: another unit's exam is a 403 or 404.
        exams.desk().exam(actor(ctx), examId);
        IssuedCode c = exams.desk().addCandidate(actor(ctx), examId, Params.requireBody(in).toDraft());
        return Response.created(URI.create("/api/exams/" + id + "/candidates")).entity(code(c)).build();
    }

    private static Map<String, Object> code(IssuedCode c) {
        return Map.of("id", c.candidateId(), "name", c.name(), "orgId", c.orgId(), "variant", c.variant(), "code", c.code());
    }

    /** New one-time codes (the earlier ones stop working) for the candidates named (not submitted), or all not yet signed in. */
    @POST
    @Path("{id}/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> codes(@Context ContainerRequestContext ctx, @PathParam("id") String id, ExamWebJson.CodesIn in) {
        return exams.desk().issueCodes(actor(ctx), exam(id), in == null ? null : in.candidateIds()).stream()
                .map(ExamResource::code).toList();
    }

    /** {refused:[…]}: closes the exam; the absent become 缺考 in the batch. */
    @POST
    @Path("{id}/close")
    public Map<String, Object> close(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Map.of("refused", exams.desk().close(actor(ctx), exam(id)));
    }

    /** A variant's questions with their keys, in paper order. */
    @GET
    @Path("{id}/papers/{variant}")
    public List<ExamWebJson.KeyedQuestion> paper(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                                 @PathParam("variant") String variant) {
        return exams.desk().paper(actor(ctx), exam(id), variant).stream().map(ExamWebJson.KeyedQuestion::of).toList();
    }

    /** The submitted answers to one case question, by candidate id (the marker sees no names). */
    @GET
    @Path("{id}/questions/{questionId}/answers")
    public List<org.fazhi.onlineexam.exam.ExamDesk.CaseAnswer> caseAnswers(@Context ContainerRequestContext ctx,
                                                                            @PathParam("id") String id,
                                                                            @PathParam("questionId") String questionId) {
        return exams.desk().caseAnswers(actor(ctx), exam(id), Params.pathId(questionId, "试题"));
    }

    /** {points, note?}: marks one candidate's case answer; answers the candidate. */
    @PUT
    @Path("{id}/candidates/{candidateId}/marks/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExamWebJson.CandidateOut mark(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                         @PathParam("candidateId") String candidateId, @PathParam("questionId") String questionId,
                                         ExamWebJson.Mark in) {
        ExamWebJson.Mark m = in == null ? new ExamWebJson.Mark(null, null) : in;
        return ExamWebJson.CandidateOut.of(exams.desk().mark(actor(ctx), exam(id), Params.pathId(candidateId, "考生"),
                Params.pathId(questionId, "试题"), m.points(), m.note()));
    }

    /** Per question of the exam: times asked, correct rate, average points, picks per option. */
    @GET
    @Path("{id}/stats")
    public List<ExamWebJson.Stats> stats(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return exams.desk().stats(actor(ctx), exam(id)).stream().map(ExamWebJson.Stats::of).toList();
    }

    /** /api/test-batches/{id}/exam: the batch's online exam (GET, 404 when none) and setting it up (POST → 201). */
    @Path("/api/test-batches/{id}/exam")
    @Produces(MediaType.APPLICATION_JSON)
    public record OfBatch(OnlineExams exams) {
        @GET
        public ExamWebJson.Exam get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
            long batch = Params.pathId(id, "测试批次");
            return ExamWebJson.Exam.of(exams.desk().ofBatch(actor(ctx), batch)
                    .orElseThrow(() -> new NotFoundException("该测试批次没有在线考试")));
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(@Context ContainerRequestContext ctx, @PathParam("id") String id, ExamWebJson.Setup in) {
            long batch = Params.pathId(id, "测试批次");
            // The batch is looked up (within the scope) before the body is read: another unit's batch is a 403 or 404.
            exams.desk().ofBatch(actor(ctx), batch);
            var e = exams.desk().create(actor(ctx), batch, Params.requireBody(in).toSetup());
            return Crud.created("/api/exams/", ExamWebJson.Exam.of(e), ExamWebJson.Exam::id);
        }
    }

    /** GET /api/questions/{id}/stats: how a bank question fared on every paper it was asked on. */
    @Path("/api/questions/{id}/stats")
    @Produces(MediaType.APPLICATION_JSON)
    public record QuestionStatsResource(OnlineExams exams) {
        @GET
        public ExamWebJson.Stats get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
            return ExamWebJson.Stats.of(exams.questionStats(actor(ctx), Params.pathId(id, "试题")));
        }
    }
}
