package org.fazhi.duty.lawreport;

import org.fazhi.model.Coded;

/** How a leader gave the year-end 述法 (duty-tracking/README.md). */
public enum ReportWay implements Coded {
    WRITTEN("书面述法"),
    MEETING("述职会述法"),
    COMMITTEE("委员会会议述法"),
    ON_SITE("现场点评");

    private final String label;

    ReportWay(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ReportWay parse(String value) {
        return Coded.parse(ReportWay.class, value, "way", "述法方式");
    }
}
