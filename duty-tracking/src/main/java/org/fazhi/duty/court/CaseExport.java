package org.fazhi.duty.court;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.fazhi.duty.court.db.CourtCaseDao;
import org.fazhi.model.account.Actor;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.time.Years;
import org.fazhi.storage.Engine;
import org.fazhi.storage.core.RowStream;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Subtree;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The hearings of a filtered case list for a spreadsheet, one line per hearing (a case without
 * hearings as one line of its own), read in one query and streamed: the export of 300,000 hearings
 * never sits in memory whole. Same filter, scope and order of cases as {@link CourtCaseService#list};
 * a case's hearings follow in date order, all of them, whatever the year filter. Read as a {@link RowStream}.
 */
public final class CaseExport {
    private static final String SELECT = "SELECT c.id AS c_id, c.case_no, c.court, c.instance, c.defendant_org_id, "
            + "c.co_defendants, c.cause, c.admin_field, c.filed_on, c.outcome, c.version AS c_version, "
            + "h.id AS h_id, h.date, h.notified, h.head_appeared, h.head_name, h.head_position, h.head_category, h.spoke, "
            + "h.absence_reason, h.absence_note, h.entrusted_staff, h.lawyer_only, h.version AS h_version "
            + "FROM court_cases c ";

    private final Jdbi jdbi;
    private final Engine engine;

    CaseExport(Jdbi jdbi, Engine engine) {
        this.jdbi = jdbi;
        this.engine = engine;
    }

    /** A case and one of its hearings, or the case alone ({@code hearing} null) when it has none. */
    public record Line(CourtCase courtCase, Hearing hearing) {
    }

    /**
     * Checks the filter's unit and year now, so a refusal comes before a download starts.
     *
     * @throws org.fazhi.model.NotFoundException     for an unknown unit
     * @throws org.fazhi.model.AccessDeniedException for a unit outside the scope
     */
    public Selection select(Actor actor, CaseFilter filter) {
        if (filter.year() != null) {
            Years.check(filter.year(), "year");
        }
        Long root = jdbi.withHandle(h -> Scope.listRoot(h, actor, filter.orgId()));
        return new Selection(root, filter);
    }

    /** A checked filter: what {@link #forEach} reads. */
    public final class Selection {
        private final Long root;
        private final CaseFilter filter;

        private Selection(Long root, CaseFilter filter) {
            this.root = root;
            this.filter = filter;
        }

        /** Hands each line to {@code line} on one connection: cases as the list orders them, hearings by date. */
        public void forEach(Consumer<Line> line) {
            Subtree s = Subtree.of(root, "c.defendant_org_id");
            String sql = s.cte() + SELECT + s.join() + " LEFT JOIN court_hearings h ON h.case_id = c.id"
                    + CourtCaseDao.FILTER
                    + "ORDER BY c.filed_on IS NULL, c.filed_on DESC, c.id DESC, h.date, h.id";
            LocalDate from = filter.year() == null ? null : LocalDate.of(filter.year(), 1, 1);
            RowStream.forEach(jdbi, engine, h -> {
                Query q = h.createQuery(sql)
                        .bind("instance", filter.instance() == null ? null : filter.instance().name())
                        .bind("outcome", filter.outcome() == null ? null : filter.outcome().name())
                        .bind("q", filter.text())
                        // Typed, so that PostgreSQL knows what a null :from is.
                        .bindByType("from", from, LocalDate.class)
                        .bindByType("to", from == null ? null : from.plusYears(1), LocalDate.class);
                if (!s.cte().isEmpty()) {
                    q.bind("root", root);
                }
                return q;
            }, (rs, ctx) -> line(rs), line);
        }
    }

    private static Line line(ResultSet rs) throws SQLException {
        CourtCase c = new CourtCase(rs.getLong("c_id"), rs.getString("case_no"), rs.getString("court"),
                Instance.valueOf(rs.getString("instance")), rs.getLong("defendant_org_id"), rs.getString("co_defendants"),
                rs.getString("cause"), rs.getString("admin_field"), date(rs, "filed_on"),
                CaseOutcome.valueOf(rs.getString("outcome")), rs.getInt("c_version"));
        long hearingId = rs.getLong("h_id");
        if (rs.wasNull()) {
            return new Line(c, null);
        }
        String category = rs.getString("head_category");
        String reason = rs.getString("absence_reason");
        Hearing h = new Hearing(hearingId, c.id(), date(rs, "date"), date(rs, "notified"), rs.getBoolean("head_appeared"),
                rs.getString("head_name"), rs.getString("head_position"),
                category == null ? null : LeaderCategory.valueOf(category), rs.getBoolean("spoke"),
                reason == null ? null : AbsenceReason.valueOf(reason), rs.getString("absence_note"), rs.getString("entrusted_staff"),
                rs.getBoolean("lawyer_only"), rs.getInt("h_version"));
        return new Line(c, h);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }
}
