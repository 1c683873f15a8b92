package org.fazhi.web.assessment;

import static org.fazhi.web.support.Http.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.SampleFiles;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The desk page over real HTTP: the unit fills in its leaves under their headings with the live ledger figure,
 * adds a note, a link, a file and a ledger record, is refused (a score above the points, submitting with a leaf
 * unscored) with the message beside the form, submits and sees the desk locked; the reviewer deducts (the reason
 * required), opens 整改 from the deduction, returns a leaf, the unit resubmits it and the reviewer confirms. A unit
 * outside the reviewer's tree does not see the desk.
 */
class AssessmentDeskPagesTest {
    @AutoClose
    private final DeskServer s = new DeskServer();
    private final String desk = DeskPages.path(s.round.id(), s.town.id());

    static String leaf(String page, String code) {
        int at = page.indexOf("id=\"leaf-" + code + "\"");
        assertTrue(at > 0, "no leaf " + code);
        int end = page.indexOf("</section>", at);
        return page.substring(at, end);
    }

    private static String version(String html) {
        Matcher m = Pattern.compile("name=\"version\" value=\"([0-9]+)\"").matcher(html);
        assertTrue(m.find(), "a version field");
        return m.group(1);
    }

    private Http.Res post(Http who, String path, String... kv) {
        String page = who.get(desk).body();
        String[] all = new String[kv.length + 2];
        all[0] = "_csrf";
        all[1] = Forms.csrf(page);
        System.arraycopy(kv, 0, all, 2, kv.length);
        return who.form(path, fields(all));
    }

    /** The unit's version in the round, as the submit (or confirm) form carries it. */
    private String unitVersion(Http who) {
        String page = who.get(desk).body();
        int at = Math.max(page.indexOf("id=\"submit-form\""), page.indexOf("id=\"confirm-form\""));
        assertTrue(at > 0, "a submit or confirm form");
        return version(page.substring(at));
    }

    private static void redirected(Http.Res r, String msg) {
        assertEquals(303, r.status(), r.body());
        assertTrue(r.header("Location").contains("msg=" + msg), r.header("Location"));
    }

    private void score(Http who, String code, String score) {
        String v = version(leaf(who.get(desk).body(), code));
        redirected(post(who, desk + "/answers/" + code, "version", v, "selfScore", score, "explanation", "已落实"), "saved");
    }

    @Test
    void theUnitFillsInItsLeavesWithEvidenceAndSubmits() {
        s.attendedCase(s.town);
        long item = s.rectification(s.town, "规范性文件未备案");
        Http town = Forms.signedIn(s.server, "town");
        String page = town.get(desk).body();
        assertTrue(page.contains("1 制度建设") && page.contains("2 行政执法"), "the 一级 headings");
        assertTrue(page.contains("按要求完成的得满分") && page.contains("2026-03-31") && page.contains("还剩 29 天"),
                "the standard and the deadline with the days left");
        String bound = leaf(page, "2.2");
        assertTrue(bound.contains("负责人出庭率") && bound.contains("100.0%") && bound.contains("class=\"suggested\">4<")
                && bound.contains("href=\"/court-cases?orgId"), bound);
        assertTrue(leaf(page, "1.2").contains("<option value=\"rectification:" + item + "\""), "the record picker");
        assertFalse(leaf(page, "2.1").contains("upload-form"), "2.1 takes links only");

        String v = version(leaf(page, "1.1"));
        Http.Res over = post(town, desk + "/answers/1.1", "version", v, "selfScore", "7", "explanation", "超过满分");
        assertEquals(400, over.status());
        String refused = leaf(over.body(), "1.1");
        assertTrue(refused.contains("field-error") && refused.contains("超过满分"), "the message beside the field, as typed");
        score(town, "1.1", "5.5");
        assertTrue(town.get(desk + "?msg=saved").body().contains("自评已保存"));

        redirected(post(town, desk + "/answers/1.1/evidence/note", "title", "审核情况说明", "text", "全年审核12件"), "added");
        Http.Res wrongKind = post(town, desk + "/answers/2.1/evidence/note", "title", "说明", "text", "无");
        assertEquals(400, wrongKind.status(), "2.1 takes links only");
        assertTrue(leaf(wrongKind.body(), "2.1").contains("role=\"alert\""), "the refusal shown at the leaf");
        redirected(post(town, desk + "/answers/2.1/evidence/link", "title", "执法公示栏目", "url", "https://www.qinghe.gov.cn/zfgs/"),
                "added");
        redirected(post(town, desk + "/answers/1.2/evidence/record", "ref", "rectification:" + item), "added");
        String csrf = Forms.csrf(town.get(desk).body());
        HttpResponse<String> up = Forms.multipart(town, desk + "/answers/1.1/evidence?_csrf=" + csrf, "----desk",
                "审核台账.pdf", "application/pdf", SampleFiles.PDF, "title", "规范性文件审核台账");
        assertEquals(303, up.statusCode(), up.body());
        page = town.get(desk).body();
        assertTrue(leaf(page, "1.1").contains("规范性文件审核台账") && leaf(page, "1.1").contains("全年审核12件"));
        assertTrue(leaf(page, "1.2").contains("规范性文件未备案") && leaf(page, "2.1").contains("执法公示栏目"));

        Http.Res early = post(town, desk + "/submit", "version", unitVersion(town));
        assertEquals(400, early.status());
        assertTrue(early.body().contains("未填写自评分"), "submitting with leaves unscored is refused on the page");
        score(town, "1.2", "4");
        score(town, "2.1", "6");
        score(town, "2.2", "4");
        redirected(post(town, desk + "/submit", "version", unitVersion(town)), "submitted");
        page = town.get(desk).body();
        assertTrue(page.contains("id=\"desk-locked\"") && !page.contains("answer-form") && !page.contains("evidence-delete"),
                "locked after submission");
        Http.Res locked = post(town, desk + "/answers/1.1", "version", "2", "selfScore", "6");
        assertEquals(409, locked.status(), "the lock holds");
        assertTrue(leaf(locked.body(), "1.1").contains("自评内容已锁定"), "and says so at the leaf");
    }

    @Test
    void theReviewerDeductsReturnsALeafAndConfirms() {
        Http town = Forms.signedIn(s.server, "town");
        for (String[] a : new String[][] {{"1.1", "6"}, {"1.2", "4"}, {"2.1", "6"}, {"2.2", "4"}}) {
            score(town, a[0], a[1]);
        }
        Http county = Forms.signedIn(s.server, "county");
        assertFalse(county.get(desk).body().contains("review-form"), "nothing to review before submission");
        redirected(post(town, desk + "/submit", "version", unitVersion(town)), "submitted");
        assertFalse(town.get(desk).body().contains("review-form"), "the unit does not review itself");

        String page = county.get(desk).body();
        assertTrue(page.contains("review-form") && page.contains("return-form") && !page.contains("answer-form"));
        String v = version(leaf(page, "1.1"));
        Http.Res noReason = post(county, desk + "/answers/1.1/review", "version", v, "score", "4", "reason", "");
        assertEquals(400, noReason.status());
        assertTrue(leaf(noReason.body(), "1.1").contains("须填写扣分理由"), "the reason required beside the leaf");
        redirected(post(county, desk + "/answers/1.1/review", "version", v, "score", "4", "reason", "两件文件未经审核"), "reviewed");
        redirected(post(county, desk + "/answers/1.1/typical", "typical", "true"), "typical");
        redirected(post(county, desk + "/answers/1.1/rectification", "deadline", "2026-06-30"), "rectification");
        page = county.get(desk).body();
        assertTrue(leaf(page, "1.1").contains("两件文件未经审核") && leaf(page, "1.1").contains("典型经验做法"));
        assertTrue(leaf(page, "1.1").contains("href=\"/rectifications/"), "the link to the new 整改 item");

        Http.Res none = post(county, desk + "/return", "comment", "请补充");
        assertEquals(400, none.status());
        assertTrue(none.body().contains("请选择要退回补充材料的指标"));
        redirected(post(county, desk + "/return", "codes", "2.1", "comment", "请补充公示截图"), "returned");

        page = town.get(desk).body();
        assertTrue(leaf(page, "2.1").contains("请补充公示截图") && leaf(page, "2.1").contains("answer-form"), "the returned leaf opens");
        assertFalse(leaf(page, "1.2").contains("answer-form"), "the others stay locked");
        redirected(post(town, desk + "/answers/2.1/evidence/link", "title", "公示截图", "url", "https://www.qinghe.gov.cn/zfgs/1"),
                "added");
        Http.Res early = post(county, desk + "/confirm", "version", unitVersion(county));
        assertEquals(409, early.status(), "no confirmation while a leaf waits for 补充材料");
        assertTrue(early.body().contains("尚未重新提交"), early.body());
        redirected(post(town, desk + "/submit", "version", unitVersion(town)), "submitted");
        redirected(post(county, desk + "/confirm", "version", unitVersion(county)), "confirmed");
        page = county.get(desk).body();
        assertTrue(page.contains("已确认") && !page.contains("review-form"), "confirmed, read-only");
    }

    @Test
    void aUnitOutsideTheTreeDoesNotSeeTheDesk() {
        Http finance = Forms.signedIn(s.server, "finance");
        assertEquals(403, finance.get(desk).status());
        String own = finance.get(DeskPages.path(s.round.id(), s.finance.id())).body();
        assertEquals(403, finance.form(desk + "/answers/1.1", fields("_csrf", Forms.csrf(own), "selfScore", "1")).status());
    }
}
