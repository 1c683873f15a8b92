package org.fazhi.assessment.system.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Indicator systems and their indicators; a system's indicators are replaced as a whole. */
public interface IndicatorSystemDao {
    String SYSTEM_COLUMNS = "s.id, s.lineage_id, s.number, s.title, s.from_year, s.sample, s.based_on, s.owner_org_id, "
            + "s.total_tenths, (SELECT count(*) FROM assessment_rounds r WHERE r.system_id = s.id) AS rounds, s.version, "
            + "s.created_at, s.created_by, s.updated_at";
    String INDICATOR_COLUMNS = "code, parent_code, title, standard, points_tenths, evidence_kinds, applies_to, veto, binding";

    record SystemRow(long id, Long lineageId, int number, String title, int fromYear, int sample, Long basedOn,
                     Long ownerOrgId, int totalTenths, long rounds, int version, Instant createdAt, String createdBy,
                     Instant updatedAt) {
    }

    record IndicatorRow(String code, String parentCode, String title, String standard, int pointsTenths,
                        String evidenceKinds, String appliesTo, int veto, String binding) {
    }

    @SqlQuery("SELECT " + SYSTEM_COLUMNS + " FROM assessment_systems s WHERE s.id = :id")
    @RegisterConstructorMapper(SystemRow.class)
    Optional<SystemRow> find(@Bind("id") long id);

    /** Newest lineage first, each lineage's newest version first. */
    @SqlQuery("SELECT " + SYSTEM_COLUMNS + " FROM assessment_systems s ORDER BY s.lineage_id DESC, s.number DESC")
    @RegisterConstructorMapper(SystemRow.class)
    List<SystemRow> all();

    @SqlQuery("SELECT " + INDICATOR_COLUMNS + " FROM assessment_indicators WHERE system_id = :systemId ORDER BY position")
    @RegisterConstructorMapper(IndicatorRow.class)
    List<IndicatorRow> indicators(@Bind("systemId") long systemId);

    @SqlQuery("SELECT coalesce(max(number), 0) FROM assessment_systems WHERE lineage_id = :lineageId")
    int lastNumber(@Bind("lineageId") long lineageId);

    @SqlUpdate("INSERT INTO assessment_systems (lineage_id, number, title, from_year, sample, based_on, owner_org_id, "
            + "total_tenths, version, created_at, created_by, updated_at) VALUES (:lineageId, :number, :title, :fromYear, "
            + ":sample, :basedOn, :ownerOrgId, :total, 1, :now, :by, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("lineageId") Long lineageId, @Bind("number") int number, @Bind("title") String title,
                @Bind("fromYear") int fromYear, @Bind("sample") int sample, @Bind("basedOn") Long basedOn,
                @Bind("ownerOrgId") Long ownerOrgId, @Bind("total") int totalTenths, @Bind("now") Instant now,
                @Bind("by") String by);

    @SqlUpdate("UPDATE assessment_systems SET lineage_id = id WHERE id = :id")
    void startLineage(@Bind("id") long id);

    /** Only while the stored version is {@code version} and no round uses it; the rows changed (0 or 1). */
    @SqlUpdate("UPDATE assessment_systems SET title = :title, from_year = :fromYear, sample = 0, total_tenths = :total, "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version "
            + "AND NOT EXISTS (SELECT 1 FROM assessment_rounds r WHERE r.system_id = :id)")
    int update(@Bind("id") long id, @Bind("title") String title, @Bind("fromYear") int fromYear,
               @Bind("total") int totalTenths, @Bind("version") int version, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM assessment_indicators WHERE system_id = :systemId")
    void deleteIndicators(@Bind("systemId") long systemId);

    @SqlUpdate("INSERT INTO assessment_indicators (system_id, code, parent_code, position, level, leaf, title, standard, "
            + "points_tenths, evidence_kinds, applies_to, veto, binding) VALUES (:systemId, :code, :parentCode, :position, "
            + ":level, :leaf, :title, :standard, :points, :evidenceKinds, :appliesTo, :veto, :binding)")
    void insertIndicator(@Bind("systemId") long systemId, @Bind("code") String code, @Bind("parentCode") String parentCode,
                         @Bind("position") int position, @Bind("level") int level, @Bind("leaf") int leaf,
                         @Bind("title") String title, @Bind("standard") String standard, @Bind("points") int pointsTenths,
                         @Bind("evidenceKinds") String evidenceKinds, @Bind("appliesTo") String appliesTo,
                         @Bind("veto") int veto, @Bind("binding") String binding);
}
