package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fazhi.web.auth.FormOnce;
import org.fazhi.web.support.AdminPagesCase;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.junit.jupiter.api.Test;

/**
 * Each form is saved once: the same form sent twice — one after the other, as after Back, or both at once,
 * as a double click — makes one record and answers both with the first result.
 */
class FormOnceTest extends AdminPagesCase {
    private final long org = api.post("/api/orgs", Map.of("name", "一次县人民政府", "kind", "COUNTY_GOV")).json().get("id").asLong();

    private Map<String, String> sessionForm(String topic) {
        String html = page.get("/study-sessions/new").body();
        String once = Forms.inputValue(html, "_once");
        assertTrue(once != null && once.length() >= 16, "the form carries a one-time token");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("_csrf", Forms.csrf(html));
        f.put("_once", once);
        f.putAll(Map.of("orgId", String.valueOf(org), "date", "2024-06-01", "kind", "COLLECTIVE", "topic", topic,
                "laws", "中华人民共和国宪法", "lecturer", "王老师", "minutes", "60", "expected", "10", "attended", "9"));
        return f;
    }

    private long sessions(String topic) {
        return Long.parseLong(api.get("/api/study-sessions?limit=1&q=" + java.net.URLEncoder.encode(topic,
                java.nio.charset.StandardCharsets.UTF_8)).header("X-Total-Count"));
    }

    @Test
    void theSameFormSentAgainAnswersWithTheFirstResult() {
        Map<String, String> form = sessionForm("重复提交测试一");
        Http.Res first = page.form("/study-sessions", form);
        Http.Res again = page.form("/study-sessions", form);
        assertEquals(303, first.status(), first.body());
        assertEquals(303, again.status(), again.body());
        assertEquals(first.header("Location"), again.header("Location"), "the first record's page, both times");
        assertEquals(1, sessions("重复提交测试一"));
        // Two renders of the form are two forms: the second is not answered with the first's result, but, as
        // it looks like the stored session, asked about (可能重复,仍要保存?) and saved once confirmed.
        assertNotEquals(form.get("_once"), sessionForm("x").get("_once"));
        Map<String, String> second = sessionForm("重复提交测试一");
        Http.Res asked = page.form("/study-sessions", second);
        assertEquals(409, asked.status(), asked.body());
        assertTrue(asked.body().contains("可能重复,仍要保存?"), asked.body());
        second.put("_once", Forms.inputValue(asked.body(), "_once"));
        second.put("confirmDuplicate", "true");
        assertEquals(303, page.form("/study-sessions", second).status());
        assertEquals(2, sessions("重复提交测试一"));
    }

    /** A token once saved with one form stands for that form alone: another form sent with it does its own work. */
    @Test
    void aTokenSentWithAnotherFormIsThatFormsOwn() {
        Map<String, String> form = sessionForm("令牌只属一个表单");
        assertEquals(303, page.form("/study-sessions", form).status());
        String html = page.get("/orgs/new").body();
        Http.Res unit = page.form("/orgs", Map.of("_csrf", Forms.csrf(html), "_once", form.get("_once"),
                "name", "令牌乡人民政府", "kind", "TOWNSHIP", "parentId", String.valueOf(org)));
        assertEquals(303, unit.status(), unit.body());
        assertTrue(unit.header("Location").startsWith("/orgs"), "the unit's own result, not the session's: "
                + unit.header("Location"));
        assertEquals(1, api.get("/api/orgs").json().findValuesAsText("name").stream().filter("令牌乡人民政府"::equals).count());
    }

    @Test
    void aDoubleClickSendsTheFormTwiceAtOnceAndMakesOneRecord() throws Exception {
        Map<String, String> form = sessionForm("重复提交测试二");
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Res>> posts = List.of(two.submit(() -> {
            go.await();
            return page.form("/study-sessions", form);
        }), two.submit(() -> {
            go.await();
            return page.form("/study-sessions", form);
        }));
        go.countDown();
        Http.Res a = posts.get(0).get(30, TimeUnit.SECONDS);
        Http.Res b = posts.get(1).get(30, TimeUnit.SECONDS);
        two.shutdown();
        assertEquals(303, a.status(), a.body());
        assertEquals(303, b.status(), b.body());
        assertEquals(a.header("Location"), b.header("Location"));
        assertEquals(1, sessions("重复提交测试二"));
    }

    @Test
    void aRefusedFormCanBeCorrectedAndSentWithTheSameToken() {
        Map<String, String> form = sessionForm("重复提交测试三");
        form.put("minutes", "两小时");
        assertEquals(400, page.form("/study-sessions", form).status());
        form.put("minutes", "120");
        assertEquals(303, page.form("/study-sessions", form).status());
        assertEquals(1, sessions("重复提交测试三"));
    }

    /**
     * The page that answers a refused post gives the form back the token it was sent, so the form keeps one token
     * until it is saved: the form as first opened, sent again after Back past the refused page, is answered with the
     * save's result. The page's other forms, and the form opened afresh, get fresh tokens.
     */
    @Test
    void aRefusedFormComesBackWithTheTokenItWasSentUntilItIsSaved() {
        String html = page.get("/study-sessions/new").body();
        String token = onceOf(html, "study-form");
        Map<String, String> form = sessionForm("重复提交测试四");
        form.put("_csrf", Forms.csrf(html));
        form.put("_once", token);
        form.put("minutes", "两小时");
        Http.Res refused = page.form("/study-sessions", form);
        assertEquals(400, refused.status());
        assertEquals(token, onceOf(refused.body(), "study-form"), "the refused form comes back with its token");
        assertNotEquals(token, Forms.inputValue(refused.body(), "_once"), "the sign-out form gets a fresh one");
        assertNotEquals(token, onceOf(page.get("/study-sessions/new").body(), "study-form"), "a form opened afresh too");
        Http.Res again = page.form("/study-sessions", form);
        assertEquals(400, again.status(), "refused again, as typed");
        assertEquals(token, onceOf(again.body(), "study-form"));

        form.put("minutes", "120");
        Http.Res saved = page.form("/study-sessions", form);
        assertEquals(303, saved.status(), saved.body());
        Http.Res afterBack = page.form("/study-sessions", form);
        assertEquals(303, afterBack.status(), afterBack.body());
        assertEquals(saved.header("Location"), afterBack.header("Location"), "answered with the save's result");
        assertEquals(1, sessions("重复提交测试四"));
    }

    /** The one-time token of the form with this id: in its action's query (a file upload) or its hidden field. */
    private static String onceOf(String html, String formId) {
        int at = html.indexOf("id=\"" + formId + "\"");
        assertTrue(at >= 0, "no form " + formId + ": " + html);
        int start = html.lastIndexOf("<form", at);
        java.util.regex.Matcher query = java.util.regex.Pattern.compile("[?&;]_once=([A-Za-z0-9_-]+)")
                .matcher(html.substring(start, html.indexOf('>', at)));
        return query.find() ? query.group(1) : Forms.inputValue(html.substring(start), "_once");
    }

    /** Every form of a page, and of every page, gets a token of its own. */
    @Test
    void everyFormOfEveryPageGetsItsOwnToken() {
        java.util.Set<String> tokens = new java.util.HashSet<>();
        for (int page = 0; page < 50; page++) {
            java.util.function.Function<String, String> once = FormOnce.tokens();
            for (int form = 0; form < 2_000; form++) {
                String t = once.apply("");
                assertTrue(t.length() <= 64 && t.matches("[A-Za-z0-9_-]+"), t);
                assertTrue(tokens.add(t), "a token given twice: " + t);
            }
        }
        assertEquals(100_000, tokens.size());
    }
}
