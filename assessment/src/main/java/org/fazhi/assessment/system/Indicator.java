package org.fazhi.assessment.system;

import java.math.BigDecimal;
import java.util.List;
import org.fazhi.assessment.figures.LedgerBinding;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;

/**
 * One indicator of a system, as a row of the indicator sheet (编码, 上级编码, 指标名称, 评分标准, 分值, 佐证材料,
 * 适用单位, 关联台账指标). Whether it is a leaf, and its level, follow from the tree ({@link IndicatorTree}).
 *
 * @param points        what a leaf is scored out of; a parent's is the sum of its children's (null on a
 *                      parent: filled in as that sum)
 * @param evidenceKinds the kinds of 佐证材料 a leaf takes; empty: any kind
 * @param appliesTo     the unit kinds it applies to; empty: every kind (a leaf applies where it and its
 *                      parents all do)
 * @param veto          一票否决: a unit whose veto leaf is scored 0 does not meet the standard
 * @param binding       the ledger figure a leaf is bound to, or null
 */
public record Indicator(String code, String parentCode, String title, String standard, BigDecimal points,
                        List<EvidenceKind> evidenceKinds, List<OrgKind> appliesTo, boolean veto, LedgerBinding binding) {
    public static final int CODE_MAX = 20;
    public static final int TITLE_MAX = 200;
    public static final int STANDARD_MAX = 2000;

    public Indicator {
        FieldErrors errors = new FieldErrors();
        code = errors.check(code, c -> checkCode(c, "code", "编码", true));
        parentCode = errors.check(parentCode, c -> checkCode(c, "parentCode", "上级编码", false));
        title = errors.check(title, t -> Checks.requiredText(t, "title", "指标名称", TITLE_MAX));
        standard = errors.check(standard, s -> Checks.optionalText(s, "standard", "评分标准", STANDARD_MAX));
        BigDecimal p = points;
        errors.run(() -> {
            if (p != null) {
                Points.tenths(p, "points", "分值", BigDecimal.valueOf(Points.MAX));
            }
        });
        errors.throwIfAny();
        points = points == null ? null : points.setScale(1, java.math.RoundingMode.UNNECESSARY);
        evidenceKinds = evidenceKinds == null ? List.of() : List.copyOf(evidenceKinds);
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
    }

    private static String checkCode(String value, String field, String label, boolean required) {
        String c = required ? Checks.requiredText(value, field, label, CODE_MAX) : Checks.optionalText(value, field, label, CODE_MAX);
        if (c != null && !c.matches("[\\p{L}\\p{N}._\\-]+")) {
            throw new ValidationException(field, label + "“" + c + "”只能由字母、数字、点、横线组成,如 1.2.3");
        }
        return c;
    }

    /** This indicator with its points set (a parent whose points were left for the sum). */
    Indicator withPoints(BigDecimal p) {
        return new Indicator(code, parentCode, title, standard, p, evidenceKinds, appliesTo, veto, binding);
    }

    /**
     * Whether it takes evidence of this kind (any kind when none is listed). A ledger record stands in for a
     * document: a leaf taking 文件 takes 台账记录 too.
     */
    public boolean takes(EvidenceKind kind) {
        return evidenceKinds.isEmpty() || evidenceKinds.contains(kind)
                || kind == EvidenceKind.RECORD && evidenceKinds.contains(EvidenceKind.FILE);
    }
}
