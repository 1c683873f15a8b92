package org.fazhi.onlineexam.exam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secrets of a sitting: one-time codes (8 characters from 32 that cannot be mistaken for one another — no
 * 0/O, 1/I — so 40 bits, typed on a phone in seconds) and bearer tokens (256 bits). Only their SHA-256 is stored:
 * both are random enough that a hash without salt cannot be reversed by trying.
 */
final class Secrets {
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static SecureRandom random() {
        return RANDOM;
    }

    /** A new code such as "K7QD-M4XP" shown without the dash: 8 characters. */
    static String code() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** A code as typed ("k7qd m4xp", "K7QD-M4XP", full-width) in its stored form, or null when it cannot be one. */
    static String normalizedCode(String typed) {
        if (typed == null) {
            return null;
        }
        String v = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-_]", "").replace('0', 'O').replace('1', 'I');
        // O and I are not in the alphabet: a code with them was mistyped and matches nothing.
        return v.length() == CODE_LENGTH ? v : null;
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
