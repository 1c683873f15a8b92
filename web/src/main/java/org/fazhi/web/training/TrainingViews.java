package org.fazhi.web.training;

import java.math.BigDecimal;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.web.api.Params;
import org.fazhi.web.pages.Flash;

/** Small helpers the law-training pages share: number fields, query strings, labels. */
public final class TrainingViews {
    private TrainingViews() {
    }

    static int requiredInt(String text, String field, String label) {
        Integer n = Params.optionalInt(text, field, label);
        if (n == null) {
            throw new ValidationException(field, label + "不能为空");
        }
        return n;
    }

    public static String orgName(OrgTree tree, long id) {
        return tree.find(id).map(Org::name).orElse("(编号 " + id + ")");
    }

    static String percent(BigDecimal v) {
        return v == null ? "—" : v.toPlainString() + "%";
    }

    static String blankToEmpty(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    /** The confirmations a redirect may ask for; "results" counts the results saved ({@code n}). */
    static final Flash FLASH = Flash.RECORDS.with("settings", "设置已保存。");

    static String flash(String code, String count) {
        return "results".equals(code) ? resultsSaved(count) : FLASH.text(code);
    }

    private static String resultsSaved(String count) {
        Integer n = null;
        try {
            n = count == null ? null : Integer.valueOf(count);
        } catch (NumberFormatException ignored) {
            // fall back to the plain message
        }
        return n == null || n < 0 ? "成绩已保存。" : "已保存 " + n + " 条成绩。";
    }
}
