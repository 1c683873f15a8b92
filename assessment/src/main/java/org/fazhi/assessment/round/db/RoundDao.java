package org.fazhi.assessment.round.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.assessment.round.RoundUnit;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Rounds and the units they assess. */
public interface RoundDao {
    String ROUND_COLUMNS = "r.id, r.year, r.title, r.system_id, r.org_id, o.name AS org_name, r.self_deadline, "
            + "r.review_deadline, r.pass_tenths, r.excellent_tenths, r.good_tenths, r.qualified_tenths, r.target_tenths, "
            + "r.version, r.created_at, r.created_by";
    String UNIT_COLUMNS = "u.org_id, o.name AS org_name, o.kind, u.state, u.submitted_at, u.submitted_by, u.version";

    record RoundRow(long id, int year, String title, long systemId, long orgId, String orgName, LocalDate selfDeadline,
                    LocalDate reviewDeadline, int passTenths, int excellentTenths, int goodTenths, int qualifiedTenths,
                    int targetTenths, int version, Instant createdAt, String createdBy) {
    }

    @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM assessment_rounds r JOIN orgs o ON o.id = r.org_id WHERE r.id = :id")
    @RegisterConstructorMapper(RoundRow.class)
    Optional<RoundRow> find(@Bind("id") long id);

    /** Newest year first. */
    @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM assessment_rounds r JOIN orgs o ON o.id = r.org_id "
            + "WHERE CAST(:year AS INTEGER) IS NULL OR r.year = :year ORDER BY r.year DESC, r.id DESC")
    @RegisterConstructorMapper(RoundRow.class)
    List<RoundRow> all(@Bind("year") Integer year);

    @SqlQuery("SELECT " + UNIT_COLUMNS + " FROM assessment_round_units u JOIN orgs o ON o.id = u.org_id "
            + "WHERE u.round_id = :roundId ORDER BY u.org_id")
    @RegisterConstructorMapper(RoundUnit.class)
    List<RoundUnit> units(@Bind("roundId") long roundId);

    @SqlQuery("SELECT " + UNIT_COLUMNS + " FROM assessment_round_units u JOIN orgs o ON o.id = u.org_id "
            + "WHERE u.round_id = :roundId AND u.org_id = :orgId")
    @RegisterConstructorMapper(RoundUnit.class)
    Optional<RoundUnit> unit(@Bind("roundId") long roundId, @Bind("orgId") long orgId);

    @SqlUpdate("INSERT INTO assessment_rounds (year, title, system_id, org_id, self_deadline, review_deadline, pass_tenths, "
            + "excellent_tenths, good_tenths, qualified_tenths, target_tenths, version, created_at, created_by, updated_at) "
            + "VALUES (:year, :title, :systemId, :orgId, :selfDeadline, :reviewDeadline, :pass, :excellent, :good, "
            + ":qualified, :target, 1, :now, :by, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("year") int year, @Bind("title") String title, @Bind("systemId") long systemId,
                @Bind("orgId") long orgId, @Bind("selfDeadline") LocalDate selfDeadline,
                @Bind("reviewDeadline") LocalDate reviewDeadline, @Bind("pass") int pass, @Bind("excellent") int excellent,
                @Bind("good") int good, @Bind("qualified") int qualified, @Bind("target") int target,
                @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("INSERT INTO assessment_round_units (round_id, org_id) VALUES (:roundId, :orgId)")
    void insertUnit(@Bind("roundId") long roundId, @Bind("orgId") long orgId);

    /** The reviewer confirms a submitted unit's scores; only at the version seen. */
    @SqlUpdate("UPDATE assessment_round_units SET state = 'CONFIRMED', confirmed_at = :now, confirmed_by = :by, "
            + "version = version + 1 WHERE round_id = :roundId AND org_id = :orgId AND state = 'SUBMITTED' AND version = :version")
    int confirm(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("version") int version,
                @Bind("now") Instant now, @Bind("by") String by);

    /** A resubmission of returned leaves moves the unit's version on (its state stays SUBMITTED). */
    @SqlUpdate("UPDATE assessment_round_units SET submitted_at = :now, submitted_by = :by, version = version + 1 "
            + "WHERE round_id = :roundId AND org_id = :orgId AND state = 'SUBMITTED' AND version = :version")
    int resubmit(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("version") int version,
                 @Bind("now") Instant now, @Bind("by") String by);

    /** Locks a unit's answers; only from OPEN at the version seen. The rows changed (0 or 1). */
    @SqlUpdate("UPDATE assessment_round_units SET state = 'SUBMITTED', submitted_at = :now, submitted_by = :by, "
            + "version = version + 1 WHERE round_id = :roundId AND org_id = :orgId AND state = 'OPEN' AND version = :version")
    int submit(@Bind("roundId") long roundId, @Bind("orgId") long orgId, @Bind("version") int version,
               @Bind("now") Instant now, @Bind("by") String by);
}
