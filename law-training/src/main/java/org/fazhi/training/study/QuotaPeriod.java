package org.fazhi.training.study;

import org.fazhi.model.Coded;

/** Over what a study quota is counted: the year, or each quarter of it. */
public enum QuotaPeriod implements Coded {
    YEAR("每年"),
    QUARTER("每季度");

    private final String label;

    QuotaPeriod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static QuotaPeriod parse(String value) {
        return Coded.parse(QuotaPeriod.class, value, "period", "考核周期");
    }
}
