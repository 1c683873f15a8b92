package org.fazhi.training.study.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudySession;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Study sessions and their attendees. Lists filter by subtree ({@code <cte>}/{@code <join>}), dates, kind and text. */
@RegisterRowMapper(StudySessionMapper.class)
public interface StudySessionDao {
    String COLUMNS = "s.id, s.org_id, s.date, s.kind, s.topic, s.laws, s.lecturer, s.lecturer_unit, s.minutes, "
            + "s.expected, s.attended, s.note, s.version";
    String FILTER = " WHERE s.date >= :from AND s.date < :to AND (:kind IS NULL OR s.kind = :kind) "
            + "AND (:unit IS NULL OR s.org_id = :unit) "
            + "AND (:q IS NULL OR instr(s.topic, :q) > 0 OR instr(s.laws, :q) > 0 OR instr(coalesce(s.lecturer, ''), :q) > 0) ";
    String INSERT = "INSERT INTO study_sessions (org_id, date, kind, topic, laws, lecturer, lecturer_unit, minutes, "
            + "expected, attended, note, version, created_at, updated_at) VALUES (:orgId, :date, :kind, :topic, :laws, "
            + ":lecturer, :lecturerUnit, :minutes, :expected, :attended, :note, 0, :now, :now)";

    @SqlQuery("SELECT " + COLUMNS + " FROM study_sessions s WHERE s.id = :id")
    Optional<StudySession> find(@Bind("id") long id);

    /**
     * A page, newest first. The ids of the page are found first (from the index alone), and only those
     * rows are read whole: a page deep in a long list does not read every row it skips.
     */
    @SqlQuery("<cte> SELECT " + COLUMNS + " FROM study_sessions s WHERE s.id IN (SELECT s.id FROM study_sessions s <join>"
            + FILTER + "ORDER BY s.date DESC, s.id DESC LIMIT :limit OFFSET :offset) ORDER BY s.date DESC, s.id DESC")
    List<StudySession> page(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                            @Bind("unit") Long unit, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
                            @Bind("kind") String kind, @Bind("q") String q, @Bind("limit") int limit,
                            @Bind("offset") int offset);

    @SqlQuery("<cte> SELECT count(*) FROM study_sessions s <join>" + FILTER)
    long count(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root, @Bind("unit") Long unit,
               @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("kind") String kind, @Bind("q") String q);

    /**
     * The first stored session of the unit with the same date, kind and topic, other than {@code self}
     * (null for a new session): what a new or changed one looks like a repeat of.
     */
    @SqlQuery("SELECT " + COLUMNS + " FROM study_sessions s WHERE s.org_id = :orgId AND s.date = :date "
            + "AND s.kind = :kind AND s.topic = :topic AND (:self IS NULL OR s.id <> :self) ORDER BY s.id LIMIT 1")
    Optional<StudySession> alike(@Bind("orgId") long orgId, @Bind("date") LocalDate date, @Bind("kind") String kind,
                                 @Bind("topic") String topic, @Bind("self") Long self);

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@Bind("orgId") long orgId, @Bind("date") LocalDate date, @Bind("kind") String kind,
                @Bind("topic") String topic, @Bind("laws") String laws, @Bind("lecturer") String lecturer,
                @Bind("lecturerUnit") String lecturerUnit, @Bind("minutes") Integer minutes,
                @Bind("expected") int expected, @Bind("attended") int attended, @Bind("note") String note,
                @Bind("now") Instant now);

    @SqlUpdate("UPDATE study_sessions SET org_id = :orgId, date = :date, kind = :kind, topic = :topic, laws = :laws, "
            + "lecturer = :lecturer, lecturer_unit = :lecturerUnit, minutes = :minutes, expected = :expected, "
            + "attended = :attended, note = :note, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND version = :version")
    int update(@Bind("id") long id, @Bind("version") int version, @Bind("orgId") long orgId,
               @Bind("date") LocalDate date, @Bind("kind") String kind, @Bind("topic") String topic,
               @Bind("laws") String laws, @Bind("lecturer") String lecturer, @Bind("lecturerUnit") String lecturerUnit,
               @Bind("minutes") Integer minutes, @Bind("expected") int expected, @Bind("attended") int attended,
               @Bind("note") String note, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM study_sessions WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT person_id, name, status, guest FROM study_attendees WHERE session_id = :id ORDER BY guest, id")
    @RegisterConstructorMapper(Attendee.class)
    List<Attendee> attendees(@Bind("id") long sessionId);

    @SqlUpdate("DELETE FROM study_attendees WHERE session_id = :id")
    void deleteAttendees(@Bind("id") long sessionId);

    @SqlBatch("INSERT INTO study_attendees (session_id, person_id, name, status, guest) "
            + "VALUES (:sessionId, :personId, :name, :status, :guest)")
    void insertAttendees(@Bind("sessionId") long sessionId, @Bind("personId") List<Long> personIds,
                         @Bind("name") List<String> names, @Bind("status") List<String> statuses,
                         @Bind("guest") List<Boolean> guests);

    /** Sessions that count for a rule: per unit, kind and quarter, in one year of one subtree. */
    @SqlQuery("<cte> SELECT s.org_id, s.kind, (CAST(substr(s.date, 6, 2) AS INTEGER) + 2) / 3 AS quarter, count(*) AS n "
            + "FROM study_sessions s <join> WHERE s.date >= :from AND s.date < :to "
            + "AND (:minMinutes = 0 OR s.minutes >= :minMinutes) GROUP BY s.org_id, s.kind, quarter")
    @RegisterConstructorMapper(QuarterCount.class)
    List<QuarterCount> quarterCounts(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                                     @Bind("from") LocalDate from, @Bind("to") LocalDate to,
                                     @Bind("minMinutes") int minMinutes);

    /** One group of {@link #quarterCounts}. */
    record QuarterCount(long orgId, String kind, int quarter, int n) {
    }

    /** A year of one subtree per kind: sessions, and people expected and present summed (人次). */
    @SqlQuery("<cte> SELECT s.kind, count(*) AS sessions, coalesce(sum(s.expected), 0) AS expected, "
            + "coalesce(sum(s.attended), 0) AS attended FROM study_sessions s <join> "
            + "WHERE s.date >= :from AND s.date < :to GROUP BY s.kind")
    @RegisterConstructorMapper(KindTotal.class)
    List<KindTotal> kindTotals(@Define("cte") String cte, @Define("join") String join, @Bind("root") Long root,
                               @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** One group of {@link #kindTotals}. */
    record KindTotal(String kind, long sessions, long expected, long attended) {
    }
}
