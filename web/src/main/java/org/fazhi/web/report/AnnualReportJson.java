package org.fazhi.web.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;
import org.fazhi.report.AnnualReport;
import org.fazhi.report.ReportPart;
import org.fazhi.report.sentences.Statistic;

/** The JSON shapes of GET/PUT /api/reports/annual (docs/API.md "Reports", with extras). */
public final class AnnualReportJson {
    private AnnualReportJson() {
    }

    /**
     * {year, orgId, sections:[{title, text}], statistics:[sentence…]} as API.md has it, plus the unit's
     * name, the title, status, publishedOn, deadline, version, each section's key, generated sentences and
     * narrative apart, and every statistic with its ledger key, part and whether the ledger had data.
     */
    public record Report(int year, long orgId, String orgName, String title, String status, String statusLabel,
                         String publishedOn, String deadline, int version, List<Section> sections,
                         List<String> statistics, List<Item> statisticItems) {
        static Report of(AnnualReport r) {
            List<Section> sections = new ArrayList<>();
            for (AnnualReport.Part p : r.parts()) {
                sections.add(new Section(p.part().key(), p.part().title(), p.text(),
                        p.generated().stream().map(Statistic::text).toList(), p.narrative()));
            }
            return new Report(r.year(), r.org().id(), r.org().name(), r.title(), r.status().name(), r.status().label(),
                    r.publishedOn() == null ? null : r.publishedOn().toString(), r.deadline().toString(), r.version(),
                    sections, r.statistics().stream().map(Statistic::text).toList(),
                    r.statistics().stream().map(s -> new Item(s.key(), s.part().key(), s.text(), s.hasData())).toList());
        }
    }

    /** A part: {@code text} is the generated sentences then the narrative, one paragraph a line. */
    public record Section(String key, String title, String text, List<String> generated, String narrative) {
    }

    public record Item(String key, String part, String text, boolean hasData) {
    }

    /** PUT …/sections: {version, sections:[{key, narrative}]}; parts left out keep their text. */
    public record SectionsInput(Integer version, List<NarrativeInput> sections) {
        Map<ReportPart, String> changes() {
            if (sections == null || sections.isEmpty()) {
                throw new ValidationException("sections", "请至少提交一个部分的内容:sections:[{key, narrative}]");
            }
            Map<ReportPart, String> out = new EnumMap<>(ReportPart.class);
            for (int i = 0; i < sections.size(); i++) {
                NarrativeInput n = sections.get(i);
                if (n == null) {
                    throw new ValidationException("sections." + i, "第" + (i + 1) + "项不能为空");
                }
                ReportPart part = ReportPart.byKey(n.key(), "sections." + i + ".key");
                if (out.containsKey(part)) {
                    throw new ValidationException("sections." + i + ".key", "“" + part.title() + "”提交了两次");
                }
                out.put(part, n.narrative());
            }
            return out;
        }
    }

    public record NarrativeInput(String key, String narrative) {
    }

    /** POST …/publish and …/withdraw: {version, publishedOn}, both optional (the body too). */
    public record StatusInput(Integer version, String publishedOn) {
        java.time.LocalDate date() {
            return publishedOn == null || publishedOn.isBlank() ? null
                    : Years.parseDate(publishedOn, "publishedOn", "公开日期");
        }
    }
}
