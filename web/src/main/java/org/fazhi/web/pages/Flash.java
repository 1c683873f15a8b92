package org.fazhi.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The short confirmations shown after a redirect (?msg=saved): a page's table of codes and texts; codes
 * only, so no text can be injected through the URL.
 */
public final class Flash {
    /** What the form routes of a list ask for ({@link RecordPages}): created, saved, deleted. */
    public static final Flash RECORDS = of("created", "已新建。", "saved", "已保存。", "deleted", "已删除。");
    private static final Flash ACCOUNTS = RECORDS.with("password", "密码已更新。");

    private final Map<String, String> messages;

    private Flash(Map<String, String> messages) {
        this.messages = Map.copyOf(messages);
    }

    /** A table of its own: code, text, code, text… */
    public static Flash of(String... codeAndText) {
        return new Flash(Map.of()).with(codeAndText);
    }

    /** This table and more codes (a code given again takes the new text). */
    public Flash with(String... codeAndText) {
        Map<String, String> m = new LinkedHashMap<>(messages);
        for (int i = 0; i < codeAndText.length; i += 2) {
            m.put(codeAndText[i], codeAndText[i + 1]);
        }
        return new Flash(m);
    }

    /** The text of {@code code}; null for none or an unknown one. */
    public String text(String code) {
        return code == null ? null : messages.get(code);
    }

    /** The confirmations of the units, people and accounts pages. */
    public static String message(String code) {
        return ACCOUNTS.text(code);
    }
}
