package org.fazhi.model.person;

import org.fazhi.model.Coded;

/** Leader categories of a 负责人 (model/README.md, codes). */
public enum LeaderCategory implements Coded {
    PRINCIPAL("正职(主要负责人)"),
    DEPUTY("副职"),
    DEPUTY_IN_CHARGE("分管副职级负责人"),
    OTHER_IN_CHARGE("其他参与分管的负责人"),
    /** Counts as a head for city-level governments under Jiangsu's rule. */
    SECRETARY_GENERAL("秘书长"),
    /** Not a head: cannot stand in for one in court. */
    STAFF("工作人员");

    private final String label;

    LeaderCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a person of this category is a 负责人 (counts for court appearance and duties). */
    public boolean isHead() {
        return this != STAFF;
    }

    public static LeaderCategory parse(String value) {
        return Coded.parse(LeaderCategory.class, value, "category", "人员类别");
    }
}
