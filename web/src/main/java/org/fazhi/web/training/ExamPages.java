package org.fazhi.web.training;

import org.fazhi.web.exchange.ReceivedPages;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.model.ConflictException;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.exam.ExamMode;
import org.fazhi.exchange.Provenance;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.ExamService;
import org.fazhi.training.exam.ExamStats;
import org.fazhi.training.exam.Track;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.RecordPages;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;
import org.fazhi.web.pages.FormSubmission;

/**
 * /tests: 任前法律知识测试 — the batches of a year with its figures and the people awaiting a retake,
 * the batch form, and a batch's page with its results and the fast-entry table (results-entry.js
 * posts the typed or pasted rows to the API all at once; a plain one-row form works without scripts).
 */
@Path("/tests")
@Produces(MediaType.TEXT_HTML)
public final class ExamPages extends RecordPages<ExamBatch> {
    private static final String WHAT = "测试批次";

    private final CoreServices core;
    private final ExamService tests;
    private final Clock clock;

    private final ExamBatchView view;

    private final Provenance provenance;

    public ExamPages(CoreServices core, ExamService tests, Clock clock, Provenance provenance) {
        super(WHAT, "/tests", tests::batch, ExamPages::fields, (actor, form) -> tests.createBatch(actor, batchFromForm(form)),
                (actor, id, form) -> tests.updateBatch(actor, id, batchFromForm(form), form.version()), tests::deleteBatch);
        this.view = new ExamBatchView(core, tests, provenance);
        this.provenance = provenance;
        this.core = core;
        this.tests = tests;
        this.clock = clock;
    }

    public record BatchRow(long id, String date, String title, String orgName, String track, String paper, String mode,
                           int fullMark, int passMark, int candidates, int passed, boolean received) {
    }

    public record Awaiting(long id, String name, String orgName, String proposedPost, String score, Long batchId,
                           String batchDate) {
    }

    public record ResultRow(int no, long id, String name, String orgName, String currentPost, String proposedPost,
                            String score, boolean absent, String retake, String outcome, String outcomeCss) {
    }

    public record RetakeChoice(long id, String label, String name, String orgName, String currentPost,
                               String proposedPost, boolean selected) {
    }

    public record UnitName(long id, String name) {
    }

    public record Tally(String label, long count, String css) {
    }

    // ---- the year's list ----

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("orgId") String orgId,
                     @QueryParam("year") String year, @QueryParam("track") String track,
                     @QueryParam("offset") String offset, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        return listView(user, uri, orgId, year, track, offset, msg, null);
    }

    private View listView(CurrentUser user, UriInfo uri, String orgId, String year, String track, String offset,
                          String msg, FormState settings) {
        Actor actor = user.actor();
        Long org = Params.optionalOrg(orgId);
        int y = TrainingParams.yearOrCurrent(year, clock);
        Track t = TrainingParams.optionalTrack(track);
        Page page = Pager.page(offset);
        PageResult<ExamBatch> batches = tests.batches(actor, org, y, t, page);
        OrgTree tree = core.visibleOrgs().tree(actor);
        List<BatchRow> rows = new ArrayList<>();
        Map<Long, int[]> counts = tests.counts(actor, batches.items().stream().map(ExamBatch::id).toList());
        java.util.Set<Long> received = batches.items().isEmpty() ? java.util.Set.of() : provenance.receivedUnits();
        for (ExamBatch b : batches.items()) {
            int[] n = counts.getOrDefault(b.id(), new int[2]);
            rows.add(new BatchRow(b.id(), b.date().toString(), title(b), TrainingViews.orgName(tree, b.orgId()),
                    b.track().label(), b.paper() == null ? "" : b.paper(), b.mode().label(), b.fullMark(), b.passMark(),
                    n[0], n[1], received.contains(b.orgId())));
        }
        ExamStats stats = tests.stats(actor, y, org);
        List<ExamResult> waiting = tests.awaitingRetake(actor, y, org);
        // A batch organised outside the user's scope is absent: its date is not theirs to see.
        Map<Long, ExamBatch> batchesOf = tests.batches(actor, waiting.stream().map(ExamResult::batchId).distinct().toList());
        List<Awaiting> awaiting = waiting.stream().map(r -> {
            Optional<ExamBatch> b = Optional.ofNullable(batchesOf.get(r.batchId()));
            return new Awaiting(r.id(), r.name(), TrainingViews.orgName(tree, r.orgId()),
                    r.proposedPost() == null ? "" : r.proposedPost(), Params.scoreText(r.score()),
                    b.map(ExamBatch::id).orElse(null), b.map(x -> x.date().toString()).orElse(""));
        }).toList();
        String orgText = org == null ? null : String.valueOf(org);
        PageModel p = PageModel.of(user, "任前法律知识测试", "tests")
                .put("rows", rows)
                .put("pager", Pager.of(uri, page, batches.total()))
                .put("year", y)
                .put("stats", stats)
                .put("hasSittings", stats.sittings() > 0)
                .put("firstPassRate", TrainingViews.percent(stats.firstPassRate()))
                .put("passRate", TrainingViews.percent(stats.passRate()))
                .put("averageScore", stats.averageScore() == null ? "—" : stats.averageScore().toPlainString())
                .put("awaiting", awaiting)
                .put("awaitingCount", awaiting.size())
                .put("orgPicker", OrgPicker.filter(tree, orgText))
                .put("yearOptions", YearChoices.toNextYear(y, clock))
                .put("trackOptions", Options.of(Track.class, t == null ? null : t.name()))
                .put("exportQuery", QueryString.of("orgId", orgText, "year", String.valueOf(y), "track", t == null ? null : t.name()))
                .put("newQuery", QueryString.of("orgId", orgText))
                .put("flash", TrainingViews.FLASH.text(msg))
                .put("receivedFrom", ReceivedPages.ofList(provenance, user.actor(), org));
        if (actor.isAdmin()) {
            FormState s = settings == null ? FormState.empty().value("maxRetakes", tests.maxRetakes()) : settings;
            p.put("settings", s);
        }
        return p.view("test-batches");
    }

    /** The retake allowance: admins only. */
    @POST
    @Path("settings")
    public Response settings(@Context ContainerRequestContext ctx, @Context UriInfo uri, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.admin(ctx);
        return FormSubmission.validate(FormState.of(params), form -> {
            tests.setMaxRetakes(user.actor(), TrainingViews.requiredInt(form.get("maxRetakes"), "maxRetakes", "补考次数"));
            return "/tests?msg=settings";
        }, failed -> listView(user, uri, null, null, null, null, null, failed));
    }

    // ---- the batch form ----

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId) {
        CurrentUser user = CurrentUser.writer(ctx);
        FormState form = FormState.empty().value("orgId", orgId).value("date", LocalDate.now(clock))
                .value("track", Track.NON_NPC.name()).value("mode", ExamMode.WRITTEN.name()).value("paper", "A")
                .value("fullMark", ExamBatch.DEFAULT_FULL_MARK).value("passMark", ExamBatch.DEFAULT_PASS_MARK);
        return form(user, form, null);
    }

    private static FormState fields(ExamBatch b) {
        return FormState.empty().value("orgId", b.orgId()).value("date", b.date()).value("title", b.title())
                .value("track", b.track().name()).value("paper", b.paper()).value("mode", b.mode().name())
                .value("fullMark", b.fullMark()).value("passMark", b.passMark()).value("version", b.version());
    }

    /** To the batch's own page. */
    @Override
    protected String afterSave(ExamBatch saved, String msg) {
        return "/tests/" + saved.id() + "?msg=" + msg;
    }

    /** To the list of the batch's year. */
    @Override
    protected String afterDelete(Actor actor, long id) {
        return "/tests?" + QueryString.of("year", String.valueOf(tests.batch(actor, id).date().getYear()));
    }

    /** A batch with results stays: its page says why, with 409. */
    @Override
    protected Response deleteRefused(CurrentUser user, long id, ConflictException e) {
        ExamBatch b = tests.batch(user.actor(), id);
        return Response.status(409).entity(view.render(user, b, null, e.getMessage(), FormState.empty())).build();
    }

    @Override
    protected String unitField() {
        return "orgId";
    }

    @Override
    protected View form(CurrentUser user, FormState form, ExamBatch editing) {
        return PageModel.form(user, "新建测试批次", "修改测试批次", "tests", form, editing)
                .put("orgPicker", OrgPicker.field(core, user.actor(), form, "orgId").mustChoose()
                        .writable(provenance.receivedUnits()))
                .put("trackOptions", Options.of(Track.class, form.get("track")))
                .put("modeOptions", Options.of(ExamMode.class, form.get("mode")))
                .put("receivedFrom", editing == null ? null
                        : provenance.ofRecord("test_batches", editing.id(), editing.orgId()).orElse(null))
                .view("test-batch-form");
    }

    private static ExamBatch batchFromForm(FormState f) {
        FieldErrors errors = new FieldErrors();
        Long orgId = errors.check(() -> Params.optionalId(f.get("orgId"), "orgId", "组织单位"));
        LocalDate date = errors.check(() -> Years.parseDate(f.get("date"), "date", "测试日期"));
        Track track = errors.check(() -> Track.parse(f.get("track")));
        ExamMode mode = errors.check(() -> ExamMode.parse(f.get("mode")));
        Integer full = errors.check(() -> Params.optionalInt(f.get("fullMark"), "fullMark", "满分"));
        Integer pass = errors.check(() -> Params.optionalInt(f.get("passMark"), "passMark", "及格线"));
        ExamBatch b = errors.check(() -> new ExamBatch(null, orgId == null ? 0 : orgId, date, track, f.get("paper"),
                full == null ? ExamBatch.DEFAULT_FULL_MARK : full, pass == null ? ExamBatch.DEFAULT_PASS_MARK : pass,
                mode, f.get("title"), 0));
        errors.throwIfAny();
        return b;
    }

    // ---- a batch and its results ----

    @GET
    @Path("{id}")
    public View batch(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("msg") String msg,
                      @QueryParam("n") String n) {
        CurrentUser user = CurrentUser.of(ctx);
        ExamBatch b = tests.batch(user.actor(), Params.pathId(id, WHAT));
        return view.render(user, b, TrainingViews.flash(msg, n), null, FormState.empty());
    }

    static String title(ExamBatch b) {
        return b.title() == null ? b.date() + " 批次" : b.title();
    }

    static String outcomeCss(Outcome o) {
        return switch (o) {
            case PASSED -> "o-passed";
            case PASSED_RETAKE -> "o-retake";
            case DEFERRED -> "o-deferred";
            case WITHDRAWN -> "o-withdrawn";
            case ABSENT -> "o-absent";
        };
    }
}
