package org.fazhi.web.dashboard.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small writer of SVG markup for charts drawn on the server. Every text and attribute value goes
 * through {@link #escape}, so a unit named {@code <b>&"'} cannot break out of the markup; the page
 * inserts the result unescaped. Looks are presentation attributes (fill, stroke, font-size), which
 * the strict CSP allows where it forbids style attributes; the font is the page's own.
 */
final class Svg {
    static final String INK = "#1f2328";
    static final String MUTED = "#5c6670";
    static final String GRID = "#d8dde3";

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens the chart with its accessible name ({@code <title>}) and description ({@code <desc>}). */
    Svg(String id, int width, int height, String title, String desc) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title ")
                .append(escape(id)).append("-desc\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(desc)).append("</desc>");
    }

    /** A filled rectangle; {@code tooltip} (may be null) shows on hover. */
    Svg rect(double x, double y, double w, double h, String fill, String cssClass, String tooltip) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append('"');
        return filled("rect", fill, cssClass, tooltip);
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(escape(stroke))
                .append("\" stroke-width=\"").append(num(width)).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"5 3\"");
        }
        out.append("/>");
        return this;
    }

    /** An open path (no fill), e.g. "M 10 20 L 30 40". */
    Svg path(String d, String stroke, double width, String cssClass) {
        out.append("<path d=\"").append(escape(d)).append("\" fill=\"none\" stroke=\"").append(escape(stroke))
                .append("\" stroke-width=\"").append(num(width)).append("\" stroke-linejoin=\"round\"");
        cls(cssClass);
        out.append("/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String cssClass, String tooltip) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append('"');
        return filled("circle", fill, cssClass, tooltip);
    }

    /** Ends an open {@code element}'s start tag with its fill and class, and its {@code tooltip} (may be null). */
    private Svg filled(String element, String fill, String cssClass, String tooltip) {
        out.append(" fill=\"").append(escape(fill)).append('"');
        cls(cssClass);
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></").append(element).append('>');
        }
        return this;
    }

    /**
     * Text whose baseline is at {@code y}; {@code anchor} is start, middle or end. {@code full}, when
     * the shown text was shortened, is the whole text as a tooltip.
     */
    Svg text(double x, double y, String anchor, double size, String fill, String cssClass, String text, String full) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(escape(anchor)).append("\" font-size=\"").append(num(size)).append("\" fill=\"")
                .append(escape(fill)).append('"');
        cls(cssClass);
        out.append('>');
        if (full != null && !full.equals(text)) {
            out.append("<title>").append(escape(full)).append("</title>");
        }
        out.append(escape(text)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    private void cls(String cssClass) {
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
    }

    /** Escapes for both element text and attribute values (XML and HTML alike). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0; a pasted unit name may carry one.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Coordinates to one decimal, without a trailing ".0" and without locale digits. */
    static String num(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "0";
        }
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The width of a text at a font size: Chinese characters are square, Latin digits about 0.6 em. */
    static double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += cp >= 0x2E80 ? 1.0 : 0.6;
            i += Character.charCount(cp);
        }
        return em * size;
    }

    /** The text, shortened with "…" to fit {@code max} pixels at the font size. */
    static String fit(String text, double max, double size) {
        if (width(text, size) <= max) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        double used = width("…", size);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            double w = (cp >= 0x2E80 ? 1.0 : 0.6) * size;
            if (used + w > max) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
