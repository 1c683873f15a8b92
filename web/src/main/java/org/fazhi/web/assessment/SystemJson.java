package org.fazhi.web.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.assessment.figures.LedgerBinding;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.Coded;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;

/** Indicator systems as /api/indicator-systems sends and receives them (docs/API.md, section assessment). */
final class SystemJson {
    private SystemJson() {
    }

    /**
     * One indicator: {code, parentCode, title, standard, points, evidenceKinds, appliesTo, metric, veto} as
     * docs/API.md names them, plus rule (the binding's scoring rule, e.g. "达到90%得满分"; null: 按比例); veto may be left out (no).
     */
    record IndicatorJson(String code, String parentCode, String title, String standard, BigDecimal points,
                         List<String> evidenceKinds, List<String> appliesTo, String metric, String rule, Boolean veto) {
        static IndicatorJson of(Indicator i) {
            LedgerBinding b = i.binding();
            String cell = b == null ? null : b.cell();
            return new IndicatorJson(i.code(), i.parentCode(), i.title(), i.standard(), i.points(),
                    i.evidenceKinds().stream().map(Enum::name).toList(), i.appliesTo().stream().map(Enum::name).toList(),
                    b == null ? null : b.figure().name(), cell == null || !cell.contains(";") ? null : cell.substring(cell.indexOf(';') + 1),
                    i.veto());
        }

        /** The indicator; every wrong field is named without the item prefix (the caller adds it). */
        Indicator toIndicator() {
            FieldErrors errors = new FieldErrors();
            List<EvidenceKind> kinds = errors.check(() -> evidenceKinds == null ? List.of()
                    : evidenceKinds.stream().map(k -> Coded.parse(EvidenceKind.class, k, "evidenceKinds", "佐证材料")).toList());
            List<OrgKind> orgKinds = errors.check(() -> appliesTo == null ? List.of()
                    : appliesTo.stream().map(k -> Coded.parse(OrgKind.class, k, "appliesTo", "适用单位")).toList());
            LedgerBinding binding = errors.check(() -> {
                try {
                    return LedgerBinding.parse(metric == null || metric.isBlank() ? null
                            : rule == null || rule.isBlank() ? metric : metric + ";" + rule).orElse(null);
                } catch (ValidationException e) {
                    throw new ValidationException("metric", e.getMessage());
                }
            });
            Indicator i = errors.check(() -> new Indicator(code, parentCode, title, standard, points, kinds, orgKinds, Boolean.TRUE.equals(veto), binding));
            errors.throwIfAny();
            return i;
        }
    }

    /** A stored version: id, lineageId, number (第N版), label, sample, basedOn, used, total, version, indicators. */
    record Summary(long id, long lineageId, int number, String title, String label, int fromYear, boolean sample,
                   Long basedOn, Long ownerOrgId, BigDecimal total, boolean used, int version, Instant createdAt,
                   String createdBy, Instant updatedAt, int indicatorCount, List<IndicatorJson> indicators) {
        static Summary of(IndicatorSystem s) {
            return new Summary(s.id(), s.lineageId(), s.number(), s.title(), s.label(), s.fromYear(), s.sample(), s.basedOn(),
                    s.ownerOrgId(), s.total(), s.used(), s.version(), s.createdAt(), s.createdBy(), s.updatedAt(),
                    s.indicators().size(), s.indicators().stream().map(IndicatorJson::of).toList());
        }
    }

    /** POST {title, fromYear, ownerOrgId?, indicators:[…]}; PUT adds {version}. */
    record SystemInput(String title, Integer fromYear, Long ownerOrgId, List<IndicatorJson> indicators, Integer version) {
        /** The indicators, each wrong one named by its place: "indicators.2.points", "第3项指标:…". */
        List<Indicator> toIndicators() {
            if (indicators == null || indicators.isEmpty()) {
                throw new ValidationException("indicators", "请至少填写一项指标");
            }
            List<Indicator> out = new ArrayList<>();
            List<ValidationException> problems = new ArrayList<>();
            for (int n = 0; n < indicators.size(); n++) {
                IndicatorJson item = indicators.get(n);
                String at = "indicators." + n;
                if (item == null) {
                    problems.add(new ValidationException(at, "第" + (n + 1) + "项指标为空"));
                    continue;
                }
                try {
                    out.add(item.toIndicator());
                } catch (ValidationException v) {
                    for (ValidationException p : v.all()) {
                        problems.add(new ValidationException(at + "." + p.field(), "第" + (n + 1) + "项指标:" + p.getMessage()));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return out;
        }
    }
}
