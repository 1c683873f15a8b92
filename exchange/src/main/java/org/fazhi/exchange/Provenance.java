package org.fazhi.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.OrgDao;
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
        return jdbi.withHandle(Scope::receivedUnits);
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

    /**
     * The packages that wrote the rows {@code ids} of {@code table}, by row id, in one query (a few for a very long
     * list); a row no package wrote is not in the map (for a row of a received unit, ask {@link #ofUnit} then).
     */
    public Map<Long, ReceivedFrom> ofRecords(String table, Collection<Long> ids) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, ReceivedFrom> out = new HashMap<>();
        if (all.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> {
            for (int from = 0; from < all.size(); from += 500) {
                h.createQuery(SELECT + " WHERE r.table_name = :t AND r.row_id IN (<ids>)")
                        .bind("t", table).bindList("ids", all.subList(from, Math.min(all.size(), from + 500)))
                        .map((rs, c) -> Map.entry(rs.getLong(4), origin(rs)))
                        .forEach(e -> out.put(e.getKey(), e.getValue()));
            }
        });
        return out;
    }

    /**
     * The units whose data comes by 报送 that bear on the subtree of {@code orgId} (in it, or above it) and have sent
     * no package for {@code year}, by name: those in the subtree among {@code visible} (the reader's units; null: all),
     * and those above it. The subtree's figures for
     * that year hold only what those units' earlier packages carried into it (a case filed the year before and
     * heard in this one), so they are not the year's whole figures.
     *
     * @param orgId the subtree's root; null for every unit in {@code visible}
     */
    public List<String> unreported(Long orgId, int year, Set<Long> visible) {
        return jdbi.withHandle(h -> {
            OrgDao orgs = h.attach(OrgDao.class);
            return h.createQuery("""
                            SELECT o.id, o.name FROM orgs o WHERE o.id IN (SELECT root_org_id FROM exchange_packages)
                            AND NOT EXISTS (SELECT 1 FROM exchange_packages p WHERE p.root_org_id = o.id AND p.year = :year)
                            ORDER BY o.id""")
                    .bind("year", year).map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                    .filter(u -> orgId == null || orgs.isWithin(u.getKey(), orgId) || orgs.isWithin(orgId, u.getKey()))
                    // A unit above the subtree may be named to a reader who does not see it: the subtree's records
                    // came in its packages, and their 报送 notice names it already.
                    .filter(u -> visible == null || visible.contains(u.getKey()) || (orgId != null && orgs.isWithin(orgId, u.getKey())))
                    .map(Map.Entry::getValue).toList();
        });
    }

    private static final String SELECT = """
            SELECT o.name, p.exported_at, p.sha256, r.row_id FROM exchange_received r
            JOIN exchange_packages p ON p.id = r.package_id JOIN orgs o ON o.id = p.root_org_id""";

    private Optional<ReceivedFrom> find(Handle h, String table, long id) {
        return h.createQuery(SELECT + " WHERE r.table_name = :t AND r.row_id = :id")
                .bind("t", table).bind("id", id)
                .map((rs, c) -> origin(rs)).findOne();
    }

    private ReceivedFrom origin(java.sql.ResultSet rs) throws java.sql.SQLException {
        String at = rs.getString(2);
        return new ReceivedFrom(rs.getString(1), at, rs.getString(3), Instant.parse(at).atZone(clock.getZone()).toLocalDate().toString());
    }
}
