-- law-training V3: QR sign-in for a study session. One sign-in window per session (opened again, the same
-- row takes a new token and a new expiry), holding only the SHA-256 of the random token the address
-- carries; and who signed in, of the unit's people (person_id) or a guest by name, when, and whether late.

CREATE TABLE study_signin_windows (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL UNIQUE REFERENCES study_sessions (id) ON DELETE CASCADE,
    -- hex SHA-256 of the token in the address; the token itself is never stored
    token_sha256 TEXT    NOT NULL UNIQUE,
    opened_at    TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL,
    -- HH:mm in the ledger's zone after which an arrival counts as 迟到; null: nobody is late
    late_after   TEXT,
    -- set when the organiser closes it, or when it is found expired; the attendees are then written
    closed_at    TEXT,
    opened_by    TEXT    NOT NULL
);

CREATE TABLE study_signins (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES people (id),
    name       TEXT    NOT NULL,
    guest      INTEGER NOT NULL DEFAULT 0,
    late       INTEGER NOT NULL DEFAULT 0,
    signed_at  TEXT    NOT NULL
);
CREATE INDEX study_signins_session ON study_signins (session_id);
CREATE INDEX study_signins_person ON study_signins (person_id);
-- one sign-in per person, and per guest name, for a session
CREATE UNIQUE INDEX study_signins_once ON study_signins (session_id, person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX study_signins_guest_once ON study_signins (session_id, name) WHERE guest = 1;
