package org.fazhi.duty.court;

import org.fazhi.model.Coded;

/** The 审级 of a case: each is a separate duty to appear (法释〔2020〕3号). */
public enum Instance implements Coded {
    FIRST("一审"),
    SECOND("二审"),
    RETRIAL("再审");

    private final String label;

    Instance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Instance parse(String value) {
        return Coded.parse(Instance.class, value, "instance", "审级");
    }
}
