package org.fazhi.training.study.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code study_sessions} row; the laws column holds a JSON array of titles. */
public final class StudySessionMapper implements RowMapper<StudySession> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    @Override
    public StudySession map(ResultSet rs, StatementContext ctx) throws SQLException {
        int minutes = rs.getInt("minutes");
        Integer m = rs.wasNull() ? null : minutes;
        return new StudySession(rs.getLong("id"), rs.getLong("org_id"), LocalDate.parse(rs.getString("date")),
                StudyKind.valueOf(rs.getString("kind")), rs.getString("topic"), laws(rs.getString("laws")),
                rs.getString("lecturer"), rs.getString("lecturer_unit"), m, rs.getInt("expected"),
                rs.getInt("attended"), rs.getString("note"), rs.getInt("version"));
    }

    public static String lawsJson(List<String> laws) {
        try {
            return JSON.writeValueAsString(laws);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> laws(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("study_sessions.laws is not a JSON array: " + json, e);
        }
    }
}
