package org.fazhi.training.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.model.Checks;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.ConstraintErrors;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.fazhi.training.signin.db.SignInDao;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudySession;
import org.fazhi.training.study.StudySessionService;
import org.fazhi.training.study.db.StudySessionDao;
import org.fazhi.training.study.db.StudySessionMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * QR sign-in for a study session. An organiser opens a window (1–{@value #MINUTES_MAX} minutes, optionally
 * the time after which arrivals are 迟到); the address given out carries a random token of 256 bits, of
 * which only the SHA-256 is stored, valid for that session and only while the window is open. With it,
 * and no account, a person of the session's unit signs in once, or a guest once by name (列席). Closing the
 * window — or the first look at it after it expired — writes the arrivals into the session's attendees:
 * each person signed in becomes 出席 or 迟到 (whatever they were listed as before), guests are added by name,
 * everyone else on the list is left as recorded, and nobody is marked 缺席 unless the organiser asks for it
 * on closing. 实到 is then the list's 出席 and 迟到; 应到 stays as recorded unless more of the unit's people
 * are on the list than that, when it rises to the list's count, so 实到 ≤ 应到 always holds.
 */
public final class SignInService extends LedgerService {
    public static final int MINUTES_MAX = 240;
    /** Guests one session takes by sign-in: a meeting room's worth, so an open address cannot be flooded. */
    public static final int GUESTS_MAX = 200;
    public static final String CLOSED = "签到已结束";
    private static final String ENTITY = "study-session";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final SecureRandom random = new SecureRandom();

    public SignInService(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
    }

    /** A window just opened: the token for the address (shown once, never stored) and when it closes. */
    public record Opened(long sessionId, String token, Instant expiresAt) {
    }

    /**
     * What the organiser sees: the session, its window (null when sign-in was never opened), whether it is
     * open now, the arrivals in order, and how many people the unit has.
     */
    public record Status(StudySession session, SignInWindow window, boolean open, List<SignIn> signIns, int unitPeople) {
        public long late() {
            return signIns.stream().filter(s -> !s.guest() && s.late()).count();
        }

        public long guests() {
            return signIns.stream().filter(SignIn::guest).count();
        }

        public long people() {
            return signIns.stream().filter(s -> !s.guest()).count();
        }
    }

    /**
     * What the phone page shows for a token: the session's unit, date and topic, whether it is open, and
     * while it is, the unit's people to pick from (those signed in marked); nothing else of the ledger.
     */
    public record Sheet(String unitName, LocalDate date, String topic, boolean open, Instant expiresAt,
                        List<SignInDao.Name> people, Set<Long> signed) {
    }

    /** A sign-in just recorded. */
    public record SignedIn(String name, boolean guest, boolean late, Instant at) {
    }

    /** "09:00" → 09:00; null or blank → null (nobody is late). */
    public static LocalTime parseLateAfter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            throw new ValidationException("lateAfter", "迟到时间应为“时:分”,如 09:00");
        }
    }

    /**
     * Opens sign-in for the session (or opens it again: a new token and expiry, the old address stops
     * working, earlier arrivals are kept).
     *
     * @param minutes   how long it stays open, 1–{@value #MINUTES_MAX}
     * @param lateAfter arrivals after this minute are 迟到; null for none
     */
    public Opened open(Actor actor, long sessionId, Integer minutes, LocalTime lateAfter) {
        if (minutes == null || minutes < 1 || minutes > MINUTES_MAX) {
            throw new ValidationException("minutes", "签到时长应在1到" + MINUTES_MAX + "分钟之间");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = now();
        Instant expires = now.plus(Duration.ofMinutes(minutes));
        return inWriteTransaction(actor, h -> {
            StudySession s = writable(h, actor, sessionId);
            h.attach(SignInDao.class).open(sessionId, sha256(token), now, expires,
                    lateAfter == null ? null : lateAfter.format(HH_MM), actor.username());
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, sessionId, s.orgId(), "开启扫码签到“" + s.topic() + "”("
                    + s.date() + ")," + minutes + " 分钟" + (lateAfter == null ? "" : "," + lateAfter.format(HH_MM) + " 后为迟到"),
                    null, null);
            return new Opened(sessionId, token, expires);
        });
    }

    /** The session's sign-in as it stands; a window found expired is closed first (its arrivals written). */
    public Status status(Actor actor, long sessionId) {
        settle(sessionId);
        return jdbi.withHandle(h -> {
            StudySession s = session(h, sessionId);
            Scope.requireWithin(h, actor, s.orgId());
            return status(h, s);
        });
    }

    /**
     * Closes sign-in now and writes the arrivals into the session's attendees (see the class). Closing
     * a window already closed writes them again, which changes nothing unless {@code markAbsent} now asks more.
     *
     * @param markAbsent also list the unit's people who did not sign in, and were not listed, as 缺席
     */
    public Status close(Actor actor, long sessionId, boolean markAbsent) {
        return inWriteTransaction(actor, h -> {
            StudySession s = writable(h, actor, sessionId);
            SignInDao dao = h.attach(SignInDao.class);
            SignInWindow w = dao.window(sessionId).map(SignInService::window)
                    .orElseThrow(() -> new ConflictException("signIn", "该学法记录尚未开启扫码签到"));
            Instant now = now();
            dao.close(sessionId, w.closedAt() == null && now.isAfter(w.expiresAt()) ? w.expiresAt() : now);
            apply(h, actor, s, markAbsent, "结束扫码签到");
            return status(h, session(h, sessionId));
        });
    }

    /** The phone page's content for a token; an unknown token is 404, naming nothing. */
    public Sheet sheet(String token) {
        long sessionId = sessionOf(token);
        settle(sessionId);
        return jdbi.withHandle(h -> {
            SignInDao dao = h.attach(SignInDao.class);
            SignInWindow w = dao.window(sessionId).map(SignInService::window).orElseThrow(SignInService::unknown);
            StudySession s = session(h, sessionId);
            boolean open = w.openAt(now());
            List<SignInDao.Name> people = open ? dao.people(s.orgId()) : List.of();
            Set<Long> signed = open ? dao.signIns(sessionId).stream().filter(x -> !x.guest()).map(SignIn::personId)
                    .collect(Collectors.toSet()) : Set.of();
            return new Sheet(dao.orgName(s.orgId()), s.date(), s.topic(), open, w.expiresAt(), people, signed);
        });
    }

    /**
     * Signs in, with no account, a person of the session's unit ({@code personId}) or a guest by name: once
     * each, only while the window is open. Refused with a Chinese message, writing nothing: an unknown
     * token (404), a closed window ({@value #CLOSED}), someone not of the unit, a second sign-in.
     */
    public SignedIn signIn(String token, Long personId, String guestName) {
        long sessionId = sessionOf(token);
        settle(sessionId);
        String guest = Checks.optionalText(guestName, "guestName", "姓名", 30);
        if (personId == null && guest == null) {
            throw new ValidationException("personId", "请选择您的姓名,或以列席人员身份填写姓名");
        }
        if (personId != null && guest != null) {
            throw new ValidationException("guestName", "请只选择本单位人员或只填写列席人员姓名,不要同时填写");
        }
        try {
            return jdbi.inTransaction(h -> {
                SignInDao dao = h.attach(SignInDao.class);
                SignInWindow w = dao.window(sessionId).map(SignInService::window).orElseThrow(SignInService::unknown);
                Instant now = now();
                if (!w.openAt(now)) {
                    throw new ConflictException("signIn", CLOSED);
                }
                StudySession s = session(h, sessionId);
                // A window opened before 报送 made the unit a received one: its session is the sender's now, read-only.
                Scope.requireWritable(h, s.orgId());
                boolean late = w.lateAfter() != null
                        && LocalTime.ofInstant(now, clock.getZone()).truncatedTo(ChronoUnit.MINUTES).isAfter(w.lateAfter());
                String name;
                if (personId != null) {
                    name = dao.people(s.orgId()).stream().filter(p -> p.id() == personId).map(SignInDao.Name::name)
                            .findFirst().orElseThrow(() -> new ValidationException("personId", "请从名单中选择您的姓名"));
                    dao.person(sessionId, personId).ifPresent(x -> {
                        throw already(x);
                    });
                } else {
                    name = guest;
                    dao.guest(sessionId, guest).ifPresent(x -> {
                        throw already(x);
                    });
                    if (dao.guests(sessionId) >= GUESTS_MAX) {
                        throw new ConflictException("guestName", "列席人员已达" + GUESTS_MAX + "人,请向会议组织者登记");
                    }
                }
                dao.signIn(sessionId, personId, name, personId == null, late, now);
                return new SignedIn(name, personId == null, late, now);
            });
        } catch (RuntimeException e) {
            if (ConstraintErrors.unique(e)) {
                // Two phones sent the same name at once: the other one was first.
                throw new ConflictException("personId", "已签到,无需重复签到");
            }
            throw e;
        }
    }

    /** The hex SHA-256 of a token: all that is stored of it. */
    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- inside ----

    private long sessionOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw unknown();
        }
        return jdbi.withExtension(SignInDao.class, dao -> dao.windowOfToken(sha256(token)))
                .map(SignInDao.Row::sessionId).orElseThrow(SignInService::unknown);
    }

    /** A window left open past its expiry is closed as of its expiry, and its arrivals are written. */
    private void settle(long sessionId) {
        Instant now = now();
        boolean lapsed = jdbi.withExtension(SignInDao.class, dao -> dao.window(sessionId))
                .map(SignInService::window).map(w -> w.lapsedAt(now)).orElse(false);
        if (!lapsed) {
            return;
        }
        jdbi.useTransaction(h -> {
            SignInDao dao = h.attach(SignInDao.class);
            SignInWindow w = dao.window(sessionId).map(SignInService::window).orElseThrow();
            StudySession s = session(h, sessionId);
            // A window opened before 报送 made the unit a received one: the session is read-only here, left as it is.
            if (w.lapsedAt(now) && !Scope.isReceived(h, s.orgId()) && dao.close(sessionId, w.expiresAt()) == 1) {
                apply(h, Actor.SYSTEM, s, false, "扫码签到到时结束");
            }
        });
    }

    /**
     * Writes the arrivals into the session's attendees (see the class) and 应到/实到 with them; audited.
     */
    private void apply(Handle h, Actor actor, StudySession s, boolean markAbsent, String what) {
        SignInDao dao = h.attach(SignInDao.class);
        StudySessionDao sessions = h.attach(StudySessionDao.class);
        List<SignIn> arrivals = dao.signIns(s.id());
        List<Attendee> before = sessions.attendees(s.id());
        Map<Long, Attendee> people = new LinkedHashMap<>();
        List<Attendee> guests = new ArrayList<>();
        for (Attendee a : before) {
            if (a.guest()) {
                guests.add(a);
            } else {
                people.put(a.personId(), a);
            }
        }
        int added = 0;
        for (SignIn x : arrivals) {
            if (x.guest()) {
                if (guests.stream().noneMatch(g -> g.name().equals(x.name()))) {
                    guests.add(new Attendee(null, x.name(), AttendanceStatus.PRESENT, true));
                }
            } else {
                Attendee listed = people.get(x.personId());
                people.put(x.personId(), new Attendee(x.personId(), listed == null ? x.name() : listed.name(),
                        x.late() ? AttendanceStatus.LATE : AttendanceStatus.PRESENT, false));
            }
            added++;
        }
        int absent = 0;
        if (markAbsent) {
            for (SignInDao.Name p : dao.people(s.orgId())) {
                if (!people.containsKey(p.id())) {
                    people.put(p.id(), new Attendee(p.id(), p.name(), AttendanceStatus.ABSENT, false));
                    absent++;
                }
            }
        }
        if (added == 0 && absent == 0) {
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, s.id(), s.orgId(), what + "“" + s.topic() + "”(" + s.date()
                    + "),无人签到,参加人员未变", null, null);
            return;
        }
        List<Attendee> after = new ArrayList<>(people.values());
        after.addAll(guests);
        int listed = people.size();
        int attended = (int) people.values().stream().filter(a -> a.status().attended()).count();
        int expected = Math.max(s.expected(), listed);
        Versions.requireUpdated(sessions.update(s.id(), s.version(), s.orgId(), s.date(), s.kind().name(), s.topic(),
                StudySessionMapper.lawsJson(s.laws()), s.lecturer(), s.lecturerUnit(), s.minutes(), expected, attended,
                s.note(), now()));
        sessions.deleteAttendees(s.id());
        sessions.insertAttendees(s.id(), after.stream().map(Attendee::personId).toList(),
                after.stream().map(Attendee::name).toList(), after.stream().map(a -> a.status().name()).toList(),
                after.stream().map(Attendee::guest).toList());
        long late = arrivals.stream().filter(x -> !x.guest() && x.late()).count();
        long guestCount = arrivals.stream().filter(SignIn::guest).count();
        String summary = what + "“" + s.topic() + "”(" + s.date() + "),签到 " + (arrivals.size() - guestCount) + " 人"
                + (late == 0 ? "" : "(迟到 " + late + " 人)") + (guestCount == 0 ? "" : ",列席 " + guestCount + " 人")
                + (absent == 0 ? "" : ",未签到的 " + absent + " 人记为缺席") + ";应到 " + expected + " 人,实到 " + attended + " 人";
        // Kept as a correction of the session is: the record with its attendees, before and after.
        audit.record(h, actor, AuditLog.UPDATE, ENTITY, s.id(), s.orgId(), summary, new StudySessionService.Recorded(s, before),
                new StudySessionService.Recorded(sessions.find(s.id()).orElseThrow(), sessions.attendees(s.id())));
    }

    private Status status(Handle h, StudySession s) {
        SignInDao dao = h.attach(SignInDao.class);
        SignInWindow w = dao.window(s.id()).map(SignInService::window).orElse(null);
        return new Status(s, w, w != null && w.openAt(now()), dao.signIns(s.id()), dao.people(s.orgId()).size());
    }

    private static StudySession session(Handle h, long sessionId) {
        return h.attach(StudySessionDao.class).find(sessionId).orElseThrow(() -> NotFoundException.of("学法记录", sessionId));
    }

    private static StudySession writable(Handle h, Actor actor, long sessionId) {
        StudySession s = session(h, sessionId);
        Scope.requireWithin(h, actor, s.orgId());
        Scope.requireWritable(h, s.orgId());
        return s;
    }

    private static SignInWindow window(SignInDao.Row r) {
        return new SignInWindow(r.sessionId(), r.openedAt(), r.expiresAt(),
                r.lateAfter() == null ? null : LocalTime.parse(r.lateAfter(), HH_MM), r.closedAt(), r.openedBy());
    }

    private ConflictException already(SignIn x) {
        return new ConflictException(x.guest() ? "guestName" : "personId", "“" + x.name() + "”已于 "
                + LocalTime.ofInstant(x.signedAt(), clock.getZone()).format(HH_MM) + " 签到,无需重复签到");
    }

    private static NotFoundException unknown() {
        return new NotFoundException("签到链接无效,请重新扫描会场的二维码");
    }
}
