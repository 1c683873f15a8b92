package org.fazhi.web.pages;

import org.fazhi.web.exchange.ReceivedPages;
import org.fazhi.exchange.Provenance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.CreditCode;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** /orgs: the organisation tree, with forms to add, edit and delete units. */
@Path("/orgs")
@Produces(MediaType.TEXT_HTML)
public final class OrgPages extends RecordPages<Org> {
    private final CoreServices core;
    private final Provenance provenance;

    /** @param provenance where received (报送) units came from: their rows and pages are read-only here */
    public OrgPages(CoreServices core, Provenance provenance) {
        super("单位", "/orgs", core.orgs()::get, OrgPages::fields, (actor, form) -> core.orgs().create(actor, fromForm(form)),
                (actor, id, form) -> core.orgs().update(actor, id, fromForm(form), version(form)), core.orgs()::delete);
        this.core = core;
        this.provenance = provenance;
    }

    public record Row(long id, String name, String kind, int depth, String parentName, boolean received) {
        public String indent() {
            return "d" + Math.min(depth, 8);
        }
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        Long filter = Params.optionalOrg(orgId);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        if (filter != null) {
            core.orgs().get(user.actor(), filter);
        }
        List<Row> rows = new ArrayList<>();
        java.util.Set<Long> received = provenance.receivedUnits();
        int baseDepth = filter == null ? 0 : tree.path(filter).size() - 1;
        for (OrgTree.Node n : tree.flatten()) {
            if (filter == null || tree.isWithin(n.org().id(), filter)) {
                String parent = n.org().parentId() == null ? "" : tree.find(n.org().parentId()).map(Org::name).orElse("");
                rows.add(new Row(n.org().id(), n.org().name(), n.org().kind().label(), n.depth() - baseDepth, parent,
                        received.contains(n.org().id())));
            }
        }
        return PageModel.of(user, "单位", "orgs")
                .put("rows", rows)
                .put("count", rows.size())
                .put("orgPicker", OrgPicker.filter(tree, orgId))
                .put("orgId", filter)
                .put("flash", Flash.message(msg))
                .put("receivedFrom", ReceivedPages.ofList(provenance, user.actor(), filter))
                .view("orgs");
    }

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx, @QueryParam("parentId") String parentId) {
        CurrentUser user = CurrentUser.writer(ctx);
        FormState form = FormState.empty().value("parentId", parentId == null ? "" : parentId).value("kind", "DEPARTMENT");
        return form(user, form, null);
    }

    private static FormState fields(Org org) {
        return FormState.empty().value("name", org.name()).value("kind", org.kind().name())
                .value("parentId", org.parentId()).value("version", org.version())
                .value("code", org.code() == null ? "" : org.code());
    }

    @Override
    protected String unitField() {
        return "parentId";
    }

    @Override
    protected View form(CurrentUser user, FormState form, Org editing) {
        Actor actor = user.actor();
        OrgTree tree = core.visibleOrgs().tree(actor);
        return PageModel.form(user, "新建单位", "修改单位", "orgs", form, editing)
                .put("kindOptions", Options.of(OrgKind.class, form.get("kind")))
                .put("orgPicker", OrgPicker.field(tree, form, "parentId")
                        .writable(provenance.receivedUnits()).blank(actor.scoped() ? null : "(无,作为顶层单位)"))
                .put("receivedFrom", editing == null ? null : provenance.ofUnit(editing.id()).orElse(null))
                .view("org-form");
    }

    private static Org fromForm(FormState f) {
        FieldErrors errors = new FieldErrors();
        OrgKind kind = errors.check(() -> OrgKind.parse(f.get("kind")));
        Long parentId = errors.check(() -> Params.optionalId(f.get("parentId"), "parentId", "上级单位"));
        errors.check(() -> Checks.requiredText(f.get("name"), "name", "单位名称", Org.NAME_MAX));
        String code = errors.check(() -> CreditCode.optional(f.get("code"), "code"));
        errors.throwIfAny();
        return Org.draft(f.get("name"), kind, parentId, code);
    }

    static Integer version(FormState f) {
        String v = f.get("version");
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
