package org.fazhi.assessment.figures;

import java.util.Objects;

/**
 * The ledger list page a figure comes from, filtered: which ledger, the unit and the year. The server
 * maps it to the list's address; this module names no URL.
 *
 * @param unitOnly the unit's own records rather than its subtree's (the 学法 quota counts a unit's own
 *                 sessions, so its list is filtered the same way)
 */
public record LedgerList(RecordKind kind, long orgId, int year, boolean unitOnly) {
    public LedgerList {
        Objects.requireNonNull(kind, "kind");
    }
}
