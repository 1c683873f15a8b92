package org.fazhi.report.db;

import java.time.Instant;
import java.util.Optional;
import org.fazhi.report.StoredReport;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The annual reports' narratives and status, one row per unit and year; changes check the version. */
@RegisterConstructorMapper(StoredReport.class)
public interface AnnualReportDao {
    String COLUMNS = "id, org_id, year, measures, shortcomings, duties, plans, other, status, published_on, "
            + "published_statistics, version";

    @SqlQuery("SELECT " + COLUMNS + " FROM annual_reports WHERE org_id = :orgId AND year = :year")
    Optional<StoredReport> find(@Bind("orgId") long orgId, @Bind("year") int year);

    @SqlUpdate("INSERT INTO annual_reports (org_id, year, measures, shortcomings, duties, plans, other, status, "
            + "published_on, published_statistics, version, created_at, updated_at) VALUES (:orgId, :year, :measures, "
            + ":shortcomings, :duties, :plans, :other, :status, :publishedOn, :publishedStatistics, 1, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods StoredReport r, @Bind("now") Instant now);

    @SqlUpdate("UPDATE annual_reports SET measures = :measures, shortcomings = :shortcomings, duties = :duties, "
            + "plans = :plans, other = :other, status = :status, published_on = :publishedOn, "
            + "published_statistics = :publishedStatistics, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND version = :version")
    int update(@BindMethods StoredReport r, @Bind("now") Instant now);
}
