package org.fazhi.model.person;

import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;

/** A person of a unit: a leader (with a category) or a member of staff. */
public record Person(Long id, long orgId, String name, String position, LeaderCategory category, int version) {
    public static final int NAME_MAX = 30;
    public static final int POSITION_MAX = 60;

    public Person {
        final Long rawId = id;
        final String rawName = name;
        final String rawPosition = position;
        final LeaderCategory rawCategory = category;
        final long rawOrg = orgId;
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(rawId, "id", "人员"));
        name = errors.check(() -> Checks.requiredText(rawName, "name", "姓名", NAME_MAX));
        errors.run(() -> {
            if (rawOrg <= 0) {
                throw new ValidationException("orgId", "所属单位不能为空");
            }
        });
        position = errors.check(() -> Checks.optionalText(rawPosition, "position", "职务", POSITION_MAX));
        errors.check(() -> Checks.required(rawCategory, "category", "人员类别"));
        if (version < 0) {
            errors.run(() -> {
                throw new ValidationException("version", "版本号不能为负数");
            });
        }
        errors.throwIfAny();
    }

    public static Person draft(long orgId, String name, String position, LeaderCategory category) {
        return new Person(null, orgId, name, position, category, 0);
    }

    public Person withId(long newId) {
        return new Person(newId, orgId, name, position, category, version);
    }
}
