package org.fazhi.storage.core;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * bcrypt, a deliberately slow salted hash; the cost is stored in each hash, so it can rise later and a
 * hash keeps verifying at the cost it was made with.
 */
public final class Passwords {
    /** About 50–100 ms on an office PC: slow for a guesser, unnoticed at sign-in. */
    static final int DEFAULT_COST = 10;
    /**
     * The cost new hashes get: {@value #DEFAULT_COST} unless {@code -Dfazhi.passwords.cost} says otherwise.
     * The test suites set 4, bcrypt's least: they create and sign in thousands of accounts, and at 10 the
     * hashing alone was a third of the web module's test time. The program itself never sets it.
     */
    static final int COST = cost(System.getProperty("fazhi.passwords.cost"));
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

    /** The cost {@code setting} names (null: the default); bcrypt takes 4 to 31. */
    static int cost(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_COST;
        }
        int cost;
        try {
            cost = Integer.parseInt(setting.trim());
        } catch (NumberFormatException e) {
            cost = -1;
        }
        if (cost < 4 || cost > 31) {
            throw new IllegalStateException("fazhi.passwords.cost 须为 4 到 31 的整数:" + setting);
        }
        return cost;
    }
}
