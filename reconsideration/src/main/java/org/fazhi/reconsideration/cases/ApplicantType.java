package org.fazhi.reconsideration.cases;

import org.fazhi.model.Coded;

/** Who applied for reconsideration, as the statistics forms count them. */
public enum ApplicantType implements Coded {
    CITIZEN("公民"),
    LEGAL_PERSON("法人"),
    OTHER_ORG("其他组织");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ApplicantType parse(String value) {
        return Coded.parse(ApplicantType.class, value, "applicantType", "申请人类型");
    }
}
