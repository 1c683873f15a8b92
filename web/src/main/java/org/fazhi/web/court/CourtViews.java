package org.fazhi.web.court;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.Options;

/** Small helpers the court pages share: year choices, query strings, labels and confirmations. */
final class CourtViews {
    /** The confirmations a redirect may ask for; codes only, so no text can be injected through the URL. */
    static final Flash FLASH = Flash.of(
            "created", "案件已登记。可在下方录入开庭情况。",
            "saved", "已保存。",
            "deleted", "已删除。",
            "hearing-added", "开庭记录已保存。",
            "hearing-saved", "开庭记录已修改。",
            "hearing-deleted", "开庭记录已删除。",
            "settings", "设置已保存。");

    private CourtViews() {
    }

    /** 1 to {@code n} labelled with {@code suffix} (月, 季度), the chosen one marked. */
    static List<Options.Option> numbers(int n, String prefix, String suffix, Integer selected) {
        List<Options.Option> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Options.Option(String.valueOf(i), prefix + i + suffix, selected != null && selected == i));
        }
        return out;
    }

    static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    static String orgName(OrgTree tree, long id) {
        return tree.find(id).map(Org::name).orElse("(编号 " + id + ")");
    }

    /** "66.5%" with the counts, e.g. "66.5%(728/1095)", or "—" when nothing to divide. */
    static String withCounts(Percent p) {
        return p.defined() ? p.text() + "(" + p.numerator() + "/" + p.denominator() + ")" : "—";
    }

    static boolean below(BigDecimal rate, BigDecimal threshold) {
        return rate != null && threshold != null && rate.compareTo(threshold) < 0;
    }

    /** "2026年11月5日", as a 落款 dates a document. */
    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
