-- duty-tracking V1: 行政机关负责人出庭应诉 — court cases (one row per case and 审级, an "instance")
-- and their hearings. Appearance rates are counted over instances heard in a period.

CREATE TABLE court_cases (
    id               INTEGER PRIMARY KEY,
    case_no          TEXT    NOT NULL,
    court            TEXT    NOT NULL,
    instance         TEXT    NOT NULL CHECK (instance IN ('FIRST', 'SECOND', 'RETRIAL')),
    defendant_org_id INTEGER NOT NULL REFERENCES orgs (id),
    co_defendants    TEXT,
    cause            TEXT,
    admin_field      TEXT,
    filed_on         TEXT,
    outcome          TEXT    NOT NULL DEFAULT 'PENDING',
    version          INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
-- One row per case number and 审级: the second instance of a case is its own duty.
CREATE UNIQUE INDEX court_cases_no_instance ON court_cases (case_no, instance);
-- Rates join hearings to their case and group by the defendant unit.
CREATE INDEX court_cases_org ON court_cases (defendant_org_id, outcome);
CREATE INDEX court_cases_filed ON court_cases (filed_on);

CREATE TABLE court_hearings (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES court_cases (id) ON DELETE CASCADE,
    date            TEXT    NOT NULL,
    -- The date the court's 出庭通知书 was received; null when none came.
    notified        TEXT,
    head_appeared   INTEGER NOT NULL DEFAULT 0 CHECK (head_appeared IN (0, 1)),
    head_name       TEXT,
    head_position   TEXT,
    head_category   TEXT CHECK (head_category IS NULL OR head_category <> 'STAFF'),
    spoke           INTEGER NOT NULL DEFAULT 0 CHECK (spoke IN (0, 1)),
    absence_reason  TEXT,
    entrusted_staff TEXT,
    lawyer_only     INTEGER NOT NULL DEFAULT 0 CHECK (lawyer_only IN (0, 1)),
    version         INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
-- The rate queries read a period of hearings by date (or by notice date) and group them by case:
-- covering indexes let them do so without touching the table.
CREATE INDEX court_hearings_date ON court_hearings (date, case_id, head_appeared, head_category, spoke, absence_reason);
CREATE INDEX court_hearings_notified ON court_hearings (notified, case_id, head_appeared, head_category, spoke, absence_reason)
    WHERE notified IS NOT NULL;
CREATE INDEX court_hearings_case ON court_hearings (case_id, date);
