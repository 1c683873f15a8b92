-- reconsideration V1: the 行政复议 case ledger. One row per application; the respondent unit (被申请人) owns
-- the case for scope. Dates are ISO-8601 TEXT. due_on is computed by the code from accepted_on, the procedure
-- and the extension (行政复议法 2023: 60 days, 30 for the simple procedure, one extension of at most 30) and
-- stored, so that the statistics count "decided on time" in SQL.

CREATE TABLE reconsiderations (
    id                   INTEGER PRIMARY KEY,
    -- 案号, unique in the ledger (it carries the 复议机关's short name, e.g. 清政复决字〔2024〕12号).
    case_no              TEXT    NOT NULL UNIQUE,
    applicant            TEXT    NOT NULL,
    applicant_type       TEXT    NOT NULL CHECK (applicant_type IN ('CITIZEN', 'LEGAL_PERSON', 'OTHER_ORG')),
    respondent_org_id    INTEGER NOT NULL REFERENCES orgs (id),
    category             TEXT    NOT NULL,
    received_on          TEXT    NOT NULL,
    -- Null while the acceptance is pending, and for an application not accepted (then with its reason).
    accepted_on          TEXT,
    not_accepted_reason  TEXT,
    procedure            TEXT    NOT NULL CHECK (procedure IN ('NORMAL', 'SIMPLE')),
    extended_days        INTEGER NOT NULL DEFAULT 0 CHECK (extended_days BETWEEN 0 AND 30),
    due_on               TEXT,
    decided_on           TEXT,
    decision             TEXT,
    -- 1: a 调解/和解/撤回 in which the respondent corrected its act (counts in the 综合纠错率).
    corrected_indirectly INTEGER NOT NULL DEFAULT 0 CHECK (corrected_indirectly IN (0, 1)),
    -- The lawsuit the applicant brought afterwards, in the court ledger.
    court_case_id        INTEGER REFERENCES court_cases (id),
    note                 TEXT,
    version              INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    CHECK ((decided_on IS NULL) = (decision IS NULL))
);
CREATE INDEX reconsiderations_received ON reconsiderations (received_on);
CREATE INDEX reconsiderations_decided ON reconsiderations (decided_on);
CREATE INDEX reconsiderations_respondent ON reconsiderations (respondent_org_id, received_on);
CREATE INDEX reconsiderations_court_case ON reconsiderations (court_case_id);

-- The files imported into this ledger, so the same file twice is noticed (storage's ImportHistory).
CREATE TABLE reconsideration_imports (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    target      INTEGER,
    file_name   TEXT,
    rows        INTEGER NOT NULL,
    user_id     INTEGER,
    username    TEXT    NOT NULL,
    imported_at TEXT    NOT NULL
);
CREATE INDEX reconsideration_imports_sha ON reconsideration_imports (sha256, kind);
