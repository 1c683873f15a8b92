package org.fazhi.training.study;

import java.time.Instant;

/** A file attached to a session; the bytes live in the file store under their SHA-256. */
public record Attachment(long id, long sessionId, AttachmentKind kind, String fileName, String contentType, long size,
                         String sha256, Instant createdAt, String createdBy) {
}
