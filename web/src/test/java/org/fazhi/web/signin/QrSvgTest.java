package org.fazhi.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG the sign-in page shows is read back by a QR decoder (ZXing, as phone scanners use) as the address. */
class QrSvgTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int SCALE = 6;

    @Test
    void theCodeReadsBackAsTheAddress() throws Exception {
        String url = "http://192.168.1.20:8080/s/oCYKT4yPQ1pug0Ir7vIlQpJCCQ63HDES1UKP7xbOpFg";
        String svg = QrSvg.of(url, "签到二维码");
        assertEquals(url, decode(svg));
        assertTrue(svg.contains("aria-label=\"签到二维码\""));
        assertFalse(svg.contains("style="), "no inline style: the pages' CSP allows none");
    }

    @Test
    void theLabelIsEscaped() {
        assertTrue(QrSvg.of("x", "\"><script>").contains("aria-label=\"&quot;&gt;&lt;script&gt;\""));
    }

    /** Paints the SVG's modules (each a unit square of the path) into pixels and decodes them. */
    private static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        int px = size * SCALE;
        int[] pixels = new int[px * px];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher m = MODULE.matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * px + x * SCALE + dx] = 0;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(px, px, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
