package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.web.support.AdminPagesCase;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/** A delete from a filtered list comes back to that list with its filters; any other address is not followed. */
class DeleteKeepsFiltersTest extends AdminPagesCase {
    private final long org = api.post("/api/orgs", Map.of("name", "筛选县人民政府", "kind", "COUNTY_GOV")).json().get("id").asLong();

    private long session() {
        Map<String, Object> s = new HashMap<>(Map.of("orgId", org, "date", "2024-05-20", "kind", "COLLECTIVE",
                "topic", "筛选后删除", "laws", List.of("宪法"), "lecturer", "王老师", "minutes", 60, "expected", 10, "attended", 9));
        return api.post("/api/study-sessions", s).json().get("id").asLong();
    }

    private String deleteFrom(String back) {
        String csrf = Forms.csrf(page.get("/study-sessions").body());
        String path = "/study-sessions/" + session() + "/delete"
                + (back == null ? "" : "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        Http.Res r = page.form(path, Map.of("_csrf", csrf));
        assertEquals(303, r.status(), r.body());
        return r.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void theListsFiltersAreKept() {
        assertEquals("/study-sessions?year=2024&orgId=" + org + "&msg=deleted",
                deleteFrom("/study-sessions?year=2024&orgId=" + org));
        assertEquals("/study-sessions?year=2024&msg=deleted", deleteFrom("/study-sessions?year=2024&msg=saved"),
                "an old message is not carried along");
        assertEquals("/study-sessions?msg=deleted", deleteFrom(null));
    }

    @Test
    void onlyThatListIsABackAddress() {
        for (String elsewhere : List.of("/court-cases?year=2024", "https://example.com/study-sessions?x=1",
                "//example.com/study-sessions", "/study-sessions/5", "/study-sessionsX?y=1")) {
            assertEquals("/study-sessions?msg=deleted", deleteFrom(elsewhere), elsewhere);
        }
    }
}
