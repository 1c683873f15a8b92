package org.fazhi.web.onlineexam;

import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.server.Request;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ValidationException;
import org.fazhi.onlineexam.OnlineExams;
import org.fazhi.onlineexam.exam.CandidatePaper;
import org.fazhi.onlineexam.exam.Sitting;
import org.fazhi.onlineexam.exam.Submitted;
import org.fazhi.storage.core.LoginThrottle;
import org.fazhi.storage.core.ReceivedUnitException;
import org.fazhi.web.api.ClientAddress;
import org.fazhi.web.api.Params;
import org.fazhi.web.errors.ApiError;
import org.fazhi.web.errors.HttpProblem;

/**
 * The candidates' JSON API, with no account: POST /api/exam-login {code} → {token, endsAt}; then, with
 * {@code Authorization: Bearer <token>}, /api/exam/paper, /api/exam/answers/{questionId} and /api/exam/submit. The
 * auth filter lets these paths through without a session ({@code AuthFilter.isCandidatePath}) and these methods
 * accept nothing but a candidate token; the token opens nothing else (no session has it).
 */
@Path("/api/exam")
@Produces(MediaType.APPLICATION_JSON)
public record ExamSittingResource(OnlineExams exams) {
    /** POST /api/exam-login {code} → {token, endsAt}: the code works once, for its candidate only. */
    @Path("/api/exam-login")
    @Produces(MediaType.APPLICATION_JSON)
    // A class, not a record: the request (for the caller's address) is injected into a field.
    public static final class Login {
        private final OnlineExams exams;
        private final LoginThrottle throttle;

        @Context
        private Provider<Request> jettyRequest;

        Login(OnlineExams exams, LoginThrottle throttle) {
            this.exams = exams;
            this.throttle = throttle;
        }

        /** Codes that are not one count against the address, as passwords do: 429 while it must wait. */
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Sitting login(ExamWebJson.Login in) {
            String address = ClientAddress.of(jettyRequest);
            Duration wait = throttle.waitForCode(address);
            if (!wait.isZero()) {
                throw new HttpProblem(429, ApiError.TOO_MANY,
                        "登录码错误次数过多,请在 " + Math.max(1, wait.toSeconds()) + " 秒后再试,或请组织者核对登录码", "code");
            }
            try {
                return exams.room().login(Params.requireBody(in).code());
            } catch (ValidationException e) {
                throttle.codeFailed(address);
                throw e;
            }
        }
    }

    /** The paper in the candidate's order, saved answers, endsAt (the server's clock); never a key. */
    @GET
    @Path("paper")
    public CandidatePaper paper(@Context ContainerRequestContext ctx) {
        return asCandidate(ctx, token -> exams.room().paper(token));
    }

    /** {answer}: saved as given before the 200; → {questionId, answer} (the letters as shown). */
    @PUT
    @Path("answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> answer(@Context ContainerRequestContext ctx, @PathParam("questionId") String questionId,
                                      ExamWebJson.AnswerIn in) {
        long q = Params.pathId(questionId, "试题");
        String given = Params.requireBody(in).answer();
        String saved = asCandidate(ctx, token -> exams.room().answer(token, q, given));
        java.util.HashMap<String, Object> out = new java.util.HashMap<>();
        out.put("questionId", q);
        out.put("answer", saved);
        return out;
    }

    /** → {score, awaitingMarking}: the objective questions' points; case answers await a marker. */
    @POST
    @Path("submit")
    public Submitted submit(@Context ContainerRequestContext ctx) {
        return asCandidate(ctx, token -> exams.room().submit(token));
    }

    private static <T> T asCandidate(ContainerRequestContext ctx, Function<String, T> call) {
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw HttpProblem.unauthorized("请先用登录码登录考试");
        }
        try {
            return call.apply(header.substring(7).strip());
        } catch (ReceivedUnitException e) {
            throw e; // the exam's unit received by 报送: 403, not a sign-in to repeat
        } catch (AccessDeniedException e) {
            throw HttpProblem.unauthorized(e.getMessage());
        }
    }
}
