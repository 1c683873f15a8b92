package org.fazhi.web.onlineexam;

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
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionFilter;
import org.fazhi.onlineexam.bank.QuestionService;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.onlineexam.sheets.QuestionSheet;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.RecordPages;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;

/**
 * /questions: the question bank with the API's filters, pages of fifty, the exports; the form to add or edit a
 * question (options A–H, the answer, the laws); 停用 and 启用. Everyone signed in reads it; only those who may edit
 * the bank ({@link QuestionService#requireEditor}) see the forms and buttons.
 */
@Path(QuestionPages.BASE)
@Produces(MediaType.TEXT_HTML)
public final class QuestionPages extends RecordPages<Question> {
    static final String BASE = "/questions";
    private static final Flash FLASH = Flash.RECORDS.with("retired", "已停用,不再抽入新试卷。", "restored", "已启用。");

    private final QuestionService questions;
    private final java.util.function.BiFunction<org.fazhi.model.account.Actor, Long, org.fazhi.onlineexam.exam.QuestionStats> stats;

    /** @param stats how a bank question fared across every online exam that asked it (the exams' statistics) */
    QuestionPages(QuestionService questions,
                  java.util.function.BiFunction<org.fazhi.model.account.Actor, Long, org.fazhi.onlineexam.exam.QuestionStats> stats) {
        super("试题", BASE, questions::find, QuestionPages::fields,
                (actor, form) -> questions.create(actor, fromForm(form)),
                (actor, id, form) -> questions.update(actor, id, fromForm(form), form.version()), questions::delete);
        this.questions = questions;
        this.stats = stats;
    }

    /** A line of the list. */
    public record Row(long id, String type, String stem, String answer, int points, String difficulty, String laws,
                      boolean active, int version) {
        static Row of(Question q) {
            return new Row(q.id(), q.type().label(), q.stem(), QuestionSheet.answerText(q), q.points(), q.difficulty().label(),
                    String.join("、", q.laws()), q.active(), q.version());
        }
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("q") String q,
                     @QueryParam("law") String law, @QueryParam("type") String type,
                     @QueryParam("difficulty") String difficulty, @QueryParam("active") String active,
                     @QueryParam("offset") String offset, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        QuestionFilter f = QuestionJson.filter(q, law, type, difficulty, active);
        Page page = Pager.page(offset);
        PageResult<Question> rows = questions.list(user.actor(), f, page);
        String activeText = f.active() == null ? null : f.active().toString();
        return PageModel.of(user, "题库", "questions")
                .put("rows", rows.items().stream().map(Row::of).toList())
                .put("pager", Pager.of(uri, page, rows.total()))
                .put("editor", QuestionService.mayEdit(user.actor()))
                .put("q", f.text())
                .put("law", f.law())
                .put("lawOptions", questions.laws(user.actor()))
                .put("typeOptions", Options.of(QuestionType.class, f.type() == null ? null : f.type().name()))
                .put("difficultyOptions", Options.of(Difficulty.class, f.difficulty() == null ? null : f.difficulty().name()))
                .put("activeOptions", List.of(new Options.Option("true", "启用", Boolean.TRUE.equals(f.active())),
                        new Options.Option("false", "停用", Boolean.FALSE.equals(f.active()))))
                .put("exportQuery", QueryString.of("q", f.text(), "law", f.law(), "type", f.type() == null ? null : f.type().name(),
                        "difficulty", f.difficulty() == null ? null : f.difficulty().name(), "active", activeText))
                .put("flash", FLASH.text(msg))
                .view("questions");
    }

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx) {
        CurrentUser user = CurrentUser.writer(ctx);
        return form(user, FormState.empty().value("type", QuestionType.SINGLE.name()).value("difficulty", Difficulty.MEDIUM.name())
                .value("points", 2), null);
    }

    /** POST /questions/{id}/retire {version}: 停用. */
    @POST
    @Path("{id}/retire")
    public Response retire(@Context ContainerRequestContext ctx, @PathParam("id") String id, MultivaluedMap<String, String> params) {
        return switchActive(ctx, id, params, questions::retire, "retired");
    }

    /** POST /questions/{id}/restore {version}: 启用. */
    @POST
    @Path("{id}/restore")
    public Response restore(@Context ContainerRequestContext ctx, @PathParam("id") String id, MultivaluedMap<String, String> params) {
        return switchActive(ctx, id, params, questions::restore, "restored");
    }

    /** 停用 or 启用 at the version the page showed, then back to the list the button was on (its filters kept). */
    private static Response switchActive(ContainerRequestContext ctx, String id, MultivaluedMap<String, String> params,
                                         Switch change, String done) {
        change.apply(CurrentUser.of(ctx).actor(), QuestionJson.id(id), FormState.of(params).version());
        return Redirects.backTo(params.getFirst("back"), BASE, done);
    }

    /** {@link QuestionService#retire} or {@link QuestionService#restore}. */
    @FunctionalInterface
    private interface Switch {
        Question apply(Actor actor, long id, Integer version);
    }

    private static FormState fields(Question q) {
        FormState f = FormState.empty().value("type", q.type().name()).value("stem", q.stem())
                .value("answer", QuestionSheet.answerText(q)).value("points", q.points())
                .value("difficulty", q.difficulty().name()).value("laws", String.join("、", q.laws()))
                .value("analysis", q.analysis()).value("version", q.version());
        for (int i = 0; i < q.options().size(); i++) {
            f.value("option" + Question.label(i), q.options().get(i));
        }
        return f;
    }

    /** How the question fared on submitted papers, in one Chinese line, or null when no paper has asked it. */
    public record StatsLine(String text) {
        static StatsLine of(org.fazhi.onlineexam.exam.QuestionStats s) {
            if (s == null || s.asked() == 0) {
                return null;
            }
            StringBuilder b = new StringBuilder("已在 " + s.asked() + " 份已交试卷中出现");
            if (s.type().objective()) {
                b.append(",全部答对 ").append(s.correct()).append(" 份(正确率 ")
                        .append(Math.round(s.correct() * 1000.0 / s.asked()) / 10.0).append("%)");
            }
            if (s.averagePoints() != null) {
                b.append(",平均得分 ").append(s.averagePoints());
            }
            if (!s.picks().isEmpty()) {
                b.append(";选择次数:");
                s.picks().forEach((k, v) -> b.append(k.equals("T") ? "对" : k.equals("F") ? "错" : k).append(' ').append(v).append("  "));
            }
            return new StatsLine(b.toString().strip());
        }
    }

    /** One row of the form's options: its letter, field name, typed value. */
    public record OptionRow(String letter, String name, String value) {
    }

    @Override
    protected View form(CurrentUser user, FormState form, Question editing) {
        QuestionService.requireEditor(user.actor());
        List<OptionRow> options = new ArrayList<>();
        for (int i = 0; i < Question.MAX_OPTIONS; i++) {
            String name = "option" + Question.label(i);
            options.add(new OptionRow(Question.label(i), name, form.getV().getOrDefault(name, "")));
        }
        return PageModel.form(user, "新增试题", "修改试题", "questions", form, editing)
                .put("typeOptions", Options.of(QuestionType.class, form.get("type")))
                .put("difficultyOptions", Options.of(Difficulty.class, form.get("difficulty")))
                .put("optionRows", options)
                .put("retired", editing != null && !editing.active())
                .put("stats", editing == null ? null : StatsLine.of(stats.apply(user.actor(), editing.id())))
                .view("question-form");
    }

    static Question fromForm(FormState f) {
        FieldErrors errors = new FieldErrors();
        Integer points = errors.check(() -> Params.optionalInt(f.get("points"), "points", "分值"));
        List<String> options = new ArrayList<>();
        for (int i = 0; i < Question.MAX_OPTIONS; i++) {
            options.add(f.get("option" + Question.label(i)));
        }
        while (!options.isEmpty() && options.get(options.size() - 1) == null) {
            options.remove(options.size() - 1);
        }
        // A points value that is no number is named first; the question's own checks follow for every other field.
        Question q = errors.check(() -> QuestionJson.draft(f.get("type"), f.get("stem"), options, f.get("answer"),
                points == null && f.get("points") != null ? Integer.valueOf(1) : points, f.get("difficulty"),
                QuestionSheet.laws(f.get("laws")), f.get("analysis")));
        errors.throwIfAny();
        return q;
    }
}
