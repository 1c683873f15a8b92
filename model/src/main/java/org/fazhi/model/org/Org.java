package org.fazhi.model.org;

import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;

/**
 * A 单位 in the organisation tree. {@code parentId} is null for a root (a county or city government
 * at the top of the ledger). {@code version} counts edits so that two people editing the same unit
 * cannot silently overwrite each other. {@code code} is the unit's 统一社会信用代码 ({@link CreditCode}), optional
 * and unique: the key by which another instance recognises the unit in a 报送 package.
 */
public record Org(Long id, String name, OrgKind kind, Long parentId, int version, String code) {
    public static final int NAME_MAX = 60;

    public Org {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "单位"));
        name = errors.check(name, v -> Checks.requiredText(v, "name", "单位名称", NAME_MAX));
        errors.check(() -> Checks.required(kind, "kind", "单位类型"));
        errors.check(() -> Checks.optionalId(parentId, "parentId", "上级单位"));
        if (id != null && id.equals(parentId)) {
            errors.run(() -> {
                throw new ValidationException("parentId", "上级单位不能是本单位");
            });
        }
        errors.check(() -> Checks.version(version));
        code = errors.check(code, v -> CreditCode.optional(v, "code"));
        errors.throwIfAny();
    }

    /** A new unit, not yet stored, without a 统一社会信用代码. */
    public static Org draft(String name, OrgKind kind, Long parentId) {
        return draft(name, kind, parentId, null);
    }

    /** A new unit, not yet stored; {@code code} is its 统一社会信用代码 or null. */
    public static Org draft(String name, OrgKind kind, Long parentId, String code) {
        return new Org(null, name, kind, parentId, 0, code);
    }

    public Org withId(long newId) {
        return new Org(newId, name, kind, parentId, version, code);
    }
}
