package org.fazhi.duty.duties.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fazhi.duty.duties.DutyFrequency;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Catalogue versions and their entries; versions are only ever added. */
public interface CatalogDao {
    String VERSION_COLUMNS = "id, version, label, from_year, created_at, created_by";
    String ENTRY_COLUMNS = "id, version_id, code, title, frequency, applies_to, legal_basis, due_day, position, org_kinds";

    record VersionRow(long id, int version, String label, int fromYear, Instant createdAt, String createdBy) {
    }

    /**
     * An entry as stored; {@code appliesTo} is a JSON array of category codes, {@code orgKinds} one of unit
     * kinds, or null for every kind.
     */
    record EntryRow(long id, long versionId, String code, String title, DutyFrequency frequency, String appliesTo,
                    String legalBasis, String dueDay, int position, String orgKinds) {
    }

    /** The newest version whose first year has come by {@code year}. */
    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM duty_catalog_versions WHERE from_year <= :year "
            + "ORDER BY version DESC LIMIT 1")
    @RegisterConstructorMapper(VersionRow.class)
    Optional<VersionRow> forYear(@Bind("year") int year);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM duty_catalog_versions WHERE version = :version")
    @RegisterConstructorMapper(VersionRow.class)
    Optional<VersionRow> byNumber(@Bind("version") int version);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM duty_catalog_versions ORDER BY version DESC")
    @RegisterConstructorMapper(VersionRow.class)
    List<VersionRow> versions();

    @SqlQuery("SELECT min(from_year) FROM duty_catalog_versions")
    Optional<Integer> firstYear();

    @SqlQuery("SELECT coalesce(max(version), 0) FROM duty_catalog_versions")
    int lastNumber();

    @SqlQuery("SELECT " + ENTRY_COLUMNS + " FROM duty_catalog_entries WHERE version_id = :versionId ORDER BY position")
    @RegisterConstructorMapper(EntryRow.class)
    List<EntryRow> entries(@Bind("versionId") long versionId);

    @SqlUpdate("INSERT INTO duty_catalog_versions (version, label, from_year, created_at, created_by) "
            + "VALUES (:version, :label, :fromYear, :now, :by)")
    @GetGeneratedKeys("id")
    long insertVersion(@Bind("version") int version, @Bind("label") String label, @Bind("fromYear") int fromYear,
                       @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("INSERT INTO duty_catalog_entries (version_id, code, title, frequency, applies_to, legal_basis, due_day, position, "
            + "org_kinds) VALUES (:versionId, :code, :title, :frequency, :appliesTo, :legalBasis, :dueDay, :position, :orgKinds)")
    void insertEntry(@Bind("versionId") long versionId, @Bind("code") String code, @Bind("title") String title,
                     @Bind("frequency") String frequency, @Bind("appliesTo") String appliesTo,
                     @Bind("legalBasis") String legalBasis, @Bind("dueDay") String dueDay, @Bind("position") int position,
                     @Bind("orgKinds") String orgKinds);
}
