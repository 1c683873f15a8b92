package org.fazhi.web.imports;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a refused import with every row error; more specific than the general ProblemMapper, so it wins. */
@Provider
public final class ImportRejectedMapper implements ExceptionMapper<ImportRejected> {
    @Override
    public Response toResponse(ImportRejected e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(e.problem()).build();
    }
}
