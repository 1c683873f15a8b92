package org.fazhi.web.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.report.AnnualReport;
import org.fazhi.report.deadline.ReportDeadline;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.FormState;

/** The report as the page templates read it (report-annual and report-edit). */
final class ReportViews {
    /** The confirmations a redirect may ask for (?msg=code); codes only, so no text can be injected. */
    static final Flash FLASH = Flash.of(
            "saved", "已保存。统计数据每次打开时按台账重新生成,不会覆盖您填写的内容。",
            "published", "已标记为已公开/已报送,统计数据已按公开时的台账固定。",
            "withdrawn", "已撤回为草稿,统计数据恢复为按台账实时生成。");

    private ReportViews() {
    }

    /** A generated sentence; {@code empty} marks one saying the ledger has no records. */
    record Generated(String text, boolean empty) {
    }

    /** A part as printed: its generated sentences, then the narrative's paragraphs. */
    record PartView(String key, String title, List<Generated> generated, List<String> paragraphs, boolean blank) {
    }

    /**
     * A part in the edit form: the text in its box (what was typed, or what is stored), the error
     * beside it, and after a version clash the text someone else saved meanwhile ({@code newer}).
     */
    record EditPart(String key, String title, List<Generated> generated, boolean hasGenerated, String value,
                    String error, String newer) {
    }

    static List<PartView> parts(AnnualReport r) {
        List<PartView> out = new ArrayList<>();
        for (AnnualReport.Part p : r.parts()) {
            List<Generated> generated = generated(p);
            List<String> paragraphs = AnnualReport.lines(p.narrative());
            out.add(new PartView(p.part().key(), p.part().title(), generated, paragraphs,
                    generated.isEmpty() && paragraphs.isEmpty()));
        }
        return out;
    }

    /** @param newer the report as stored after a version clash, or null */
    static List<EditPart> editParts(AnnualReport r, FormState form, AnnualReport newer) {
        List<EditPart> out = new ArrayList<>();
        for (AnnualReport.Part p : r.parts()) {
            String key = p.part().key();
            List<Generated> generated = generated(p);
            String value = form.getV().getOrDefault(key, "");
            String theirs = newer == null ? null : newer.stored().narrative(p.part());
            out.add(new EditPart(key, p.part().title(), generated, !generated.isEmpty(), value, form.getE().get(key),
                    theirs == null || theirs.equals(value) ? null : theirs));
        }
        return out;
    }

    private static List<Generated> generated(AnnualReport.Part p) {
        return p.generated().stream().map(s -> new Generated(s.text(), !s.hasData())).toList();
    }

    /** The facts shown beside the report: status, dates, and whether the deadline has passed. */
    static Map<String, Object> status(AnnualReport r, LocalDate today) {
        boolean overdue = !r.published() && today.isAfter(r.deadline());
        return Map.of(
                "label", r.status().label(),
                "published", r.published(),
                "publishedOn", r.publishedOn() == null ? "" : r.publishedOn().toString(),
                "deadline", r.deadline().toString(),
                "deadlineText", r.deadline().getYear() + "年" + ReportDeadline.text(r.deadline()),
                "overdue", overdue,
                "signOrg", r.org().name(),
                "signDate", ReportDeadline.chineseDate(r.signedOn(today)));
    }
}
