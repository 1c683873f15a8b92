package org.fazhi.assessment.system;

import java.util.List;
import org.fazhi.model.Coded;

/**
 * The kinds of 佐证材料 an indicator asks for (漯河: 文件、图片、视频、链接、情况说明), and 台账记录: a reference to
 * one of the unit's own ledger records, picked from the ledger's list.
 */
public enum EvidenceKind implements Coded {
    FILE("文件"),
    IMAGE("图片"),
    VIDEO("视频"),
    LINK("链接"),
    NOTE("情况说明"),
    RECORD("台账记录");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static EvidenceKind parse(String value) {
        return Coded.parse(EvidenceKind.class, value, "evidenceKinds", "佐证材料类型");
    }

    /** "文件、图片、链接" or codes, separated by 、,,;; or spaces; blank is none. */
    public static List<EvidenceKind> parseList(String cell) {
        return Codes.parseList(cell, EvidenceKind::parse);
    }

    /** As the sheet writes them: "文件、图片". */
    public static String labels(List<EvidenceKind> kinds) {
        return Codes.labels(kinds);
    }
}
