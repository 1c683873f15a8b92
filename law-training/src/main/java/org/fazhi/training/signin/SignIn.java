package org.fazhi.training.signin;

import java.time.Instant;

/** One arrival: a person of the session's unit ({@code personId}) or a guest by name (列席), at {@code signedAt}. */
public record SignIn(Long personId, String name, boolean guest, boolean late, Instant signedAt) {
}
