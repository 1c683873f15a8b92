package org.fazhi.web.training;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.QuotaRule;
import org.fazhi.training.study.QuotaRuleService;
import org.fazhi.training.study.StudyKind;
import org.fazhi.web.api.RecordResource;

/** /api/quota-rules: the study quotas as data; everyone reads them, admins change them. */
@Path("/api/quota-rules")
@Produces(MediaType.APPLICATION_JSON)
public final class QuotaRuleResource extends RecordResource<QuotaRule, QuotaRuleResource.RuleInput> {
    private final QuotaRuleService rules;

    public QuotaRuleResource(QuotaRuleService rules) {
        super("学法规则", QuotaRule::id, (actor, id) -> rules.get(id), (actor, in) -> rules.create(actor, in.toRule()),
                (actor, id, in) -> rules.update(actor, id, in.toRule(), in.version()), rules::delete);
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
}
