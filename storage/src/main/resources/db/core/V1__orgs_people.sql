-- The organisation tree and its people: the core every module hangs its ledgers on.
CREATE TABLE orgs (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    parent_id  INTEGER REFERENCES orgs (id),
    version    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE INDEX orgs_parent ON orgs (parent_id);
-- Names are unique among siblings, so "单位" in an imported sheet can name a unit unambiguously
-- within its parent; two counties may each have a 财政局.
CREATE UNIQUE INDEX orgs_sibling_name ON orgs (ifnull(parent_id, 0), name);

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    name       TEXT    NOT NULL,
    position   TEXT,
    category   TEXT    NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE INDEX people_org ON people (org_id);
CREATE INDEX people_category ON people (category, org_id);
