package org.fazhi.web.onlineexam;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.model.Page;
import org.fazhi.onlineexam.bank.QuestionService;
import org.fazhi.web.api.Params;
import org.fazhi.web.api.RecordResource;
import org.fazhi.web.auth.CurrentUser;

/**
 * /api/questions: the county's question bank. Everyone signed in reads it; admins and writers without a unit scope
 * change it (403 otherwise). PUT names the version its editor saw (409 when stale) and may retire or restore the
 * question ({@code active}).
 */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
public final class QuestionResource extends RecordResource<QuestionJson.Q, QuestionJson.Q> {
    private final QuestionService questions;

    QuestionResource(QuestionService questions) {
        super("试题", QuestionJson.Q::id,
                (actor, id) -> QuestionJson.Q.of(questions.find(actor, id)),
                (actor, in) -> QuestionJson.Q.of(questions.create(actor, in.toDraft())),
                (actor, id, in) -> QuestionJson.Q.of(questions.update(actor, id, in.toDraft(), in.version(), in.active())),
                questions::delete);
        this.questions = questions;
    }

    /** ?q= (in the stem) &law= (part of a law's title) &type= &difficulty= &active=true|false &limit= &offset=; newest first. */
    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("q") String q, @QueryParam("law") String law,
                         @QueryParam("type") String type, @QueryParam("difficulty") String difficulty,
                         @QueryParam("active") String active, @QueryParam("limit") String limit,
                         @QueryParam("offset") String offset) {
        return Params.list(questions.list(CurrentUser.of(ctx).actor(), QuestionJson.filter(q, law, type, difficulty, active),
                Page.parse(limit, offset)).map(QuestionJson.Q::of));
    }
}
