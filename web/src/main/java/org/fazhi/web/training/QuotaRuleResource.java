package org.fazhi.web.training;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.QuotaRule;
import org.fazhi.training.study.QuotaRuleService;
import org.fazhi.training.study.StudyKind;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** /api/quota-rules: the study quotas as data; everyone reads them, admins change them. */
@Path("/api/quota-rules")
@Produces(MediaType.APPLICATION_JSON)
public final class QuotaRuleResource {
    private final QuotaRuleService rules;

    public QuotaRuleResource(QuotaRuleService rules) {
        this.rules = rules;
    }

    public record RuleInput(String label, List<String> kinds, String orgKind, Integer minimum, String period,
                            Integer minMinutes, Boolean active, Integer version) {
        QuotaRule toRule() {
            FieldErrors errors = new FieldErrors();
            List<StudyKind> k = errors.check(() -> {
                if (kinds == null) {
                    throw new ValidationException("kinds", "请至少选择一种学法类型");
                }
                return kinds.stream().map(StudyKind::parse).toList();
            });
            OrgKind ok = errors.check(() -> OrgKind.parse(orgKind));
            QuotaPeriod p = errors.check(() -> QuotaPeriod.parse(period));
            errors.throwIfAny();
            return new QuotaRule(null, label, k, ok, minimum == null ? 0 : minimum, p, minMinutes,
                    active == null || active, 0);
        }
    }

    @GET
    public List<QuotaRule> list() {
        return rules.all();
    }

    @GET
    @Path("{id}")
    public QuotaRule get(@PathParam("id") String id) {
        return rules.get(Params.pathId(id, "学法规则"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context ContainerRequestContext ctx, RuleInput body) {
        return Crud.created("/api/quota-rules/", rules.create(CurrentUser.of(ctx).actor(), Params.requireBody(body).toRule()), QuotaRule::id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuotaRule update(@Context ContainerRequestContext ctx, @PathParam("id") String id, RuleInput body) {
        long ruleId = Params.pathId(id, "学法规则");
        RuleInput in = Params.requireBody(body);
        return rules.update(CurrentUser.of(ctx).actor(), ruleId, in.toRule(), in.version());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, "学法规则", rules::delete);
    }
}
