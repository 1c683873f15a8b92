package org.fazhi.model.org;

import org.fazhi.model.Coded;

/** Kinds of 单位 (model/README.md, codes). */
public enum OrgKind implements Coded {
    CITY_GOV("市人民政府"),
    COUNTY_GOV("县(市、区)人民政府"),
    DEPARTMENT("政府工作部门"),
    TOWNSHIP("乡镇人民政府/街道办事处"),
    /** Counts as county level in Wuhan's plan. */
    DEV_ZONE("开发区管委会"),
    UNIT("局属单位/机关科室"),
    OTHER("其他");

    private final String label;

    OrgKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static OrgKind parse(String value) {
        return Coded.parse(OrgKind.class, value, "kind", "单位类型");
    }
}
