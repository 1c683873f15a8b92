package org.fazhi.model.org;

import org.fazhi.model.ValidationException;

/**
 * The 统一社会信用代码 (GB 32100-2015): 18 characters from {@link #ALPHABET}, the last a check character over
 * the first 17 (weights 3^i mod 31 for positions 1..17, check = 31 − (Σ mod 31), 31 → 0). The national key by
 * which another instance of the ledger recognises a unit.
 */
public final class CreditCode {
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final String LABEL = "统一社会信用代码";

    private CreditCode() {
    }

    /**
     * The code stripped and in upper case, or null when blank (a unit need not have one).
     *
     * @throws ValidationException naming {@code field} and what is wrong
     */
    public static String optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(java.util.Locale.ROOT);
        int length = code.codePointCount(0, code.length());
        if (length != LENGTH) {
            throw new ValidationException(field, LABEL + "应为18位,“" + shown(code) + "”是" + length + "位");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new ValidationException(field, LABEL + "第" + (i + 1) + "位“" + code.charAt(i)
                        + "”不是允许的字符(数字或除I、O、Z、S、V以外的大写字母)");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            throw new ValidationException(field, LABEL + "“" + code + "”的校验位不对:第18位应为“" + expected + "”");
        }
        return code;
    }

    /** The 18th character for the first 17 (each from {@link #ALPHABET}). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static String shown(String code) {
        return code.length() > 30 ? code.substring(0, 30) + "…" : code;
    }
}
