package org.fazhi.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.web.support.Http;

/** Reading the dashboard's HTML in {@link DashboardTest}: a figure card, a chart's SVG and data table, links, options. */
final class DashboardPage {
    private DashboardPage() {
    }

    /** The page, asserting it was served, with mustache's attribute escapes of '=' and '&' undone. */
    static String page(Http.Res res) {
        assertEquals(200, res.status(), res.body());
        return res.body().replace("&#61;", "=").replace("&amp;", "&");
    }

    /** Asserts that {@code html} holds each of {@code fragments}, showing it when one is missing. */
    static void assertShows(String html, String... fragments) {
        for (String f : fragments) {
            assertTrue(html.contains(f), () -> "no «" + f + "» in:\n" + html);
        }
    }

    /** A figure card: from its heading to the end of its article. */
    static String card(String page, String title) {
        int at = page.indexOf("<h2>" + title + " <small>");
        assertTrue(at >= 0, "no card " + title + ":\n" + page);
        return page.substring(at, page.indexOf("</article>", at));
    }

    static String figure(String page, String id) {
        int at = page.indexOf("id=\"" + id + "-figure\"");
        assertTrue(at >= 0, "no chart " + id + ":\n" + page);
        return page.substring(at, page.indexOf("</figure>", at));
    }

    static String svg(String figure) {
        int start = figure.indexOf("<svg");
        assertTrue(start >= 0, "no svg in " + figure);
        return figure.substring(start, figure.indexOf("</svg>", start) + "</svg>".length());
    }

    /** The body rows of a chart's data table: the row heading, then each cell. */
    static List<List<String>> tableRows(String figure) {
        Matcher row = Pattern.compile("<tr><th scope=\"row\">([^<]*)</th>(.*?)</tr>").matcher(figure);
        List<List<String>> out = new ArrayList<>();
        while (row.find()) {
            List<String> cells = new ArrayList<>(List.of(row.group(1)));
            Matcher cell = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            out.add(cells);
        }
        return out;
    }

    static List<String> hrefs(String page) {
        return firstGroups(Pattern.compile("href=\"([^\"]*)\""), page);
    }

    static List<String> optionValues(String page, String select) {
        Matcher open = Pattern.compile("<select name=\"" + Pattern.quote(select) + "\"[^>]*>").matcher(page);
        if (!open.find()) {
            throw new AssertionError("no <select name=\"" + select + "\"> on the page");
        }
        String box = page.substring(open.start(), page.indexOf("</select>", open.start()));
        return firstGroups(Pattern.compile("<option value=\"([^\"]*)\""), box);
    }

    /** The first group of each match, in order. */
    private static List<String> firstGroups(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
