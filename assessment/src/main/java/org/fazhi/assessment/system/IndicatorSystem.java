package org.fazhi.assessment.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stored indicator system: one version of a lineage (the versions copied one from another share the
 * first one's id as {@code lineageId} and are numbered 1, 2, 3…).
 *
 * @param sample     the shipped sample following the national areas: its points are placeholders, the
 *                   user's to set (no official national points exist); the first edit makes it the user's
 * @param basedOn    the version it was copied from, or null
 * @param ownerOrgId the assessing unit that keeps it, or null for the whole ledger
 * @param used       a round has been opened on it: it is never changed again (an edit stores a new version)
 * @param version    optimistic-locking version of this row
 */
public record IndicatorSystem(long id, long lineageId, int number, String title, int fromYear, boolean sample,
                              Long basedOn, Long ownerOrgId, BigDecimal total, boolean used, int version,
                              Instant createdAt, String createdBy, Instant updatedAt, List<Indicator> indicators) {
    public IndicatorSystem {
        indicators = List.copyOf(indicators);
    }

    /** The indicators as a tree (levels, leaves, applicability). */
    public IndicatorTree tree() {
        return IndicatorTree.of(indicators);
    }

    /** "示范创建指标体系(第2版)". */
    public String label() {
        return title + "(第" + number + "版)";
    }
}
