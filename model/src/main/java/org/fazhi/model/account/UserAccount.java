package org.fazhi.model.account;

import java.util.regex.Pattern;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;

/**
 * A sign-in account. {@code orgId} scopes an organiser or viewer to that unit's subtree; an admin is
 * never scoped. The password hash is not part of it: it never leaves storage.
 */
public record UserAccount(Long id, String username, String displayName, Role role, Long orgId, boolean disabled,
                          int version) {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._\\-\\p{IsHan}]{2,32}");

    public UserAccount {
        // Every wrong field at once: the new-account form shows them all in one go.
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.optionalId(id, "id", "用户"));
        username = errors.check(username, UserAccount::checkUsername);
        displayName = errors.check(displayName, v -> Checks.optionalText(v, "displayName", "显示名称", 30));
        errors.check(() -> Checks.required(role, "role", "角色"));
        errors.check(() -> Checks.optionalId(orgId, "orgId", "所属单位"));
        errors.refuseIf(role == Role.ADMIN && orgId != null, "orgId", "管理员不限定单位范围,不能指定所属单位");
        errors.throwIfAny();
    }

    private static String checkUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new ValidationException("username", "用户名不能为空");
        }
        String stripped = username.strip();
        if (!USERNAME.matcher(stripped).matches()) {
            throw new ValidationException("username", "用户名须为2到32个字母、数字、汉字或 . _ -");
        }
        return stripped;
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
