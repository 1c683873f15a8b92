-- assessment V1: 示范创建 indicator systems as versioned data, and the rounds opened on them. A system is a
-- tree of up to three levels (一级/二级/三级) of indicators; a parent's points are the sum of its children's. A
-- system a round has used is never changed again: editing it stores a new version of the same lineage, copied from it.
-- Points are kept in tenths of a point (12.5 → 125) as integers: exact sums on both engines.

CREATE TABLE assessment_systems (
    id           INTEGER PRIMARY KEY,
    -- The first version's id; every version copied from it shares it, numbered 1, 2, 3…
    lineage_id   INTEGER REFERENCES assessment_systems (id),
    number       INTEGER NOT NULL CHECK (number >= 1),
    title        TEXT    NOT NULL,
    from_year    INTEGER NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
    -- 1 for the shipped sample (national areas, placeholder points the user sets).
    sample       INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    based_on     INTEGER REFERENCES assessment_systems (id),
    -- The assessing unit that keeps it; null for a system of the whole ledger.
    owner_org_id INTEGER REFERENCES orgs (id),
    total_tenths INTEGER NOT NULL CHECK (total_tenths >= 0),
    version      INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    UNIQUE (lineage_id, number)
);

CREATE TABLE assessment_indicators (
    system_id      INTEGER NOT NULL REFERENCES assessment_systems (id),
    code           TEXT    NOT NULL,
    parent_code    TEXT,
    position       INTEGER NOT NULL,
    level          INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    leaf           INTEGER NOT NULL CHECK (leaf IN (0, 1)),
    title          TEXT    NOT NULL,
    standard       TEXT,
    points_tenths  INTEGER NOT NULL CHECK (points_tenths >= 0),
    -- Codes separated by commas (FILE,IMAGE,…); null: any kind of evidence.
    evidence_kinds TEXT,
    -- Unit kinds separated by commas (DEPARTMENT,TOWNSHIP); null: every kind of unit.
    applies_to     TEXT,
    veto           INTEGER NOT NULL DEFAULT 0 CHECK (veto IN (0, 1)),
    -- The 关联台账指标 cell as the sheet writes it ("负责人出庭率;达到90%得满分"); null when not bound.
    binding        TEXT,
    PRIMARY KEY (system_id, code)
);

-- A round: an assessing unit assesses the units below it for a year on one system version (pinned: a
-- system a round uses is never changed). Deadlines are inclusive days; scores and thresholds in tenths.
CREATE TABLE assessment_rounds (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title             TEXT    NOT NULL,
    system_id         INTEGER NOT NULL REFERENCES assessment_systems (id),
    org_id            INTEGER NOT NULL REFERENCES orgs (id),
    self_deadline     TEXT    NOT NULL,
    review_deadline   TEXT    NOT NULL,
    pass_tenths       INTEGER NOT NULL CHECK (pass_tenths >= 0),
    -- Grades: 优秀 at or above excellent, 良好 at or above good, 合格 at or above qualified, else 不合格.
    excellent_tenths  INTEGER NOT NULL,
    good_tenths       INTEGER NOT NULL,
    qualified_tenths  INTEGER NOT NULL,
    -- The year's target share of units meeting the standard, in tenths of a percent (50% → 500).
    target_tenths     INTEGER NOT NULL CHECK (target_tenths BETWEEN 0 AND 1000),
    version           INTEGER NOT NULL,
    created_at        TEXT    NOT NULL,
    created_by        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CHECK (self_deadline <= review_deadline),
    CHECK (excellent_tenths >= good_tenths AND good_tenths >= qualified_tenths AND qualified_tenths >= 0)
);
CREATE INDEX assessment_rounds_org ON assessment_rounds (org_id, year);
CREATE INDEX assessment_rounds_system ON assessment_rounds (system_id);

-- The units a round assesses, with where their self-assessment stands.
CREATE TABLE assessment_round_units (
    round_id     INTEGER NOT NULL REFERENCES assessment_rounds (id),
    org_id       INTEGER NOT NULL REFERENCES orgs (id),
    state        TEXT    NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'SUBMITTED', 'CONFIRMED')),
    submitted_at TEXT,
    submitted_by TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (round_id, org_id),
    CHECK ((state = 'OPEN') = (submitted_at IS NULL))
);
CREATE INDEX assessment_round_units_org ON assessment_round_units (org_id);
