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

    /** Posts the delete form at {@code path} with {@code ?back=}, as app.js does from a filtered list; where it lands. */
    private String delete(String path, String back) {
        String csrf = Forms.csrf(page.get("/study-sessions").body());
        Http.Res r = page.form(path + "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8), Map.of("_csrf", csrf));
        assertEquals(303, r.status(), r.body());
        return r.header("Location").replaceAll("^https?://[^/]+", "");
    }

    private long batch() {
        return api.post("/api/test-batches", Map.of("orgId", org, "date", "2024-06-03", "track", "NON_NPC", "paper", "A"))
                .json().get("id").asLong();
    }

    @Test
    void testBatchesResultsAndLawReportsKeepTheirFiltersToo() {
        assertEquals("/tests?orgId=" + org + "&year=2024&msg=deleted",
                delete("/tests/" + batch() + "/delete", "/tests?orgId=" + org + "&year=2024"));
        assertEquals("/tests?year=2024&msg=deleted", delete("/tests/" + batch() + "/delete", "/study-sessions?year=2023"),
                "another list is no back address: the batch's year, as before");

        long b = batch();
        long result = api.post("/api/test-batches/" + b + "/results", Map.of("name", "张三", "orgId", org, "score", 80))
                .json().get("id").asLong();
        assertEquals("/tests/" + b + "?n=5&msg=deleted", delete("/tests/" + b + "/results/" + result + "/delete", "/tests/" + b + "?n=5"));

        long head = api.post("/api/people", Map.of("name", "筛选局长", "orgId", org, "position", "县长", "category", "PRINCIPAL"))
                .json().get("id").asLong();
        Http.Res report = api.post("/api/law-reports", Map.of("personId", head, "year", 2024, "way", "MEETING",
                "reportedOn", "2025-01-10"));
        assertEquals(201, report.status(), report.body());
        assertEquals("/duties/law-reports?year=2024&orgId=" + org + "&msg=deleted",
                delete("/duties/law-reports/" + report.json().get("id").asLong() + "/delete",
                        "/duties/law-reports?year=2024&orgId=" + org));
    }
}
