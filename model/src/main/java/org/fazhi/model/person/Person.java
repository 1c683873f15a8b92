package org.fazhi.model.person;

import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;

/** A person of a unit: a leader (with a category) or a member of staff. */
public record Person(Long id, long orgId, String name, String position, LeaderCategory category, int version) {
    public static final int NAME_MAX = 30;
    public static final int POSITION_MAX = 60;

    public Person {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "人员"));
        name = errors.check(name, v -> Checks.requiredText(v, "name", "姓名", NAME_MAX));
        errors.check(() -> Checks.requiredRef(orgId, "orgId", "所属单位"));
        position = errors.check(position, v -> Checks.optionalText(v, "position", "职务", POSITION_MAX));
        errors.check(() -> Checks.required(category, "category", "人员类别"));
        errors.check(() -> Checks.version(version));
        errors.throwIfAny();
    }

    public static Person draft(long orgId, String name, String position, LeaderCategory category) {
        return new Person(null, orgId, name, position, category, 0);
    }

    public Person withId(long newId) {
        return new Person(newId, orgId, name, position, category, version);
    }
}
