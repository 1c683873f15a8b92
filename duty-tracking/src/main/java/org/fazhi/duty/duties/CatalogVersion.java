package org.fazhi.duty.duties;

import java.time.Instant;
import java.util.List;

/**
 * A published catalogue: the whole list of duties, used for plans of {@code fromYear} and later
 * until a newer version applies. Published versions are never edited.
 *
 * @param version 1, 2, … in order of publication
 */
public record CatalogVersion(long id, int version, String label, int fromYear, Instant createdAt, String createdBy,
                             List<CatalogEntry> entries) {
    public CatalogVersion {
        entries = List.copyOf(entries);
    }
}
