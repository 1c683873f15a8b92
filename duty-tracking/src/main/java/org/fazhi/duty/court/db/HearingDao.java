package org.fazhi.duty.court.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.duty.court.Hearing;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The hearings of court cases. */
@RegisterConstructorMapper(Hearing.class)
public interface HearingDao {
    String COLUMNS = "id, case_id, date, notified, head_appeared, head_name, head_position, head_category, spoke, "
            + "absence_reason, absence_note, entrusted_staff, lawyer_only, version";

    @SqlQuery("SELECT " + COLUMNS + " FROM court_hearings WHERE id = :id")
    Optional<Hearing> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM court_hearings WHERE case_id = :caseId ORDER BY date, id")
    List<Hearing> ofCase(@Bind("caseId") long caseId);

    /** Per case: hearings recorded, whether a head appeared at one, the latest date. */
    record Tally(long caseId, int hearings, boolean appeared, LocalDate lastHearing) {
    }

    @SqlQuery("SELECT case_id, count(*) AS hearings, max(CASE WHEN " + AppearanceDao.HEAD + " THEN 1 ELSE 0 END) AS appeared, max(date) AS last_hearing "
            + "FROM court_hearings h WHERE case_id IN (<ids>) GROUP BY case_id")
    @RegisterConstructorMapper(Tally.class)
    List<Tally> tallies(@BindList("ids") List<Long> ids);

    /** The hearing dates already recorded for a case, for the import's duplicate check. */
    @SqlQuery("SELECT date FROM court_hearings WHERE case_id = :caseId")
    List<LocalDate> dates(@Bind("caseId") long caseId);

    /** The first other hearing of the case on that day (self null for a new hearing): what a hearing looks like a repeat of. */
    @SqlQuery("SELECT " + COLUMNS + " FROM court_hearings WHERE case_id = :caseId AND date = :date "
            + "AND (:self IS NULL OR id <> :self) ORDER BY id LIMIT 1")
    Optional<Hearing> sameDay(@Bind("caseId") long caseId, @Bind("date") LocalDate date, @Bind("self") Long self);

    String INSERT = "INSERT INTO court_hearings (case_id, date, notified, head_appeared, head_name, head_position, "
            + "head_category, spoke, absence_reason, absence_note, entrusted_staff, lawyer_only, version, created_at, updated_at) "
            + "VALUES (:caseId, :date, :notified, :headAppeared, :headName, :headPosition, :headCategory, :spoke, "
            + ":absenceReason, :absenceNote, :entrustedStaff, :lawyerOnly, 0, :now, :now)";

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods Hearing h, @Bind("now") Instant now);

    /** Many hearings in one prepared batch (imports). */
    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<Hearing> hearings, @Bind("now") Instant now);

    @SqlUpdate("UPDATE court_hearings SET date = :date, notified = :notified, head_appeared = :headAppeared, "
            + "head_name = :headName, head_position = :headPosition, head_category = :headCategory, spoke = :spoke, "
            + "absence_reason = :absenceReason, absence_note = :absenceNote, entrusted_staff = :entrustedStaff, lawyer_only = :lawyerOnly, "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int update(@BindMethods Hearing h, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM court_hearings WHERE id = :id")
    int delete(@Bind("id") long id);
}
