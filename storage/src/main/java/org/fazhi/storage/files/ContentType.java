package org.fazhi.storage.files;

import java.util.List;
import java.util.Locale;

/** The file types evidence and attachments may have, each recognised by its content, not its name. */
public enum ContentType {
    JPEG("image/jpeg", "图片", true, "jpg", "jpeg"),
    PNG("image/png", "图片", true, "png"),
    GIF("image/gif", "图片", true, "gif"),
    WEBP("image/webp", "图片", true, "webp"),
    PDF("application/pdf", "PDF 文档", true, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档", false, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格", false, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPT 演示文稿", false, "pptx"),
    DOC("application/msword", "Word 文档", false, "doc"),
    XLS("application/vnd.ms-excel", "Excel 表格", false, "xls"),
    PPT("application/vnd.ms-powerpoint", "PPT 演示文稿", false, "ppt"),
    WPS("application/vnd.ms-works", "WPS 文档", false, "wps", "et", "dps"),
    MP4("video/mp4", "视频", true, "mp4", "m4v", "mov");

    private final String mime;
    private final String label;
    private final boolean inline;
    private final List<String> extensions;

    ContentType(String mime, String label, boolean inline, String... extensions) {
        this.mime = mime;
        this.label = label;
        this.inline = inline;
        this.extensions = List.of(extensions);
    }

    public String mime() {
        return mime;
    }

    public String label() {
        return label;
    }

    /** Whether a browser may show it in the page (images, PDF, video) rather than download it. */
    public boolean inline() {
        return inline;
    }

    public boolean isImage() {
        return mime.startsWith("image/");
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static ContentType fromMime(String mime) {
        for (ContentType t : values()) {
            if (t.mime.equals(mime)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown stored content type " + mime);
    }
}
