package org.fazhi.web.training;

import java.math.BigDecimal;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;

/** Small helpers the law-training pages share: year choices, number fields, query strings, labels. */
final class TrainingViews {
    /** The 2016 规定 made these ledgers common; earlier years are still offered when asked for. */
    static final int FIRST_YEAR = 2016;

    private TrainingViews() {
    }

    /** A whole number typed into a form; blank is null. */
    static Integer optionalInt(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, label + "必须是整数");
        }
    }

    static int requiredInt(String text, String field, String label) {
        Integer n = optionalInt(text, field, label);
        if (n == null) {
            throw new ValidationException(field, label + "不能为空");
        }
        return n;
    }

    /** A score such as 86 or 86.5; blank is null. */
    static Double optionalScore(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ValidationException(field, label + "应为数字,例如 86 或 86.5");
        }
    }

    static String orgName(OrgTree tree, long id) {
        return tree.find(id).map(Org::name).orElse("(编号 " + id + ")");
    }

    /** 86.0 → "86", 86.5 → "86.5". */
    static String score(Double d) {
        if (d == null) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal v) {
        return v == null ? "—" : v.toPlainString() + "%";
    }

    static String blankToEmpty(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    /** The messages a redirect may ask for; codes only, so no text can be injected through the URL. */
    static String flash(String code, String count) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "created" -> "已新建。";
            case "saved" -> "已保存。";
            case "deleted" -> "已删除。";
            case "results" -> {
                Integer n = null;
                try {
                    n = count == null ? null : Integer.valueOf(count);
                } catch (NumberFormatException ignored) {
                    // fall back to the plain message
                }
                yield n == null || n < 0 ? "成绩已保存。" : "已保存 " + n + " 条成绩。";
            }
            case "settings" -> "设置已保存。";
            default -> null;
        };
    }
}
