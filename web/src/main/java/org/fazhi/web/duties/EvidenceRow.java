package org.fazhi.web.duties;

import java.time.ZoneId;
import org.fazhi.duty.duties.Evidence;
import org.fazhi.duty.duties.EvidenceKind;
import org.fazhi.storage.files.ContentType;

/**
 * One piece of evidence as the item page lists it. Files are served by the API's evidence file
 * address (scope-checked, sandboxed): images preview in the page, PDFs and videos open in the
 * browser, Office files download.
 */
public record EvidenceRow(long id, String kind, String title, boolean file, boolean link, boolean note, String fileUrl,
                          String fileName, String typeLabel, boolean image, boolean video, boolean opensInline,
                          String size, String url, String text, String effectiveDate, String uploadedAt,
                          String uploadedBy, String sha256, String shaShort) {
    /** How many hex digits of the hash the list shows; the whole hash is in the title and on copy. */
    static final int SHA_SHOWN = 12;

    static EvidenceRow of(Evidence e, ZoneId zone) {
        boolean file = e.kind() == EvidenceKind.FILE;
        String type = file ? e.contentType() : "";
        boolean image = type.startsWith("image/");
        boolean video = type.startsWith("video/");
        boolean pdf = type.equals("application/pdf");
        String sha = e.sha256();
        return new EvidenceRow(e.id(), e.kind().label(), e.title(), file, e.kind() == EvidenceKind.LINK,
                e.kind() == EvidenceKind.NOTE, file ? "/api/duty-evidence/" + e.id() + "/file" : null, e.fileName(),
                file ? typeLabel(type) : null, image, video, image || video || pdf, DutyViews.size(e.size()), e.url(),
                e.text(), e.effectiveDate().toString(), DutyViews.at(e.createdAt(), zone), e.createdBy(), sha,
                sha == null ? null : sha.substring(0, Math.min(SHA_SHOWN, sha.length())) + "…");
    }

    private static String typeLabel(String mime) {
        try {
            return ContentType.fromMime(mime).label();
        } catch (IllegalArgumentException e) {
            return "文件";
        }
    }
}
