-- duty-tracking V3: 年终述法 records per leader and year, and the 整改 ledger of problems found in
-- inspections, tracked through to 销号.

CREATE TABLE law_reports (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    -- The leader's unit at the time of the report: a later transfer does not move last year's report.
    org_id      INTEGER NOT NULL REFERENCES orgs (id),
    year        INTEGER NOT NULL,
    way         TEXT    NOT NULL CHECK (way IN ('WRITTEN', 'MEETING', 'COMMITTEE', 'ON_SITE')),
    reported_on TEXT    NOT NULL,
    rating      TEXT    CHECK (rating IS NULL OR rating IN ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    score       REAL    CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    note        TEXT,
    version     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    -- One year-end report per leader and year.
    UNIQUE (person_id, year)
);
CREATE INDEX law_reports_year_org ON law_reports (year, org_id);

CREATE TABLE rectifications (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES orgs (id),
    problem      TEXT    NOT NULL,
    -- Which inspection or 督察 found it.
    source       TEXT,
    found_on     TEXT    NOT NULL,
    deadline     TEXT    NOT NULL,
    measures     TEXT,
    responsible  TEXT,
    -- OVERDUE is not stored: anything not CLOSED past its deadline is overdue when read.
    status       TEXT    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RECTIFIED', 'CLOSED')),
    closed_on    TEXT,
    closing_note TEXT,
    version      INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    CHECK (deadline >= found_on),
    CHECK (status <> 'CLOSED' OR closed_on IS NOT NULL)
);
CREATE INDEX rectifications_org ON rectifications (org_id, status, deadline);
CREATE INDEX rectifications_deadline ON rectifications (deadline, status);
CREATE INDEX rectifications_found ON rectifications (found_on);

-- The trail shown on an item: each step through to 销号 (and any reopening) with its comment.
CREATE TABLE rectification_steps (
    id                INTEGER PRIMARY KEY,
    rectification_id  INTEGER NOT NULL REFERENCES rectifications (id) ON DELETE CASCADE,
    action            TEXT    NOT NULL CHECK (action IN ('START', 'RECTIFIED', 'CLOSE', 'REOPEN')),
    from_status       TEXT    NOT NULL,
    to_status         TEXT    NOT NULL,
    comment           TEXT,
    actor             TEXT    NOT NULL,
    at                TEXT    NOT NULL
);
CREATE INDEX rectification_steps_item ON rectification_steps (rectification_id, at);
