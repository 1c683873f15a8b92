package org.fazhi.training.study;

import org.fazhi.model.Coded;

/** Kinds of 学法 (law-training/README.md, study sessions). {@code shortLabel} is how annual reports name them. */
public enum StudyKind implements Coded {
    EXEC_MEETING("政府常务会议会前学法", "常务会议会前学法"),
    CENTRAL_GROUP("党委(党组)理论学习中心组学法", "中心组学法"),
    PARTY_GROUP("党组会前学法", "党组会前学法"),
    COLLECTIVE("领导班子集体学法", "集体学法"),
    LECTURE("法治专题讲座/培训班", "法治专题讲座"),
    WRITTEN("书面学法", "书面学法"),
    COURT_OBSERVATION("旁听庭审", "旁听庭审");

    private final String label;
    private final String shortLabel;

    StudyKind(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    @Override
    public String label() {
        return label;
    }

    public String shortLabel() {
        return shortLabel;
    }

    /** By code, full label or short label, as people type them in spreadsheets. */
    public static StudyKind parse(String value) {
        if (value != null) {
            for (StudyKind k : values()) {
                if (k.shortLabel.equals(value.strip())) {
                    return k;
                }
            }
        }
        return Coded.parse(StudyKind.class, value, "kind", "学法类型");
    }

    /**
     * The kind a unit of {@code unitKind} most likely records, as the default quota rules count them: a
     * government's 常务会议会前学法, a department's 领导班子集体学法; null where no kind is more likely (a
     * township, a 司法所 or other unit chooses itself), so that a saved session never counts towards the
     * wrong quota by default.
     */
    public static StudyKind usualFor(org.fazhi.model.org.OrgKind unitKind) {
        if (unitKind == null) {
            return null;
        }
        return switch (unitKind) {
            case CITY_GOV, COUNTY_GOV -> EXEC_MEETING;
            case DEPARTMENT -> COLLECTIVE;
            default -> null;
        };
    }
}
