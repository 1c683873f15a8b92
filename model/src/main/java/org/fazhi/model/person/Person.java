package org.fazhi.model.person;

import org.fazhi.model.Checks;
import org.fazhi.model.ValidationException;

/** A person of a unit: a leader (with a category) or a member of staff. */
public record Person(Long id, long orgId, String name, String position, LeaderCategory category, int version) {
    public static final int NAME_MAX = 30;
    public static final int POSITION_MAX = 60;

    public Person {
        id = Checks.optionalId(id, "id", "人员");
        if (orgId <= 0) {
            throw new ValidationException("orgId", "所属单位不能为空");
        }
        name = Checks.requiredText(name, "name", "姓名", NAME_MAX);
        position = Checks.optionalText(position, "position", "职务", POSITION_MAX);
        Checks.required(category, "category", "人员类别");
        if (version < 0) {
            throw new ValidationException("version", "版本号不能为负数");
        }
    }

    public static Person draft(long orgId, String name, String position, LeaderCategory category) {
        return new Person(null, orgId, name, position, category, 0);
    }

    public Person withId(long newId) {
        return new Person(newId, orgId, name, position, category, version);
    }
}
