package org.fazhi.web.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TableStream;
import org.fazhi.web.auth.CurrentUser;

/**
 * A spreadsheet download at the {@code @Path} of its subclass: GET {@code ?format=xlsx|csv} with the
 * subclass's own filters, answered as a file (see {@link Downloads}). Each export is a root resource of its
 * own full path, so "export" is never taken for an {@code {id}} of the JSON API.
 */
public abstract class TableExport {
    /** The table for the signed-in user, from the request's parameters; filters and scope are checked here. */
    @FunctionalInterface
    public interface Table {
        TableStream of(Actor actor, Query query);
    }

    /** The request's parameters by name, as the list pages and the JSON API name them. */
    public record Query(UriInfo uri) {
        /** The first value of a query parameter; null when absent. */
        public String get(String name) {
            return uri.getQueryParameters().getFirst(name);
        }

        /** A path parameter of the subclass's {@code @Path}. */
        public String path(String name) {
            return uri.getPathParameters().getFirst(name);
        }
    }

    private final Table table;

    protected TableExport(Table table) {
        this.table = table;
    }

    /** The format is checked first; rows are produced while the answer is sent. */
    @GET
    @Produces({SheetFile.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    public Response export(@Context ContainerRequestContext ctx, @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format);
        return Downloads.of(table.of(CurrentUser.of(ctx).actor(), new Query(ctx.getUriInfo())), f);
    }
}
