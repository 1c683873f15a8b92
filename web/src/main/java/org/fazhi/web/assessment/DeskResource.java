package org.fazhi.web.assessment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.figures.FigureReading;
import org.fazhi.assessment.figures.LedgerFigure;
import org.fazhi.assessment.figures.LedgerFigures;
import org.fazhi.assessment.figures.LedgerRecords;
import org.fazhi.assessment.figures.RecordKind;
import org.fazhi.assessment.round.Answer;
import org.fazhi.assessment.round.AnswerEvidence;
import org.fazhi.assessment.round.AnswerEvidenceService;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundUnit;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.errors.ApiError;
import org.fazhi.web.errors.HttpProblem;
import org.fazhi.web.imports.Upload;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * /api/assessment-rounds/{id}/units/{orgId}: a unit's desk in a round — its answers with the live ledger
 * figures of bound leaves, the self-assessment (answers, evidence, submit) and the review (review, return,
 * confirm, typical, 整改). Scope, deadlines and states are the assessment module's: 403 out of scope, 409 on a
 * stale version, after the deadline or after submission, 400 naming the field.
 */
@Path("/api/assessment-rounds/{id}/units/{orgId}")
@Produces(MediaType.APPLICATION_JSON)
public record DeskResource(Assessment assessment, LedgerFigures figures, LedgerRecords records) {
    public record AnswerInput(BigDecimal selfScore, String explanation, Integer version) {
    }

    public record EvidenceInput(String kind, String title, String url, String text, String ref) {
    }

    public record VersionInput(Integer version) {
    }

    public record ReviewInput(String code, BigDecimal score, String reason, Integer version) {
    }

    public record ReturnInput(List<String> codes, String comment) {
    }

    public record TypicalInput(Boolean typical) {
    }

    public record RectificationInput(String deadline) {
    }

    public record Created(long id) {
    }

    @GET
    @Path("answers")
    public List<DeskJson.AnswerJson> answers(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                             @PathParam("orgId") String orgId) {
        return answers(CurrentUser.of(ctx).actor(), round(id), unit(orgId));
    }

    /** The unit's answers with the live figures of bound leaves, as the API sends them (the desk page's too). */
    List<DeskJson.AnswerJson> answers(Actor actor, long roundId, long unit) {
        List<Answer> answers = assessment.answers().answers(actor, roundId, unit);
        Round round = assessment.rounds().get(actor, roundId);
        RoundUnit state = state(round, unit);
        Map<LedgerFigure, FigureReading> read = new EnumMap<>(LedgerFigure.class);
        return answers.stream().map(a -> DeskJson.AnswerJson.of(a, state.state(), a.binding() == null ? null
                : read.computeIfAbsent(a.binding().figure(), f -> figures.read(actor, f, round.year(), unit)))).toList();
    }

    @PUT
    @Path("answers/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskJson.AnswerJson save(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                    @PathParam("orgId") String orgId, @PathParam("code") String code, AnswerInput body) {
        AnswerInput in = Params.requireBody(body);
        Actor actor = CurrentUser.of(ctx).actor();
        Answer a = assessment.answers().save(actor, round(id), unit(orgId), code, in.selfScore(), in.explanation(),
                in.version());
        return one(actor, round(id), unit(orgId), a);
    }

    @POST
    @Path("answers/{code}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addJson(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                            @PathParam("orgId") String orgId, @PathParam("code") String code, EvidenceInput body) {
        EvidenceInput in = Params.requireBody(body);
        return created(notFile(CurrentUser.of(ctx).actor(), round(id), unit(orgId), code, in));
    }

    /** Multipart: field {@code file} (with {@code title}), or without a file {@code kind} with url, text or ref. */
    @POST
    @Path("answers/{code}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addForm(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                            @PathParam("orgId") String orgId, @PathParam("code") String code,
                            @FormDataParam("file") FormDataBodyPart file, @FormDataParam("kind") String kind,
                            @FormDataParam("title") String title, @FormDataParam("url") String url,
                            @FormDataParam("text") String text, @FormDataParam("ref") String ref) {
        Actor actor = CurrentUser.of(ctx).actor();
        Upload upload = Upload.of(file);
        boolean hasFile = upload != null && (upload.fileName() != null || !upload.isEmpty());
        if (!hasFile && kind != null && !kind.isBlank()) {
            return created(notFile(actor, round(id), unit(orgId), code, new EvidenceInput(kind, title, url, text, ref)));
        }
        if (!hasFile) {
            throw new ValidationException("file", "请选择要上传的文件");
        }
        if (upload.bytes().length > AnswerEvidenceService.MAX_BYTES) {
            throw new HttpProblem(413, ApiError.TOO_LARGE,
                    "文件过大(上限 " + AnswerEvidenceService.MAX_BYTES / 1024 / 1024 + " MB)", "file");
        }
        return created(assessment.evidence().addFile(actor, round(id), unit(orgId), code, upload.fileName(), upload.bytes(),
                title));
    }

    private AnswerEvidence notFile(Actor actor, long roundId, long unit, String code, EvidenceInput in) {
        if (in.kind() == null || in.kind().isBlank()) {
            throw new ValidationException("kind", "请选择佐证材料类型(LINK、NOTE 或 RECORD;文件请用 multipart 表单字段 file)");
        }
        return switch (EvidenceKind.parse(in.kind())) {
            case LINK -> assessment.evidence().addLink(actor, roundId, unit, code, in.title(), in.url());
            case NOTE -> assessment.evidence().addNote(actor, roundId, unit, code, in.title(), in.text());
            case RECORD -> assessment.evidence().addRecord(actor, roundId, unit, code, records, in.ref());
            case FILE, IMAGE, VIDEO -> throw new ValidationException("kind", "上传文件请用 multipart 表单(字段 file)");
        };
    }

    @POST
    @Path("submit")
    public RoundUnit submit(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                            @PathParam("orgId") String orgId, VersionInput body) {
        return assessment.answers().submit(CurrentUser.of(ctx).actor(), round(id), unit(orgId),
                body == null ? null : body.version());
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskJson.AnswerJson review(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                      @PathParam("orgId") String orgId, ReviewInput body) {
        ReviewInput in = Params.requireBody(body);
        Actor actor = atDesk(ctx, id, orgId);
        if (in.score() == null) {
            throw new ValidationException("score", "请填写评分");
        }
        Answer a = assessment.review().review(actor, round(id), unit(orgId), in.code(), in.score(), in.reason(),
                in.version());
        return one(actor, round(id), unit(orgId), a);
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<DeskJson.AnswerJson> returnLeaves(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                                  @PathParam("orgId") String orgId, ReturnInput body) {
        ReturnInput in = Params.requireBody(body);
        Actor actor = atDesk(ctx, id, orgId);
        return assessment.review().returnLeaves(actor, round(id), unit(orgId), in.codes() == null ? List.of() : in.codes(),
                in.comment()).stream().map(a -> one(actor, round(id), unit(orgId), a)).toList();
    }

    @POST
    @Path("confirm")
    public RoundUnit confirm(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                             @PathParam("orgId") String orgId, VersionInput body) {
        return assessment.review().confirm(CurrentUser.of(ctx).actor(), round(id), unit(orgId),
                body == null ? null : body.version());
    }

    @PUT
    @Path("answers/{code}/typical")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskJson.AnswerJson typical(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                       @PathParam("orgId") String orgId, @PathParam("code") String code,
                                       TypicalInput body) {
        TypicalInput in = Params.requireBody(body);
        Actor actor = atDesk(ctx, id, orgId);
        if (in.typical() == null) {
            throw new ValidationException("typical", "请说明是否为典型经验做法(typical: true/false)");
        }
        return one(actor, round(id), unit(orgId), assessment.review().markTypical(actor, round(id), unit(orgId), code,
                in.typical()));
    }

    /** Opens a 整改 item for a deduction; 201 with its id, the item at /api/rectifications/{id}. */
    @POST
    @Path("answers/{code}/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rectification(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                                  @PathParam("orgId") String orgId, @PathParam("code") String code,
                                  RectificationInput body) {
        RectificationInput in = Params.requireBody(body);
        Actor actor = atDesk(ctx, id, orgId);
        long item = assessment.review().openRectification(actor, round(id), unit(orgId), code,
                Params.optionalDate(in.deadline(), "deadline", "整改期限")).id();
        return Response.created(URI.create("/api/rectifications/" + item)).entity(new Created(item)).build();
    }

    /** The unit's ledger records of a kind in the round's year, for the record picker (the count in X-Total-Count). */
    @GET
    @Path("records")
    public Response records(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                            @PathParam("orgId") String orgId, @QueryParam("kind") String kind,
                            @QueryParam("q") String q, @QueryParam("limit") String limit,
                            @QueryParam("offset") String offset) {
        Actor actor = CurrentUser.of(ctx).actor();
        if (kind == null || kind.isBlank()) {
            throw new ValidationException("kind", "请选择台账记录类型");
        }
        RecordKind k = RecordKind.parse(kind);
        long unit = unit(orgId);
        requireDesk(actor, id, orgId);
        Round round = assessment.rounds().get(actor, round(id));
        return Params.list(records.list(actor, k, unit, round.year(), q, Page.parse(limit, offset)).map(DeskJson.RecordJson::of));
    }

    /** The desk's own check before a body is judged: the unit within the actor's scope (403), in the round (404). */
    private void requireDesk(Actor actor, String id, String orgId) {
        assessment.answers().answers(actor, round(id), unit(orgId));
    }

    /** The acting user, once {@link #requireDesk} lets them at this desk. */
    private Actor atDesk(ContainerRequestContext ctx, String id, String orgId) {
        Actor actor = CurrentUser.of(ctx).actor();
        requireDesk(actor, id, orgId);
        return actor;
    }

    private DeskJson.AnswerJson one(Actor actor, long roundId, long unit, Answer a) {
        Round round = assessment.rounds().get(actor, roundId);
        FigureReading reading = a.binding() == null ? null : figures.read(actor, a.binding().figure(), round.year(), unit);
        return DeskJson.AnswerJson.of(a, state(round, unit).state(), reading);
    }

    static RoundUnit state(Round round, long unit) {
        return round.units().stream().filter(u -> u.orgId() == unit).findFirst()
                .orElseThrow(() -> new NotFoundException("该单位不在本轮考核之中"));
    }

    private static long round(String id) {
        return Params.pathId(id, "考核轮次");
    }

    private static long unit(String orgId) {
        return Params.pathId(orgId, "单位");
    }

    private static Response created(AnswerEvidence e) {
        return Response.created(URI.create("/api/assessment-evidence/" + e.id())).entity(DeskJson.EvidenceJson.of(e)).build();
    }
}
