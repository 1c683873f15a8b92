package org.fazhi.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.fazhi.training.signin.SignIn;
import org.fazhi.training.signin.SignInService;
import org.fazhi.training.signin.SignInWindow;

/** The JSON of /api/study-sessions/{id}/sign-in. */
final class SignInJson {
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private SignInJson() {
    }

    /** POST: how long it stays open (1–240 minutes) and the time after which arrivals are 迟到 (HH:mm, optional). */
    record Open(Integer minutes, String lateAfter) {
    }

    /**
     * A window just opened: the phone address (the one in the QR code), the others this computer has,
     * why the address is not the one the request used (or null), the path on any address, and its end.
     */
    record Opened(String url, List<String> urls, String note, String path, String expiresAt) {
    }

    /** One arrival, its time of day in the ledger's zone. */
    record Arrival(String name, boolean guest, boolean late, String time) {
    }

    /**
     * GET and DELETE: whether sign-in was ever opened and is open now, the seconds left on the server's
     * clock, the counts, the session's 应到/实到, and the arrivals in order.
     */
    record Status(long sessionId, boolean opened, boolean open, String expiresAt, long remainingSeconds, String lateAfter,
                  String closedAt, int people, int late, int guests, int unitPeople, int expected, int attended,
                  List<Arrival> signIns) {
    }

    static Status status(SignInService.Status s, Clock clock) {
        SignInWindow w = s.window();
        long left = s.open() ? Math.max(0, Duration.between(clock.instant(), w.expiresAt()).toSeconds()) : 0;
        List<Arrival> arrivals = s.signIns().stream().map(x -> arrival(x, clock)).toList();
        return new Status(s.session().id(), w != null, s.open(), w == null ? null : w.expiresAt().toString(), left,
                w == null || w.lateAfter() == null ? null : w.lateAfter().toString(),
                w == null || w.closedAt() == null ? null : w.closedAt().toString(), (int) s.people(), (int) s.late(),
                (int) s.guests(), s.unitPeople(), s.session().expected(), s.session().attended(), arrivals);
    }

    static Arrival arrival(SignIn x, Clock clock) {
        return new Arrival(x.name(), x.guest(), x.late(), LocalTime.ofInstant(x.signedAt(), clock.getZone()).format(HH_MM_SS));
    }
}
