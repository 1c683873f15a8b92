package org.fazhi.web.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.RowErrors;

/** Answers a refused import with every row error; more specific than the general ProblemMapper, so it wins. */
@Provider
public final class ImportRejectedMapper implements ExceptionMapper<ImportRejected> {
    /** {error, message, field, errors:[{row, column, message}]}, every field answered, null ones too. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Answer(String error, String message, String field, List<RowErrors.RowError> errors) {
        static Answer of(ImportProblem p) {
            return new Answer(p.error(), p.message(), p.field(), p.errors());
        }
    }

    @Override
    public Response toResponse(ImportRejected e) {
        return Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Answer.of(e.problem())).build();
    }

    /** 415 for a body that cannot be a spreadsheet, 409 for a file imported before, else 400. */
    public static int status(ImportRejected e) {
        if (ImportProblem.ALREADY_IMPORTED.equals(e.problem().error())) {
            return 409;
        }
        return ImportRejected.UNSUPPORTED.equals(e.problem().error()) ? 415 : 400;
    }
}
