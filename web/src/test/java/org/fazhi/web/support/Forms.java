package org.fazhi.web.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a browser would from a page's HTML: hidden fields; signs in through the login form, and posts a
 * form with a file as a browser without scripts does.
 */
public final class Forms {
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private Forms() {
    }

    /** The value of the first {@code <input name="NAME">} on the page, its HTML entities decoded. */
    public static String inputValue(String html, String name) {
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            String tag = m.group();
            if (tag.contains("name=\"" + name + "\"")) {
                Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
                return v.find() ? unescape(v.group(1)) : "";
            }
        }
        throw new AssertionError("no <input name=\"" + name + "\"> on the page:\n" + html);
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s.replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        }
        m.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }

    /** The session's CSRF token, as every form of a signed-in page carries it. */
    public static String csrf(String html) {
        String token = inputValue(html, "_csrf");
        if (token.isEmpty()) {
            throw new AssertionError("empty _csrf field on the page");
        }
        return token;
    }

    /** Fetches the login page and posts its form, as a person at a browser would; returns the POST's answer. */
    public static Http.Res signIn(Http http, String username, String password, String next) {
        Http.Res page = http.get("/login" + (next == null ? "" : "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
        if (page.status() != 200) {
            throw new AssertionError("GET /login answered " + page.status());
        }
        return http.form("/login", Http.fields("_csrf", csrf(page.body()), "next", inputValue(page.body(), "next"),
                "username", username, "password", password));
    }

    /** Signs in through the login form and fails the test unless it worked. */
    public static Http signedIn(TestServer server, String username) {
        Http http = server.anonymous();
        Http.Res r = signIn(http, username, TestServer.PASSWORD, "/");
        if (r.status() != 303) {
            throw new AssertionError("sign-in as " + username + " failed: " + r.status() + "\n" + r.body());
        }
        return http;
    }

    /** The path a redirect points to, resolved against the server, as a browser would follow it. */
    public static URI location(String baseUrl, Http.Res r) {
        String loc = r.header("Location");
        if (loc == null) {
            throw new AssertionError("no Location header; status " + r.status());
        }
        return URI.create(baseUrl + "/").resolve(loc);
    }

    /**
     * Posts a multipart form with the cookies of {@code who}: the text fields (name, value pairs) first, then
     * the file in field {@code file}, as a browser without scripts sends an upload form.
     */
    public static HttpResponse<String> multipart(Http who, String path, String boundary, String fileName, String type,
                                                 byte[] file, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            if (form.put(fields[i], fields[i + 1]) != null) {
                throw new IllegalArgumentException("field " + fields[i] + " given twice");
            }
        }
        return who.multipart(path, boundary, RawClient.multipart(boundary, form, fileName, type, file)).raw();
    }
}
