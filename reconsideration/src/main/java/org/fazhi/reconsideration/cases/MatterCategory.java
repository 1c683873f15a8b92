package org.fazhi.reconsideration.cases;

import org.fazhi.model.Coded;

/** The kind of act a case is about, in the order of the national statistics (2023: 行政处罚 32.8 %, …). */
public enum MatterCategory implements Coded {
    PENALTY("行政处罚"),
    COMPLAINT("举报投诉处理"),
    INFORMATION("政府信息公开"),
    CONFIRMATION("行政确认"),
    NON_PERFORMANCE("不履行法定职责"),
    EXPROPRIATION("征收征用"),
    COERCION("行政强制"),
    OWNERSHIP("确权"),
    LICENSING("行政许可"),
    OTHER("其他");

    private final String label;

    MatterCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static MatterCategory parse(String value) {
        return Coded.parse(MatterCategory.class, value, "category", "事项类别");
    }
}
