package org.fazhi.storage.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fazhi.model.ValidationException;

/**
 * Tells a file's type from its first bytes (and, for Office files, from the parts inside the zip),
 * so a renamed program or web page cannot pass as a 签到表.jpg. The name must agree with the content.
 */
public final class ContentSniffer {
    private ContentSniffer() {
    }

    /** Every type {@link #sniff} knows, as a refusal offers them. */
    public static final String ANY_TYPE = "图片(jpg、png)、PDF、Word、Excel、PPT 或视频(mp4)";

    /**
     * The type of {@code bytes}, checked against the extension of {@code fileName}.
     *
     * @throws ValidationException (field "file") for an unknown type or a name that lies about the content
     */
    public static ContentType check(String fileName, byte[] bytes) {
        return check(fileName, bytes, EnumSet.allOf(ContentType.class), ANY_TYPE);
    }

    /**
     * As {@link #check(String, byte[])}, for an upload that takes fewer types than {@link #sniff} knows: a file of
     * a type not {@code taken} is refused as an unknown type is, the refusal offering {@code offered} (what that
     * upload accepts, so nobody is offered a video it will not take) and naming the file, as several may be sent
     * at once.
     */
    public static ContentType check(String fileName, byte[] bytes, Set<ContentType> taken, String offered) {
        ContentType t = sniff(bytes).filter(taken::contains).orElseThrow(() -> new ValidationException("file",
                (fileName == null ? "" : "文件“" + fileName + "”:") + "不支持的文件类型。可上传" + offered));
        if (t == ContentType.DOC && fileName != null) {
            // Old Office files share one container format; the extension tells Word from Excel from PPT.
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (ContentType legacy : new ContentType[] {ContentType.DOC, ContentType.XLS, ContentType.PPT, ContentType.WPS}) {
                if (legacy.matchesName(lower)) {
                    return legacy;
                }
            }
        }
        if (fileName != null && fileName.contains(".") && !t.matchesName(fileName)) {
            throw new ValidationException("file", "文件“" + fileName + "”的内容是" + t.label() + ",与扩展名不符");
        }
        return t;
    }

    public static Optional<ContentType> sniff(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(ContentType.JPEG);
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(ContentType.PNG);
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return Optional.of(ContentType.GIF);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of(ContentType.WEBP);
        }
        if (ascii(b, 0, "%PDF-")) {
            return Optional.of(ContentType.PDF);
        }
        if (ascii(b, 4, "ftyp")) {
            return Optional.of(ContentType.MP4);
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(ContentType.DOC);
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return office(b);
        }
        return Optional.empty();
    }

    /** An OOXML package names its main part: word/, xl/ or ppt/. Any other zip is refused. */
    private static Optional<ContentType> office(byte[] b) {
        boolean contentTypes = false;
        ContentType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
                String n = e.getName();
                if (n.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (found == null && n.startsWith("word/")) {
                    found = ContentType.DOCX;
                } else if (found == null && n.startsWith("xl/")) {
                    found = ContentType.XLSX;
                } else if (found == null && n.startsWith("ppt/")) {
                    found = ContentType.PPTX;
                }
                if (contentTypes && found != null) {
                    return Optional.of(found);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xff) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        byte[] want = s.getBytes(StandardCharsets.US_ASCII);
        return b.length >= at + want.length && Arrays.equals(b, at, at + want.length, want, 0, want.length);
    }
}
