package org.fazhi.web.auth;

import java.security.SecureRandom;
import java.util.Base64;
import org.fazhi.storage.core.CoreServices;

/**
 * First run without any account: the server prints a one-time setup address with a random token to
 * its console, and whoever can read the console creates the first admin there. There is no default
 * password, and the page closes for good once an account exists.
 */
public final class SetupGate {
    private final CoreServices core;
    private final String token;

    public SetupGate(CoreServices core) {
        this.core = core;
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public boolean open() {
        return core.users().count() == 0;
    }

    public boolean accepts(String given) {
        return open() && CsrfFilter.matches(given, token);
    }

    public String token() {
        return token;
    }
}
