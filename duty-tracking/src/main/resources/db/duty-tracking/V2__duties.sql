-- duty-tracking V2: 党政主要负责人履行推进法治建设第一责任人职责 — a versioned duty catalogue, yearly duty
-- items per leader, their evidence and the review trail.

-- A catalogue version is a whole list of duty entries. Admins publish a new version rather than edit
-- an old one; items copy the entry's code, title and basis, so a new version never rewrites past years.
CREATE TABLE duty_catalog_versions (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL UNIQUE,
    label      TEXT    NOT NULL,
    -- Plans for this year and later use this version (the newest version whose year has come).
    from_year  INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL
);

CREATE TABLE duty_catalog_entries (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES duty_catalog_versions (id),
    code        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    frequency   TEXT    NOT NULL CHECK (frequency IN ('YEARLY', 'QUARTERLY', 'PER_EVENT')),
    -- The leader categories the entry applies to, as a JSON array of codes (e.g. ["PRINCIPAL"]).
    applies_to  TEXT    NOT NULL,
    legal_basis TEXT,
    -- When in the year the item falls due, as MM-dd (e.g. 12-31; 03-01 for departments' reports).
    due_day     TEXT    NOT NULL DEFAULT '12-31',
    position    INTEGER NOT NULL,
    UNIQUE (version_id, code)
);

CREATE TABLE duty_items (
    id               INTEGER PRIMARY KEY,
    year             INTEGER NOT NULL,
    person_id        INTEGER NOT NULL REFERENCES people (id),
    -- The person's unit when the plan was made: a later transfer does not move last year's duties.
    org_id           INTEGER NOT NULL REFERENCES orgs (id),
    catalog_entry_id INTEGER NOT NULL REFERENCES duty_catalog_entries (id),
    code             TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    frequency        TEXT    NOT NULL,
    legal_basis      TEXT,
    due_date         TEXT    NOT NULL,
    -- OVERDUE is not stored: it is NOT_STARTED or IN_PROGRESS past the due date, judged when read.
    status           TEXT    NOT NULL DEFAULT 'NOT_STARTED'
                     CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE')),
    na_reason        TEXT,
    note             TEXT,
    review_state     TEXT    NOT NULL DEFAULT 'DRAFT'
                     CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    version          INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CHECK (status <> 'NOT_APPLICABLE' OR length(trim(coalesce(na_reason, ''))) > 0),
    -- What makes planning idempotent: one item per person, year and duty code.
    UNIQUE (year, person_id, code)
);
-- Progress counts a year of items by unit and status; lists page by unit and person.
CREATE INDEX duty_items_year_org ON duty_items (year, org_id, status, due_date, person_id);
CREATE INDEX duty_items_person ON duty_items (person_id, year);

CREATE TABLE duty_evidence (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER NOT NULL REFERENCES duty_items (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('FILE', 'LINK', 'NOTE')),
    title          TEXT    NOT NULL,
    url            TEXT,
    text           TEXT,
    file_name      TEXT,
    content_type   TEXT,
    size           INTEGER,
    sha256         TEXT,
    -- When the evidenced work happened (the meeting, the article), not when it was uploaded.
    effective_date TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    CHECK (kind <> 'FILE' OR (sha256 IS NOT NULL AND content_type IS NOT NULL AND file_name IS NOT NULL)),
    CHECK (kind <> 'LINK' OR url IS NOT NULL),
    CHECK (kind <> 'NOTE' OR text IS NOT NULL)
);
CREATE INDEX duty_evidence_item ON duty_evidence (item_id);
CREATE INDEX duty_evidence_sha ON duty_evidence (sha256) WHERE sha256 IS NOT NULL;

-- The review trail shown on the item: each submission, approval and return with its comment.
CREATE TABLE duty_reviews (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES duty_items (id) ON DELETE CASCADE,
    action     TEXT    NOT NULL CHECK (action IN ('SUBMIT', 'APPROVE', 'RETURN')),
    comment    TEXT,
    actor      TEXT    NOT NULL,
    at         TEXT    NOT NULL
);
CREATE INDEX duty_reviews_item ON duty_reviews (item_id, at);
