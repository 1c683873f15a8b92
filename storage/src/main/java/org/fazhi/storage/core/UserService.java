package org.fazhi.storage.core;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.core.db.SessionDao;
import org.fazhi.storage.core.db.UserDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Accounts: created by an admin or on the command line; there is no default password. */
public final class UserService extends LedgerService {
    static final String ENTITY = "user";

    public UserService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    public UserAccount create(Actor actor, UserAccount draft, String password) {
        Scope.requireAdmin(actor);
        String hash = Passwords.hash(UserAccount.checkPassword(password));
        return jdbi.inTransaction(h -> {
            UserDao dao = h.attach(UserDao.class);
            if (dao.findByName(draft.username()).isPresent()) {
                throw new ConflictException("username", "用户名“" + draft.username() + "”已存在");
            }
            checkOrg(h, draft.orgId());
            long id = dao.insert(draft, hash, now());
            UserAccount stored = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.CREATE, ENTITY, id, stored.orgId(),
                    "新建账号“" + stored.username() + "”(" + stored.role().label() + ")", null, stored);
            return stored;
        });
    }

    public List<UserAccount> list(Actor actor) {
        Scope.requireAdmin(actor);
        return jdbi.withHandle(h -> h.attach(UserDao.class).all());
    }

    public Optional<UserAccount> find(long id) {
        return jdbi.withHandle(h -> h.attach(UserDao.class).find(id));
    }

    public UserAccount get(Actor actor, long id) {
        Scope.requireAdmin(actor);
        return found(find(id), "账号", id);
    }

    /** Changes role, scope, display name or the disabled flag; disabling signs the user out everywhere. */
    public UserAccount update(Actor actor, long id, UserAccount changes, Integer expectedVersion) {
        Scope.requireAdmin(actor);
        return jdbi.inTransaction(h -> {
            UserDao dao = h.attach(UserDao.class);
            UserAccount before = found(dao.find(id), "账号", id);
            if (id == actor.userId() && (changes.disabled() || changes.role() != before.role())) {
                throw new ValidationException("role", "不能停用自己的账号或改变自己的角色");
            }
            checkOrg(h, changes.orgId());
            UserAccount next = new UserAccount(id, before.username(), changes.displayName(), changes.role(),
                    changes.orgId(), changes.disabled(), Versions.expected(expectedVersion, before.version()));
            Versions.requireUpdated(dao.update(next, now()));
            if (next.disabled() || next.role() != before.role() || !java.util.Objects.equals(next.orgId(), before.orgId())) {
                h.attach(SessionDao.class).deleteForUser(id);
            }
            UserAccount after = dao.find(id).orElseThrow();
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, id, after.orgId(), "修改账号“" + after.username() + "”", before, after);
            return after;
        });
    }

    /** Sets a new password (an admin for anyone, a user for themself) and ends the user's other sessions. */
    public void setPassword(Actor actor, long id, String password) {
        if (!actor.isAdmin() && actor.userId() != id) {
            throw new org.fazhi.model.AccessDeniedException("只能修改自己的密码");
        }
        String hash = Passwords.hash(UserAccount.checkPassword(password));
        jdbi.useTransaction(h -> {
            UserDao dao = h.attach(UserDao.class);
            UserAccount u = found(dao.find(id), "账号", id);
            dao.setPassword(id, hash, now());
            h.attach(SessionDao.class).deleteForUser(id);
            audit.record(h, actor, AuditLog.PASSWORD, ENTITY, id, u.orgId(), "重设账号“" + u.username() + "”的密码", null, null);
        });
    }

    /**
     * A user's own change of password: only with the current one, so a session left open on someone else's
     * screen cannot take the account over. Ends the user's other sessions (a thief's among them) but keeps
     * {@code keepSessionToken}'s, the one the change was made in.
     *
     * @return false, with nothing changed, when {@code currentPassword} is not the account's password
     */
    public boolean changeOwnPassword(Actor actor, String currentPassword, String newPassword, String keepSessionToken) {
        String hash = Passwords.hash(UserAccount.checkPassword(newPassword));
        return jdbi.inTransaction(h -> {
            UserDao dao = h.attach(UserDao.class);
            UserAccount u = found(dao.find(actor.userId()), "账号", actor.userId());
            String stored = dao.passwordHash(u.id()).orElseThrow();
            if (currentPassword == null || !Passwords.matches(currentPassword, stored)) {
                return false;
            }
            dao.setPassword(u.id(), hash, now());
            h.attach(SessionDao.class).deleteForUserExcept(u.id(), SessionService.hash(String.valueOf(keepSessionToken)));
            audit.record(h, actor, AuditLog.PASSWORD, ENTITY, u.id(), u.orgId(), "修改了自己的密码", null, null);
            return true;
        });
    }

    /** The account if the name and password match and it is not disabled. Takes as long either way. */
    public Optional<UserAccount> authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            Passwords.burnTime(password == null ? "" : password);
            return Optional.empty();
        }
        Optional<UserAccount> user = jdbi.withHandle(h -> h.attach(UserDao.class).findByName(username.strip()));
        if (user.isEmpty()) {
            Passwords.burnTime(password);
            return Optional.empty();
        }
        String hash = jdbi.withHandle(h -> h.attach(UserDao.class).passwordHash(user.get().id())).orElseThrow();
        if (!Passwords.matches(password, hash) || user.get().disabled()) {
            return Optional.empty();
        }
        return user;
    }

    public long count() {
        return jdbi.withHandle(h -> h.attach(UserDao.class).count());
    }

    private static void checkOrg(Handle h, Long orgId) {
        if (orgId != null && h.attach(OrgDao.class).find(orgId).isEmpty()) {
            throw new ValidationException("orgId", "所属单位不存在(编号 " + orgId + ")");
        }
    }
}
