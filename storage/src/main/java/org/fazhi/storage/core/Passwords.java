package org.fazhi.storage.core;

import at.favre.lib.crypto.bcrypt.BCrypt;

/** bcrypt, a deliberately slow salted hash; the cost is stored in each hash, so it can rise later. */
public final class Passwords {
    /** About 50–100 ms on an office PC: slow for a guesser, unnoticed at sign-in. */
    static final int COST = 10;
    /** Compared against when the user does not exist, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY = hash("not-a-real-password");

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    static void burnTime(String password) {
        matches(password, DUMMY);
    }
}
