package org.fazhi.web.assessment;

import static org.fazhi.web.assessment.AssessmentDeskPagesTest.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The desk's record picker over real HTTP when the unit has more records than it lists (200 a kind): the page
 * says how many more there are, a search (a plain GET form at the leaf) narrows the list to what matches, the
 * record found is referenced, and every piece of evidence shows who added it and when.
 */
class DeskRecordPickerTest {
    @AutoClose
    private final DeskServer s = new DeskServer();
    /** The town's desk in the round. */
    private final String desk = DeskPages.path(s.round.id(), s.town.id());

    /** The desk with leaf 1.2's picker searched for {@code q}. */
    private String search(Http who, String q) {
        return who.get(desk + "?leaf=1.2&recordQ=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
    }

    @Test
    void recordsBeyondTheListAreFoundBySearchAndEvidenceShowsWhoAndWhen() {
        long special = s.rectification(s.town, "特别问题:执法案卷归档不及时");
        for (int n = 1; n <= 201; n++) {
            s.rectification(s.town, "一般问题第" + n + "项");
        }
        s.rectification(s.finance, "财政局的特别问题");
        Http town = Forms.signedIn(s.server, "town");
        String picker = leaf(town.get(desk).body(), "1.2");
        assertTrue(picker.contains("name=\"recordQ\"") && picker.contains("name=\"leaf\" value=\"1.2\""), picker);
        assertTrue(picker.contains("另有 2 条未列出"), picker);

        String searched = search(town, "特别问题");
        String found = leaf(searched, "1.2");
        assertTrue(found.contains("value=\"rectification:" + special + "\""), found);
        assertFalse(found.contains("一般问题第"), "only what matches");
        assertFalse(found.contains("财政局的特别问题"), "never another unit's record");
        assertTrue(found.contains("value=\"特别问题\""), "the search stays in its field");
        assertFalse(leaf(searched, "1.1").contains("value=\"特别问题\""), "other leaves keep their own list");
        String none = leaf(search(town, "没有这种问题"), "1.2");
        assertTrue(none.contains("没有找到与“没有这种问题”相符的记录"), none);

        Http.Res added = town.form(desk + "/answers/1.2/evidence/record", Http.fields("_csrf", Forms.csrf(town.get(desk).body()),
                "ref", "rectification:" + special));
        assertEquals(303, added.status(), added.body());
        String evidence = leaf(town.get(desk).body(), "1.2");
        assertTrue(evidence.contains("特别问题:执法案卷归档不及时"), evidence);
        assertTrue(evidence.contains("<p class=\"evidence-meta\">town · 2026-03-02 10:00 添加</p>"), evidence);
    }
}
