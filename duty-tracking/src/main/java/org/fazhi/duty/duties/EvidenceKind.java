package org.fazhi.duty.duties;

import org.fazhi.model.Coded;

/** What proves a duty was done: a file (文件、图片、视频), a link (新闻链接) or a note (情况说明). */
public enum EvidenceKind implements Coded {
    FILE("文件"),
    LINK("链接"),
    NOTE("情况说明");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static EvidenceKind parse(String value) {
        return Coded.parse(EvidenceKind.class, value, "kind", "材料类型");
    }
}
