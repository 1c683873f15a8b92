package org.fazhi.storage.core;

import static org.fazhi.storage.core.Fixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.testing.TempLedger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UserServiceTest {
    static final String PASSWORD = "司法局2024春";

    @AutoClose
    final TempLedger ledger = new TempLedger();
    final Fixture f = new Fixture(ledger);
    final UserService users = f.s.users();
    final UserAccount organiser = users.create(ADMIN, new UserAccount(null, "sifaju", "县司法局法治股", Role.ORGANISER, f.sifaju.id(), false, 0),
                PASSWORD);

    String storedHash(long id) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    @Test
    void theStoredPasswordIsABcryptHash() {
        assertEquals(new UserAccount(organiser.id(), "sifaju", "县司法局法治股", Role.ORGANISER, f.sifaju.id(), false, 0), organiser);
        String hash = storedHash(organiser.id());
        assertTrue(hash.startsWith("$2"), hash);
        assertFalse(hash.contains(PASSWORD));
        assertTrue(Passwords.matches(PASSWORD, hash));
        // Salted: the same password for a second account gives a different hash.
        UserAccount other = users.create(ADMIN, new UserAccount(null, "caizheng", null, Role.VIEWER, f.caizheng.id(), false, 0), PASSWORD);
        assertNotEquals(hash, storedHash(other.id()));
        assertEquals(List.of("caizheng", "sifaju"), users.list(ADMIN).stream().map(UserAccount::username).toList());
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        ConflictException e = assertThrows(ConflictException.class, () -> users.create(ADMIN,
                new UserAccount(null, "SiFaJu", null, Role.VIEWER, null, false, 0), "另一个密码123456"));
        assertEquals("username", e.field());
        assertEquals("用户名“SiFaJu”已存在", e.getMessage());
        assertEquals(1, users.count());
    }

    @Test
    void aShortPasswordIsAFieldErrorAndNoAccountIsMade() {
        ValidationException e = assertThrows(ValidationException.class, () -> users.create(ADMIN,
                new UserAccount(null, "zhen", null, Role.ORGANISER, f.town.id(), false, 0), "1234567"));
        assertEquals("password", e.field());
        assertEquals("密码至少8位", e.getMessage());
        assertEquals(1, users.count());
        assertTrue(users.authenticate("zhen", "1234567").isEmpty());
    }

    @Test
    void anAdminCannotBeScopedToAUnit() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> users.create(ADMIN, new UserAccount(null, "admin2", null, Role.ADMIN, f.county.id(), false, 0), PASSWORD));
        assertEquals("orgId", e.field());
        assertEquals(1, users.count());
    }

    @Test
    void anUnknownUnitIsAFieldError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> users.create(ADMIN, new UserAccount(null, "nowhere", null, Role.VIEWER, 999L, false, 0), PASSWORD));
        assertEquals("orgId", e.field());
        assertEquals(1, users.count());
    }

    @Test
    void onlyAnAdminCreatesAccounts() {
        assertThrows(AccessDeniedException.class, () -> users.create(organiser.actor(),
                new UserAccount(null, "gongzheng", null, Role.ORGANISER, f.gongzheng.id(), false, 0), PASSWORD));
        assertEquals(1, users.count());
    }

    @Test
    void signingInChecksNameAndPassword() {
        Optional<UserAccount> ok = users.authenticate("sifaju", PASSWORD);
        assertEquals(Optional.of(organiser), ok);
        assertEquals(f.sifaju.id(), ok.get().actor().scopeOrgId());
        assertEquals(Optional.of(organiser), users.authenticate(" SIFAJU ", PASSWORD), "names are not case-sensitive");

        assertTrue(users.authenticate("sifaju", "司法局2024秋").isEmpty());
        assertTrue(users.authenticate("sifaju", PASSWORD.toUpperCase() + " ").isEmpty());
        assertTrue(users.authenticate("nobody", PASSWORD).isEmpty());
        assertTrue(users.authenticate("", PASSWORD).isEmpty());
        assertTrue(users.authenticate(null, null).isEmpty());
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        UserAccount disabled = users.create(ADMIN,
                new UserAccount(null, "tuixiu", "已退休", Role.VIEWER, null, true, 0), PASSWORD);
        assertTrue(disabled.disabled());
        assertTrue(users.authenticate("tuixiu", PASSWORD).isEmpty());
    }

    @Test
    void disablingAnAccountSignsItOutAndKeepsItOut() {
        SessionService sessions = f.s.sessions();
        SessionService.Opened browser = sessions.open(organiser.id(), Session.BROWSER);
        assertEquals(organiser.id(), sessions.find(browser.token()).orElseThrow().userId());

        users.update(ADMIN, organiser.id(), new UserAccount(organiser.id(), "sifaju", "县司法局法治股", Role.ORGANISER,
                f.sifaju.id(), true, 0), 0);
        assertTrue(sessions.find(browser.token()).isEmpty());
        assertTrue(users.authenticate("sifaju", PASSWORD).isEmpty());
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndEndsSessions() {
        SessionService.Opened session = f.s.sessions().open(organiser.id(), Session.API);
        users.setPassword(organiser.actor(), organiser.id(), "新密码-司法局2025");
        assertTrue(users.authenticate("sifaju", PASSWORD).isEmpty());
        assertTrue(users.authenticate("sifaju", "新密码-司法局2025").isPresent());
        assertTrue(f.s.sessions().find(session.token()).isEmpty());
        // Someone else's password is the admin's business only.
        UserAccount other = users.create(ADMIN, new UserAccount(null, "caizheng", null, Role.VIEWER, null, false, 0), PASSWORD);
        assertThrows(AccessDeniedException.class, () -> users.setPassword(organiser.actor(), other.id(), "我来改你的密码啊"));
        assertTrue(users.authenticate("caizheng", PASSWORD).isPresent());
    }

    @Test
    void anOwnChangeNeedsTheCurrentPasswordAndKeepsOnlyTheSessionItWasMadeIn() {
        SessionService sessions = f.s.sessions();
        SessionService.Opened here = sessions.open(organiser.id(), Session.BROWSER);
        SessionService.Opened elsewhere = sessions.open(organiser.id(), Session.BROWSER);
        SessionService.Opened script = sessions.open(organiser.id(), Session.API);
        UserAccount other = users.create(ADMIN, new UserAccount(null, "caizheng", null, Role.VIEWER, null, false, 0), PASSWORD);
        SessionService.Opened others = sessions.open(other.id(), Session.BROWSER);
        String before = storedHash(organiser.id());

        assertFalse(users.changeOwnPassword(organiser.actor(), "不是这个密码", "新密码-司法局2025", here.token()));
        assertFalse(users.changeOwnPassword(organiser.actor(), null, "新密码-司法局2025", here.token()));
        assertEquals(before, storedHash(organiser.id()), "a wrong current password changes nothing");
        assertTrue(sessions.find(elsewhere.token()).isPresent());
        assertThrows(ValidationException.class, () -> users.changeOwnPassword(organiser.actor(), PASSWORD, "短", here.token()));

        assertTrue(users.changeOwnPassword(organiser.actor(), PASSWORD, "新密码-司法局2025", here.token()));
        assertTrue(users.authenticate("sifaju", PASSWORD).isEmpty());
        assertTrue(users.authenticate("sifaju", "新密码-司法局2025").isPresent());
        assertTrue(sessions.find(here.token()).isPresent(), "the session it was made in stays");
        assertTrue(sessions.find(elsewhere.token()).isEmpty() && sessions.find(script.token()).isEmpty(), "the others end");
        assertTrue(sessions.find(others.token()).isPresent(), "another account's session is not touched");
        AuditEntry entry = f.s.audit().find(ADMIN, new AuditFilter(null, "user", organiser.id(), AuditLog.PASSWORD, null, null),
                new org.fazhi.model.Page(1, 0)).items().get(0);
        assertEquals("修改了自己的密码", entry.summary());
        assertEquals(organiser.id(), entry.userId(), "by the account itself");
    }

    @Test
    void anAdminCannotDisableOrDemoteThemself() {
        UserAccount admin = users.create(ADMIN, new UserAccount(null, "admin", null, Role.ADMIN, null, false, 0), PASSWORD);
        ValidationException e = assertThrows(ValidationException.class, () -> users.update(admin.actor(), admin.id(),
                new UserAccount(admin.id(), "admin", null, Role.VIEWER, null, false, 0), 0));
        assertEquals("role", e.field());
        assertEquals(Role.ADMIN, users.get(admin.actor(), admin.id()).role());
    }
}
