package org.fazhi.web.signin;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn on the server as inline SVG (no image file, no script, nothing fetched): one path of
 * dark modules on a white square with the four-module quiet zone scanners need. It scales to any size
 * crisply, so the projector view shows the same code large.
 */
public final class QrSvg {
    private static final int QUIET = 4;

    private QrSvg() {
    }

    /** The SVG element for {@code text}, with medium error correction; {@code label} is its accessible name. */
    public static String of(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape(label) + "\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
