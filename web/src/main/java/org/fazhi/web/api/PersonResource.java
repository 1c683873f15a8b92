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
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.storage.core.PersonService;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.CoreTables;
import org.fazhi.web.export.Downloads;

/** /api/people: {id, name, orgId, position, category, version}. */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
public final class PersonResource extends RecordResource<Person, PersonResource.PersonInput> {
    private final PersonService people;
    private final CoreTables tables;

    public PersonResource(PersonService people, CoreTables tables) {
        super("人员", Person::id, people::get, (actor, in) -> people.create(actor, in.toPerson()),
                (actor, id, in) -> people.update(actor, id, in.toPerson(), in.version()), people::delete);
        this.people = people;
        this.tables = tables;
    }

    public record PersonInput(String name, Long orgId, String position, String category, Integer version) {
        Person toPerson() {
            return Person.draft(orgId == null ? 0 : orgId, name, position, LeaderCategory.parse(category));
        }
    }

    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("category") String category, @QueryParam("q") String q,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return Params.list(people.list(CurrentUser.of(ctx).actor(), filter(orgId, category, q), Page.parse(limit, offset)));
    }

    /** GET /api/people/export?format=xlsx|csv with the list's filters. */
    @GET
    @Path("export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    public Response export(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                           @QueryParam("category") String category, @QueryParam("q") String q,
                           @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format);
        return Downloads.of(tables.people(CurrentUser.of(ctx).actor(), filter(orgId, category, q)), f);
    }

    /** The list's filters as the API, its export and the people page take them. */
    public static PersonService.Filter filter(String orgId, String category, String q) {
        return new PersonService.Filter(Params.optionalOrg(orgId),
                category == null || category.isBlank() ? null : LeaderCategory.parse(category), q);
    }
}
