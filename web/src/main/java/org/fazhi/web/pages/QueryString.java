package org.fazhi.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The query of a link that keeps a list's filters. */
public final class QueryString {
    private QueryString() {
    }

    /** "k1=v1&k2=v2" of the pairs whose value is not blank, values trimmed and URL-encoded. */
    public static String of(String... kv) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null && !kv[i + 1].isBlank()) {
                b.append(b.length() == 0 ? "" : "&").append(kv[i]).append('=')
                        .append(URLEncoder.encode(kv[i + 1].strip(), StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }
}
