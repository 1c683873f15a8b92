package org.fazhi.web.assessment;

import org.fazhi.exchange.Provenance;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.figures.LedgerFigure;
import org.fazhi.assessment.figures.LedgerRecords;
import org.fazhi.assessment.figures.RecordKind;
import org.fazhi.assessment.figures.RecordRef;
import org.fazhi.assessment.round.ReviewService;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundUnit;
import org.fazhi.assessment.round.UnitState;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorTree;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.Scope;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;

/**
 * The desk page: the applicable leaves under their 一级/二级 headings, each with its standard, points, 一票否决,
 * live ledger figure and suggested score, the unit's answer and evidence, and the forms the viewer may use now —
 * the unit's while its self-assessment is open (or a leaf was returned for 补充材料), the reviewer's once it is
 * submitted. Each form keeps its own {@link FormState}: a refused one comes back as typed beside its leaf.
 */
record DeskView(Assessment assessment, DeskResource desk, LedgerRecords records, Provenance provenance) {
    /** The ledger records a picker offers at most, per kind. */
    static final int PICKER_LIMIT = 200;
    static final Flash FLASH = Flash.of("saved", "自评已保存。", "uploaded", "文件已上传。", "added", "佐证材料已添加。",
            "deleted", "佐证材料已删除。", "submitted", "自评已提交,内容已锁定。", "reviewed", "审核评分已保存。",
            "typical", "典型经验做法标记已更新。", "rectification", "已开整改事项。", "returned", "已退回补充材料。",
            "confirmed", "考核结果已确认。");

    /** The refused form: its name, its leaf (null for the desk's own forms) and what was typed with the message. */
    record Failed(String form, String code, FormState state) {
        FormState or(String name, String leaf, FormState fresh) {
            boolean same = form.equals(name) && (code == null ? leaf == null : code.equals(leaf));
            return same ? state : fresh;
        }
    }

    /** A piece of evidence as the page lists it. */
    record EvidenceView(DeskJson.EvidenceJson e, boolean file, boolean link, boolean note, boolean record, String added) {
        /** The evidence, with when (local time) it was added. */
        static EvidenceView of(DeskJson.EvidenceJson e, java.time.ZoneId zone) {
            boolean file = e.sha256() != null;
            return new EvidenceView(e, file, "LINK".equals(e.kind()), "NOTE".equals(e.kind()), "RECORD".equals(e.kind()),
                    e.createdAt() == null ? null : ADDED.format(e.createdAt().atZone(zone)));
        }
    }

    private static final java.time.format.DateTimeFormatter ADDED = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the record picker of one leaf was asked to find ({@code ?leaf=&recordQ=} on the desk page). */
    record RecordSearch(String leaf, String q) {
        boolean at(String code) {
            return leaf != null && leaf.equals(code) && q != null && !q.isBlank();
        }
    }

    /** The records of one kind in the picker. */
    record RecordGroup(String label, List<Options.Option> options, Long more) {
    }

    /** A leaf with its heading (when it opens a new 一级 or 二级 group), its answer and its forms. */
    record LeafView(String level1, String level2, DeskJson.AnswerJson a, String points, String selfScore,
                    String reviewScore, String suggested, String kinds, List<EvidenceView> evidence,
                    String figureLabel, boolean editable, boolean takesFile, boolean takesLink, boolean takesNote,
                    boolean takesRecord, List<RecordGroup> recordGroups, boolean reviewable, boolean deduction,
                    boolean canOpenRectification, Long rectificationId, boolean canMarkTypical, FormState answer,
                    FormState upload, FormState link, FormState note, FormState record, FormState review,
                    FormState typical, FormState rectification, List<String> refused, String recordQ) {
    }

    View page(CurrentUser user, long roundId, long unit, String msg, Failed failed) {
        return page(user, roundId, unit, msg, failed, new RecordSearch(null, null));
    }

    /** The desk, the record picker of {@code search}'s leaf narrowed to what was searched. */
    View page(CurrentUser user, long roundId, long unit, String msg, Failed failed, RecordSearch search) {
        Actor actor = user.actor();
        List<DeskJson.AnswerJson> answers = desk.answers(actor, roundId, unit);
        Round round = assessment.rounds().get(actor, roundId);
        RoundUnit ru = DeskResource.state(round, unit);
        IndicatorTree tree = assessment.systems().get(actor, round.systemId()).tree();
        LocalDate today = assessment.rounds().today();
        Failed f = failed == null ? new Failed("", null, FormState.empty()) : failed;
        // A received unit's desk (报送: its answers and their review came in its package) is read-only here.
        Provenance.ReceivedFrom receivedFrom = provenance.ofUnit(unit).orElse(null);
        boolean writable = receivedFrom == null;
        boolean writer = actor.role().canWrite() && writable;
        boolean reviewer = actor.role().canWrite() && Scope.oversees(actor, unit);
        boolean selfOpen = writable && ru.state() == UnitState.OPEN && !today.isAfter(round.selfDeadline());
        boolean supplementOpen = writable && ru.state() == UnitState.SUBMITTED && !today.isAfter(round.reviewDeadline());
        boolean reviewOpen = reviewer && supplementOpen;
        boolean anyReturned = answers.stream().anyMatch(DeskJson.AnswerJson::returned);
        Map<String, Long> rectifications = new HashMap<>();
        for (ReviewService.RectificationOrigin o : assessment.review().rectifications(actor, roundId, unit)) {
            rectifications.putIfAbsent(o.code(), o.rectificationId());
        }
        Map<RecordKind, Picked> picked = new EnumMap<>(RecordKind.class);
        List<LeafView> leaves = new ArrayList<>();
        String top = null;
        String mid = null;
        for (DeskJson.AnswerJson a : answers) {
            List<Indicator> chain = ancestors(tree, a.code());
            String t = chain.isEmpty() ? null : heading(chain.get(0));
            String m = chain.size() < 2 ? null : heading(chain.get(1));
            String level1 = t != null && !t.equals(top) ? t : null;
            String level2 = m != null && (level1 != null || !m.equals(mid)) ? m : null;
            top = t;
            mid = m;
            boolean editable = writer && !reviewer && (selfOpen || (supplementOpen && a.returned()));
            boolean any = a.evidenceKinds().isEmpty();
            boolean takesRecord = any || a.evidenceKinds().contains("RECORD");
            String selectedRef = f.or("record", a.code(), FormState.empty()).get("ref");
            List<RecordGroup> groups = editable && takesRecord ? pickerGroups(actor, a, unit, round.year(),
                    search.at(a.code()) ? new EnumMap<>(RecordKind.class) : picked, selectedRef,
                    search.at(a.code()) ? search.q().strip() : null) : List.of();
            boolean deduction = a.reviewScore() != null && a.reviewScore().compareTo(a.points()) < 0;
            Long rect = rectifications.get(a.code());
            FormState answer = f.or("answer", a.code(), FormState.empty().value("selfScore", plain(a.selfScore()))
                    .value("explanation", a.explanation()).value("version", a.version()));
            FormState review = f.or("review", a.code(), FormState.empty()
                    .value("score", plain(a.reviewScore() != null ? a.reviewScore() : a.selfScore()))
                    .value("reason", a.reason()).value("version", a.version()));
            boolean takesFile = any || a.evidenceKinds().stream().anyMatch(k -> k.equals("FILE") || k.equals("IMAGE")
                    || k.equals("VIDEO"));
            boolean takesLink = any || a.evidenceKinds().contains("LINK");
            boolean takesNote = any || a.evidenceKinds().contains("NOTE");
            boolean reviewable = reviewOpen && !a.returned();
            boolean canRectify = reviewer && writable && deduction && rect == null && ru.state() != UnitState.OPEN;
            boolean canMarkTypical = reviewer && writable && ru.state() != UnitState.OPEN;
            Map<String, Boolean> shown = Map.of("answer", editable, "upload", editable && takesFile, "link", editable && takesLink,
                    "note", editable && takesNote, "record", editable && takesRecord, "review", reviewable,
                    "typical", canMarkTypical, "rectification", canRectify);
            boolean hidden = a.code().equals(f.code()) && !shown.getOrDefault(f.form(), false);
            leaves.add(new LeafView(level1, level2, a, plain(a.points()), plain(a.selfScore()), plain(a.reviewScore()),
                    plain(a.suggestedScore()), kinds(a.evidenceKinds()),
                    a.evidence().stream().map(e -> EvidenceView.of(e, assessment.clock().getZone())).toList(),
                    a.metric() == null ? null : LedgerFigure.valueOf(a.metric()).label(), editable, takesFile, takesLink,
                    takesNote, takesRecord, groups, reviewable, deduction, canRectify, rect, canMarkTypical,
                    answer, f.or("upload", a.code(), FormState.empty()), f.or("link", a.code(), FormState.empty()),
                    f.or("note", a.code(), FormState.empty()), f.or("record", a.code(), FormState.empty()), review,
                    f.or("typical", a.code(), FormState.empty()), f.or("rectification", a.code(), FormState.empty()),
                    hidden ? messages(f.state()) : List.of(), search.at(a.code()) ? search.q().strip() : null));
        }
        long daysLeft = ChronoUnit.DAYS.between(today, round.selfDeadline());
        long reviewDaysLeft = ChronoUnit.DAYS.between(today, round.reviewDeadline());
        boolean canSubmit = writer && !reviewer && (selfOpen || (supplementOpen && anyReturned));
        Map<String, Boolean> deskForms = Map.of("submit", canSubmit, "return", reviewOpen, "confirm", reviewOpen);
        boolean deskHidden = f.code() == null && !f.form().isEmpty() && !deskForms.getOrDefault(f.form(), false);
        return PageModel.of(user, ru.orgName() + " · " + round.title(), "assessment")
                .put("round", round)
                .put("unit", ru)
                .put("stateLabel", anyReturned && ru.state() == UnitState.SUBMITTED ? "退回补充材料" : ru.state().label())
                .put("overview", "/assessment/rounds/" + round.id())
                .put("desk", DeskPages.path(round.id(), unit))
                .put("reviewer", reviewer)
                .put("unitView", !reviewer)
                .put("leaves", leaves)
                .put("leafCount", leaves.size())
                .put("daysLeft", daysLeft > 0 ? "还剩 " + daysLeft + " 天" : daysLeft == 0 ? "今天截止" : "已截止")
                .put("reviewDaysLeft", reviewDaysLeft > 0 ? "还剩 " + reviewDaysLeft + " 天" : reviewDaysLeft == 0 ? "今天截止" : "已截止")
                .put("locked", !reviewer && !leaves.stream().anyMatch(LeafView::editable))
                .put("anyReturned", anyReturned)
                .put("canSubmit", canSubmit)
                .put("resubmit", canSubmit && ru.state() == UnitState.SUBMITTED)
                .put("canReturn", reviewOpen)
                .put("canConfirm", reviewOpen)
                .put("submitForm", f.or("submit", null, FormState.empty()))
                .put("returnForm", f.or("return", null, FormState.empty()))
                .put("confirmForm", f.or("confirm", null, FormState.empty()))
                .put("returnCodes", returnCodes(answers, f.or("return", null, FormState.empty()).get("codes")))
                .put("maxBytes", org.fazhi.assessment.round.AnswerEvidenceService.MAX_BYTES)
                .put("maxMb", org.fazhi.assessment.round.AnswerEvidenceService.MAX_BYTES / 1024 / 1024)
                .put("today", today.toString())
                .put("refused", deskHidden ? messages(f.state()) : List.of())
                .put("flash", FLASH.text(msg))
                .put("receivedFrom", receivedFrom)
                .view("assessment-desk");
    }

    /** A refusal whose form the page does not show now (the desk locked meanwhile): every message of it. */
    private static List<String> messages(FormState state) {
        List<String> out = new ArrayList<>();
        if (state.getGeneral() != null) {
            out.add(state.getGeneral());
        }
        out.addAll(new java.util.TreeMap<>(state.getE()).values());
        return out;
    }

    /** The leaves the return form offers, ticked as typed. */
    private static List<Options.Option> returnCodes(List<DeskJson.AnswerJson> answers, String typed) {
        List<String> ticked = typed == null ? List.of() : List.of(typed.split(","));
        return answers.stream().filter(a -> !a.returned())
                .map(a -> new Options.Option(a.code(), a.code() + " " + a.title(), ticked.contains(a.code()))).toList();
    }

    /**
     * The unit's records of the year a leaf may point at: of the list its figure is drawn from when it is bound
     * to one, else of every ledger list; read once a kind for the whole page.
     */
    private List<RecordGroup> pickerGroups(Actor actor, DeskJson.AnswerJson a, long unit, int year,
                                           Map<RecordKind, Picked> picked, String selected, String q) {
        List<RecordKind> kinds = a.metric() == null ? List.of(RecordKind.values())
                : List.of(LedgerFigure.valueOf(a.metric()).records());
        List<RecordGroup> out = new ArrayList<>();
        for (RecordKind k : kinds) {
            Picked p = picked.computeIfAbsent(k, kind -> {
                var page = records.list(actor, kind, unit, year, q, new Page(PICKER_LIMIT, 0));
                return new Picked(page.items().stream().map(DeskView::option).toList(), page.total());
            });
            if (!p.options().isEmpty()) {
                long more = p.total() - p.options().size();
                out.add(new RecordGroup(k.label(), selected == null ? p.options() : p.options().stream()
                        .map(o -> new Options.Option(o.value(), o.label(), o.value().equals(selected))).toList(),
                        more > 0 ? more : null));
            }
        }
        return out;
    }

    /** The first records of a kind the picker lists, and how many there are in all. */
    record Picked(List<Options.Option> options, long total) {
    }

    private static Options.Option option(RecordRef r) {
        return new Options.Option(r.ref(), (r.date() == null ? "" : r.date() + " ") + r.title(), false);
    }

    private static List<Indicator> ancestors(IndicatorTree tree, String code) {
        List<Indicator> chain = new ArrayList<>();
        Indicator i = tree.get(code);
        while (i != null && i.parentCode() != null) {
            i = tree.get(i.parentCode());
            if (i != null) {
                chain.add(0, i);
            }
        }
        return chain;
    }

    private static String heading(Indicator i) {
        return i.code() + " " + i.title();
    }

    private static String kinds(List<String> names) {
        return names.isEmpty() ? "不限" : EvidenceKind.labels(names.stream().map(EvidenceKind::valueOf).toList());
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }
}
