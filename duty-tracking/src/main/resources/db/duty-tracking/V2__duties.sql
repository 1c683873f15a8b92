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

-- Version 1 of the catalogue: the yearly duties of a 政府主要负责人 that inspections ask about
-- (shared/domain.md §3). Admins publish later versions through the API; plans for a year use the
-- newest version whose from_year has come. Due days: most duties run to the year's end; the plan
-- enters the 政府工作报告 in the first quarter; the annual report on the previous year is public by
-- 4月1日 (a department reports to its government by 3月1日: a department-only catalogue version, or
-- the organiser's due-date edit, moves it).
INSERT INTO duty_catalog_versions (id, version, label, from_year, created_at, created_by)
VALUES (1, 1, '第一责任人职责清单(2016年版)', 2016, '2016-12-14T00:00:00.000000000Z', 'system');

INSERT INTO duty_catalog_entries (version_id, code, title, frequency, applies_to, legal_basis, due_day, position) VALUES
(1, 'EXEC_MEETING_REPORT', '主持政府常务会议听取法治政府建设工作汇报,研究解决法治政府建设重大问题', 'YEARLY', '["PRINCIPAL"]',
 '《党政主要负责人履行推进法治建设第一责任人职责规定》第六条;《法治政府建设实施纲要(2021－2025年)》', '12-31', 1),
(1, 'WORK_PLAN', '将法治政府建设纳入政府工作报告和年度工作计划', 'YEARLY', '["PRINCIPAL"]',
 '《党政主要负责人履行推进法治建设第一责任人职责规定》第六条(制定工作规划和年度工作计划)', '03-31', 2),
(1, 'PRE_MEETING_STUDY', '主持或参加政府常务会议会前学法', 'QUARTERLY', '["PRINCIPAL"]',
 '《党政主要负责人履行推进法治建设第一责任人职责规定》第六条;《法治政府建设实施纲要(2021－2025年)》(健全领导干部学法用法机制)', '12-31', 3),
(1, 'MAJOR_DECISIONS', '重大行政决策履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序', 'PER_EVENT', '["PRINCIPAL"]',
 '《重大行政决策程序暂行条例》(国务院令第713号);《党政主要负责人履行推进法治建设第一责任人职责规定》第六条', '12-31', 4),
(1, 'COURT_APPEARANCE', '落实行政机关负责人出庭应诉制度,尊重并执行人民法院生效裁判', 'PER_EVENT', '["PRINCIPAL"]',
 '《中华人民共和国行政诉讼法》第三条第三款;《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》(法释〔2020〕3号)', '12-31', 5),
(1, 'YEAR_END_REPORT', '年终述职中报告履行推进法治建设第一责任人职责情况(述法)', 'YEARLY', '["PRINCIPAL"]',
 '《党政主要负责人履行推进法治建设第一责任人职责规定》(履职情况列入年终述职内容);《中华人民共和国法治宣传教育法》(年度述职报告学法用法情况)', '12-31', 6),
(1, 'ANNUAL_REPORT', '组织编制并向社会公开上一年度法治政府建设年度报告', 'YEARLY', '["PRINCIPAL"]',
 '《法治政府建设与责任落实督察工作规定》第二十四条、第二十五条(4月1日前向社会公开;政府部门3月1日前报告本级政府)', '04-01', 7);
