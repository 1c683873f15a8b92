package org.fazhi.web.pages;

import java.util.Set;
import org.fazhi.exchange.Provenance;
import org.fazhi.web.exchange.ReceivedPages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.PersonService;
import org.fazhi.web.api.Params;
import org.fazhi.web.api.PersonResource;
import org.fazhi.web.auth.CurrentUser;

/** /people: people of the units, filtered by unit subtree, category and name. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
public final class PeoplePages extends RecordPages<Person> {
    private final CoreServices core;
    private final Provenance provenance;

    public PeoplePages(CoreServices core, Provenance provenance) {
        super("人员", "/people", core.people()::get, PeoplePages::fields, (actor, form) -> core.people().create(actor, fromForm(form)),
                (actor, id, form) -> core.people().update(actor, id, fromForm(form), OrgPages.version(form)),
                core.people()::delete);
        this.core = core;
        this.provenance = provenance;
    }

    /** @param received of a unit received by 报送: read-only here, tagged instead of 修改 and 删除 */
    public record Row(long id, String name, String orgName, String position, String category, boolean head,
                      boolean received) {
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("orgId") String orgId,
                     @QueryParam("category") String category, @QueryParam("q") String q,
                     @QueryParam("offset") String offset, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        PersonService.Filter f = PersonResource.filter(orgId, category, q);
        Page page = Pager.page(offset);
        PageResult<Person> result = core.people().list(user.actor(), f, page);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        Set<Long> received = ReceivedPages.ofRows(provenance, !result.items().isEmpty());
        List<Row> rows = result.items().stream().map(p -> new Row(p.id(), p.name(),
                tree.find(p.orgId()).map(Org::name).orElse(""), p.position() == null ? "" : p.position(),
                p.category().label(), p.category().isHead(), received.contains(p.orgId()))).toList();
        return PageModel.of(user, "人员", "people")
                .put("rows", rows)
                .put("pager", Pager.of(uri, page, result.total()))
                .put("orgPicker", OrgPicker.filter(tree, orgId))
                .put("categoryOptions", Options.of(LeaderCategory.class, category))
                .put("q", q)
                .put("orgId", orgId)
                .put("exportQuery", QueryString.of("orgId", orgId, "category", category, "q", q))
                .put("flash", Flash.message(msg))
                .put("receivedFrom", ReceivedPages.ofList(provenance, user.actor(), f.orgId()))
                .view("people");
    }

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId) {
        return form(CurrentUser.writer(ctx), FormState.empty().value("orgId", orgId).value("category", "STAFF"), null);
    }

    private static FormState fields(Person p) {
        return FormState.empty().value("name", p.name()).value("orgId", p.orgId())
                .value("position", p.position()).value("category", p.category().name()).value("version", p.version());
    }

    @Override
    protected String unitField() {
        return "orgId";
    }

    @Override
    protected View form(CurrentUser user, FormState form, Person editing) {
        return PageModel.form(user, "新增人员", "修改人员", "people", form, editing)
                .put("orgPicker", OrgPicker.field(core, user.actor(), form, "orgId")
                        .writable(provenance.receivedUnits()))
                .put("categoryOptions", Options.of(LeaderCategory.class, form.get("category")))
                .put("receivedFrom", editing == null ? null : provenance.ofRecord("people", editing.id(), editing.orgId()).orElse(null))
                .view("person-form");
    }

    private static Person fromForm(FormState f) {
        FieldErrors errors = new FieldErrors();
        Long orgId = errors.check(() -> Params.optionalId(f.get("orgId"), "orgId", "所属单位"));
        LeaderCategory category = errors.check(() -> LeaderCategory.parse(f.get("category")));
        Person person = errors.check(() -> Person.draft(orgId == null ? 0 : orgId, f.get("name"), f.get("position"),
                category == null ? LeaderCategory.STAFF : category));
        errors.throwIfAny();
        return person;
    }
}
