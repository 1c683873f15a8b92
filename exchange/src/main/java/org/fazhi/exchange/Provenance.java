package org.fazhi.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where received records came from, for the pages and JSON that show them: the package that wrote a record
 * (else, for a unit received by 报送, its newest package), and the set of received units a list checks its rows
 * against. Each is one query, so a page asks once, never once per row.
 */
public final class Provenance {
    private final Jdbi jdbi;
    private final Clock clock;

    public Provenance(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * A package's origin: the sending unit (the package's root as named here), when it was exported (ISO instant)
     * and the SHA-256 of the package file. What JSON carries as {@code receivedFrom}.
     */
    public record ReceivedFrom(String unit, String at, String packageSha256, String date) {
        /** The first 12 hex digits of the package's hash, as the notice shows it. */
        public String shortHash() {
            return packageSha256.substring(0, Math.min(12, packageSha256.length()));
        }

        /** "由 清河县人民政府 于 2025-01-20 报送(包 3f2a…),只读". */
        public String notice() {
            return "由 " + unit + " 于 " + date + " 报送(包 " + shortHash() + "),只读";
        }
    }

    /** The units whose data arrives by package (core's {@code received_units}): read-only here. */
    public Set<Long> receivedUnits() {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("SELECT org_id FROM received_units").mapTo(Long.class).list()));
    }

    /** Where a received unit's data came from: its newest package; empty for a unit of this instance's own. */
    public Optional<ReceivedFrom> ofUnit(long orgId) {
        return jdbi.withHandle(h -> find(h, "orgs", orgId));
    }

    /**
     * Where the record {@code id} of {@code table} came from: the package that wrote it, else — a record of a
     * received unit kept from before it was received — the unit's newest package; empty when the record is
     * this instance's own.
     */
    public Optional<ReceivedFrom> ofRecord(String table, long id, long orgId) {
        return jdbi.withHandle(h -> find(h, table, id).or(() -> find(h, "orgs", orgId)));
    }

    private Optional<ReceivedFrom> find(Handle h, String table, long id) {
        return h.createQuery("""
                        SELECT o.name, p.exported_at, p.sha256 FROM exchange_received r
                        JOIN exchange_packages p ON p.id = r.package_id JOIN orgs o ON o.id = p.root_org_id
                        WHERE r.table_name = :t AND r.row_id = :id""")
                .bind("t", table).bind("id", id)
                .map((rs, c) -> {
                    String at = rs.getString(2);
                    return new ReceivedFrom(rs.getString(1), at, rs.getString(3),
                            Instant.parse(at).atZone(clock.getZone()).toLocalDate().toString());
                }).findOne();
    }
}
