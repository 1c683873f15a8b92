package org.fazhi.web.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.web.pages.DashboardPage;

/**
 * Links from a dashboard figure to the list behind it, carrying the chosen year and unit, so the list
 * opens on exactly the records the figure counted.
 */
final class Links {
    private Links() {
    }

    /** {@code path?year=Y[&orgId=O][&k=v…]}; {@code kv} pairs with a null value are left out. */
    static String to(String path, DashboardPage.Choice c, String... kv) {
        StringBuilder b = new StringBuilder(path).append("?year=").append(c.year());
        if (c.orgId() != null) {
            b.append("&orgId=").append(c.orgId());
        }
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                b.append('&').append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }
}
