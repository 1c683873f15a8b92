package org.fazhi.training.study;

import java.util.LinkedHashSet;
import java.util.List;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;

/**
 * A local study quota, kept as data because every province sets its own: units of {@code orgKind}
 * hold at least {@code minimum} sessions of {@code kinds} per {@code period}, each lasting at least
 * {@code minMinutes} when that is set (e.g. Jiangxi: 常务会议学法 每季度不少于1次, 每次不少于30分钟).
 */
public record QuotaRule(Long id, String label, List<StudyKind> kinds, OrgKind orgKind, int minimum,
                        QuotaPeriod period, Integer minMinutes, boolean active, int version) {
    public QuotaRule {
        FieldErrors errors = new FieldErrors();
        label = errors.check(label, v -> Checks.requiredText(v, "label", "规则名称", 60));
        kinds = errors.check(kinds, given -> {
            // Not contains(null): immutable lists such as List.of(…) throw on a null query.
            if (given == null || given.isEmpty() || given.stream().anyMatch(java.util.Objects::isNull)) {
                throw new ValidationException("kinds", "请至少选择一种学法类型");
            }
            return List.copyOf(new LinkedHashSet<>(given));
        });
        errors.check(() -> Checks.required(orgKind, "orgKind", "适用单位类型"));
        errors.check(() -> Checks.required(period, "period", "考核周期"));
        errors.refuseIf(minimum < 1 || minimum > 1000, "minimum", "最低次数应在1到1000之间");
        errors.refuseIf(minMinutes != null && (minMinutes < 1 || minMinutes > StudySession.MINUTES_MAX), "minMinutes",
                "每次最短时长应在1到" + StudySession.MINUTES_MAX + "分钟之间");
        errors.throwIfAny();
    }

    /** "≥4次/年" or "每季度≥1次,每次≥30分钟". */
    public String requirementText() {
        String base = period == QuotaPeriod.YEAR ? "每年不少于" + minimum + "次" : "每季度不少于" + minimum + "次";
        return minMinutes == null ? base : base + ",每次不少于" + minMinutes + "分钟";
    }
}
