package org.fazhi.report;

import org.fazhi.model.Coded;

/** Where a year's report stands: being written, or published (公开) / sent up (报送) on a date. */
public enum ReportStatus implements Coded {
    DRAFT("草稿"),
    PUBLISHED("已公开/已报送");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
