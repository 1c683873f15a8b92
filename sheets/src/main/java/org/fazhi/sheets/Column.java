package org.fazhi.sheets;

import java.text.Normalizer;
import java.util.List;

/**
 * One column an import reads: its header as the templates and exports write it, other headers
 * people give it in their own ledgers, and whether a file without it is refused.
 */
public record Column(String name, boolean required, List<String> aliases) {
    public Column {
        aliases = List.copyOf(aliases);
    }

    public static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }

    /** Whether a header cell names this column, however it was typed. */
    public boolean matches(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return false;
        }
        if (h.equals(normalize(name))) {
            return true;
        }
        for (String a : aliases) {
            if (h.equals(normalize(a))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Headers as people type them: "时长（分钟）", " 单位 ", "*日期" (templates mark required columns
     * with a star) all name the same column. Full-width forms fold to half-width, spaces and stars go.
     */
    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String h = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(h.length());
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!Character.isWhitespace(c) && c != '*' && c != '\uFEFF' && c != '\u200B' && c != '\u00A0') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
