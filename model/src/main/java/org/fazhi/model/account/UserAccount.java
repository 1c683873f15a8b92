package org.fazhi.model.account;

import java.util.regex.Pattern;
import org.fazhi.model.Checks;
import org.fazhi.model.ValidationException;

/**
 * A sign-in account. {@code orgId} scopes an organiser or viewer to that unit's subtree; an admin is
 * never scoped. The password hash is not part of it: it never leaves storage.
 */
public record UserAccount(Long id, String username, String displayName, Role role, Long orgId, boolean disabled,
                          int version) {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._\\-\\p{IsHan}]{2,32}");

    public UserAccount {
        Checks.optionalId(id, "id", "用户");
        if (username == null || username.isBlank()) {
            throw new ValidationException("username", "用户名不能为空");
        }
        username = username.strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new ValidationException("username", "用户名须为2到32个字母、数字、汉字或 . _ -");
        }
        displayName = Checks.optionalText(displayName, "displayName", "显示名称", 30);
        Checks.required(role, "role", "角色");
        Checks.optionalId(orgId, "orgId", "所属单位");
        if (role == Role.ADMIN && orgId != null) {
            throw new ValidationException("orgId", "管理员不限定单位范围,不能指定所属单位");
        }
    }

    public Actor actor() {
        return new Actor(id == null ? 0 : id, username, role, orgId);
    }

    /** Checks a new password: long enough to resist guessing, short enough for bcrypt's 72 bytes. */
    public static String checkPassword(String password) {
        if (password == null || password.length() < 8) {
            throw new ValidationException("password", "密码至少8位");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new ValidationException("password", "密码过长(最多72字节)");
        }
        if (password.isBlank()) {
            throw new ValidationException("password", "密码不能全是空格");
        }
        return password;
    }
}
