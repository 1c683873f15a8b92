package org.fazhi.web.training;

import java.math.BigDecimal;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.web.api.Params;

/** Small helpers the law-training pages share: number fields, query strings, labels. */
final class TrainingViews {
    private TrainingViews() {
    }

    static int requiredInt(String text, String field, String label) {
        Integer n = Params.optionalInt(text, field, label);
        if (n == null) {
            throw new ValidationException(field, label + "不能为空");
        }
        return n;
    }

    static String orgName(OrgTree tree, long id) {
        return tree.find(id).map(Org::name).orElse("(编号 " + id + ")");
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
