package org.fazhi.training.study;

import org.fazhi.model.Coded;

/** What a file attached to a session is: the materials inspections ask for. */
public enum AttachmentKind implements Coded {
    SIGN_IN("签到表"),
    PHOTO("照片"),
    SLIDES("课件"),
    SCRIPT("讲稿"),
    MINUTES("会议记录"),
    OTHER("其他材料");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static AttachmentKind parse(String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        return Coded.parse(AttachmentKind.class, value, "kind", "材料类型");
    }
}
