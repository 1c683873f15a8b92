package org.fazhi.training.exam;

import org.fazhi.model.Coded;

/** Who runs the pre-appointment test: the 人大常委会 before a vote, or the 组织部/司法局. */
public enum Track implements Coded {
    NPC("人大任命"),
    NON_NPC("非经人大任命");

    private final String label;

    Track(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Track parse(String value) {
        return Coded.parse(Track.class, value, "track", "测试类别");
    }
}
