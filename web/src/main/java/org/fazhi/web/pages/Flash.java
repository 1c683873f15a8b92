package org.fazhi.web.pages;

import java.util.Map;

/** The short confirmations shown after a redirect (?msg=saved); codes only, so no text can be injected. */
public final class Flash {
    private static final Map<String, String> MESSAGES = Map.of(
            "created", "已新建。",
            "saved", "已保存。",
            "deleted", "已删除。",
            "password", "密码已更新。");

    private Flash() {
    }

    public static String message(String code) {
        return code == null ? null : MESSAGES.get(code);
    }
}
