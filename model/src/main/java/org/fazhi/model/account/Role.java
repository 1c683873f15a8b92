package org.fazhi.model.account;

import org.fazhi.model.Coded;

/** What a signed-in user may do. Codes are lower case on the command line and in JSON. */
public enum Role implements Coded {
    /** Everything, including users and the audit log. */
    ADMIN("管理员"),
    /** Enters and edits ledgers, within an org subtree if scoped. */
    ORGANISER("组织者"),
    /** Reads only, within an org subtree if scoped. */
    VIEWER("查看者");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean canWrite() {
        return this != VIEWER;
    }

    public static Role parse(String value) {
        return Coded.parse(Role.class, value, "role", "角色");
    }
}
