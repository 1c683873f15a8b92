package org.fazhi.duty.duties;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of evidence for a duty item. A FILE has its name, sniffed type, size and SHA-256 (the
 * bytes live in the file store under that hash); a LINK its url; a NOTE its text (情况说明).
 *
 * @param effectiveDate when the evidenced work happened (the meeting, the article), not the upload day
 */
public record Evidence(long id, long itemId, EvidenceKind kind, String title, String url, String text,
                       String fileName, String contentType, Long size, String sha256, LocalDate effectiveDate,
                       Instant createdAt, String createdBy) {
}
