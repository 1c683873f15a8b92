package org.fazhi.duty.lawreport;

import org.fazhi.model.Coded;

/** The 评议等次 a 述法 was given. */
public enum ReportRating implements Coded {
    EXCELLENT("优秀"),
    GOOD("良好"),
    FAIR("一般"),
    POOR("较差");

    private final String label;

    ReportRating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ReportRating parse(String value) {
        return Coded.parse(ReportRating.class, value, "rating", "评议等次");
    }
}
