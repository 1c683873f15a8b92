package org.fazhi.onlineexam.exam;

import java.time.Instant;

/** A signed-in candidate: the bearer token for /api/exam/* (shown once) and when the time is up, by the server's clock. */
public record Sitting(String token, Instant endsAt) {
}
