package org.fazhi.report;

import org.fazhi.model.ValidationException;

/**
 * The five parts of a 法治政府建设年度报告, in the order 厅字〔2019〕28号 §24 prescribes. {@code key} names
 * a part in the API and in forms; the title is printed as the part's heading.
 */
public enum ReportPart {
    MEASURES("measures", "一、上一年度推进法治政府建设的主要举措和成效"),
    SHORTCOMINGS("shortcomings", "二、存在的不足和原因"),
    DUTIES("duties", "三、党政主要负责人履行推进法治建设第一责任人职责情况"),
    PLANS("plans", "四、下一年度推进法治政府建设的主要安排"),
    OTHER("other", "五、其他需要报告的情况");

    /** Room for a long part; the longest real report parts run to a few thousand characters. */
    public static final int NARRATIVE_MAX = 20_000;

    private final String key;
    private final String title;

    ReportPart(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static ReportPart byKey(String key, String field) {
        for (ReportPart p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new ValidationException(field, "没有这一部分“" + (key == null ? "" : key)
                + "”,应为 measures、shortcomings、duties、plans 或 other");
    }
}
