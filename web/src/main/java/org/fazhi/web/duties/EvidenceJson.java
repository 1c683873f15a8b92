package org.fazhi.web.duties;

import java.time.Instant;
import org.fazhi.duty.duties.Evidence;
import org.fazhi.duty.duties.EvidenceKind;

/**
 * A piece of evidence as the API sends it: {id, kind, title, url, sha256, effectiveDate} as
 * docs/API.md names them, plus itemId, kindLabel, text, fileName, contentType, size, createdAt,
 * createdBy. The url of a FILE is where its bytes are served.
 */
public record EvidenceJson(long id, long itemId, String kind, String kindLabel, String title, String url, String text,
                           String fileName, String contentType, Long size, String sha256, String effectiveDate,
                           Instant createdAt, String createdBy) {
    static String fileUrl(long id) {
        return "/api/duty-evidence/" + id + "/file";
    }

    public static EvidenceJson of(Evidence e) {
        String url = e.kind() == EvidenceKind.FILE ? fileUrl(e.id()) : e.url();
        return new EvidenceJson(e.id(), e.itemId(), e.kind().name(), e.kind().label(), e.title(), url, e.text(),
                e.fileName(), e.contentType(), e.size(), e.sha256(), e.effectiveDate().toString(), e.createdAt(),
                e.createdBy());
    }
}
