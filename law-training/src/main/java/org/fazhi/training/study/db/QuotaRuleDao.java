package org.fazhi.training.study.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.QuotaRule;
import org.fazhi.training.study.StudyKind;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Quota rules; {@code kinds} is stored as a comma-separated list of codes. */
@RegisterRowMapper(QuotaRuleDao.Mapper.class)
public interface QuotaRuleDao {
    String COLUMNS = "id, label, kinds, org_kind, minimum, period, min_minutes, active, version";

    /** By unit kind's code (in code-point order on both engines, {@code CodePointOrder}), then as entered. */
    @SqlQuery("SELECT " + COLUMNS + " FROM quota_rules ORDER BY org_kind <codePointOrder>, id")
    List<QuotaRule> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM quota_rules WHERE active = 1 ORDER BY org_kind <codePointOrder>, id")
    List<QuotaRule> active();

    @SqlQuery("SELECT " + COLUMNS + " FROM quota_rules WHERE id = :id")
    Optional<QuotaRule> find(@Bind("id") long id);

    @SqlUpdate("INSERT INTO quota_rules (label, kinds, org_kind, minimum, period, min_minutes, active, version, created_at, updated_at) "
            + "VALUES (:label, :kinds, :orgKind, :minimum, :period, :minMinutes, :active, 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("label") String label, @Bind("kinds") String kinds, @Bind("orgKind") String orgKind,
                @Bind("minimum") int minimum, @Bind("period") String period, @Bind("minMinutes") Integer minMinutes,
                @Bind("active") boolean active, @Bind("now") Instant now);

    @SqlUpdate("UPDATE quota_rules SET label = :label, kinds = :kinds, org_kind = :orgKind, minimum = :minimum, "
            + "period = :period, min_minutes = :minMinutes, active = :active, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND version = :version")
    int update(@Bind("id") long id, @Bind("version") int version, @Bind("label") String label,
               @Bind("kinds") String kinds, @Bind("orgKind") String orgKind, @Bind("minimum") int minimum,
               @Bind("period") String period, @Bind("minMinutes") Integer minMinutes, @Bind("active") boolean active,
               @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM quota_rules WHERE id = :id")
    int delete(@Bind("id") long id);

    static String kinds(List<StudyKind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    final class Mapper implements RowMapper<QuotaRule> {
        @Override
        public QuotaRule map(ResultSet rs, StatementContext ctx) throws SQLException {
            int mm = rs.getInt("min_minutes");
            Integer minMinutes = rs.wasNull() ? null : mm;
            List<StudyKind> kinds = Arrays.stream(rs.getString("kinds").split(",")).map(StudyKind::valueOf).toList();
            return new QuotaRule(rs.getLong("id"), rs.getString("label"), kinds, OrgKind.valueOf(rs.getString("org_kind")),
                    rs.getInt("minimum"), QuotaPeriod.valueOf(rs.getString("period")), minMinutes,
                    rs.getInt("active") == 1, rs.getInt("version"));
        }
    }
}
