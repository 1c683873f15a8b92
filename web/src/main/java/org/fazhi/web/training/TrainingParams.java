package org.fazhi.web.training;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.web.api.Params;

/** Query parameters of the law-training lists, parsed with messages that name the parameter. */
public final class TrainingParams {
    private TrainingParams() {
    }

    /** The year asked for, or this year by {@code clock} (the server's). */
    public static int yearOrCurrent(String text, Clock clock) {
        return Params.yearOr(text, LocalDate.now(clock).getYear());
    }

    public static SessionFilter sessionFilter(String orgId, String year, String kind, String q) {
        return sessionFilter(orgId, year, kind, q, null);
    }

    /** {@code unitOnly=true}: the unit's own sessions, not its subtree's (the compliance board's drill-down). */
    public static SessionFilter sessionFilter(String orgId, String year, String kind, String q, String unitOnly) {
        return new SessionFilter(Params.optionalOrg(orgId), Params.optionalYear(year),
                kind == null || kind.isBlank() ? null : StudyKind.parse(kind), q,
                "true".equalsIgnoreCase(unitOnly) || "1".equals(unitOnly));
    }

    public static Track optionalTrack(String text) {
        return text == null || text.isBlank() ? null : Track.parse(text);
    }
}
