package org.fazhi.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.model.Page;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.web.auth.CurrentUser;

/** GET /api/audit: the audit log, newest first, for admins. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public record AuditResource(AuditLog audit) {
    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("username") String username,
                         @QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
                         @QueryParam("action") String action, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("limit") String limit,
                         @QueryParam("offset") String offset) {
        AuditFilter f = filter(username, entity, entityId, action, from, to);
        return Params.list(audit.find(CurrentUser.of(ctx).actor(), f, Page.parse(limit, offset)));
    }

    /** The log's filters as the API and the audit page take them (the page has no entityId: null). */
    public static AuditFilter filter(String username, String entity, String entityId, String action, String from,
                                     String to) {
        return new AuditFilter(username, entity, Params.optionalId(entityId, "entityId", "记录"),
                action == null || action.isBlank() ? null : action.strip().toUpperCase(java.util.Locale.ROOT),
                Params.optionalDate(from, "from", "开始日期"), Params.optionalDate(to, "to", "结束日期"));
    }
}
