-- law-training V1: study sessions with attendees and attachments, quota rules, the law catalogue,
-- and pre-appointment test batches with results.

CREATE TABLE study_sessions (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES orgs (id),
    date          TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    topic         TEXT    NOT NULL,
    -- The titles studied, as a JSON array: read whole with the session, searchable with json_each.
    laws          TEXT    NOT NULL DEFAULT '[]',
    lecturer      TEXT,
    lecturer_unit TEXT,
    minutes       INTEGER,
    expected      INTEGER NOT NULL DEFAULT 0,
    attended      INTEGER NOT NULL DEFAULT 0 CHECK (attended <= expected),
    note          TEXT,
    version       INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
-- Compliance counts a year of sessions per unit, kind and quarter; lists page by unit and date.
CREATE INDEX study_sessions_date ON study_sessions (date, org_id, kind, minutes);
CREATE INDEX study_sessions_org_date ON study_sessions (org_id, date);
-- Lists are newest first; (date) carries the id, so a page is found in index order without sorting.
CREATE INDEX study_sessions_newest ON study_sessions (date);

CREATE TABLE study_attendees (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES people (id),
    name       TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    guest      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX study_attendees_session ON study_attendees (session_id);
CREATE INDEX study_attendees_person ON study_attendees (person_id);

CREATE TABLE study_attachments (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT    NOT NULL,
    stored_path  TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    created_by   TEXT    NOT NULL
);
CREATE INDEX study_attachments_session ON study_attachments (session_id);

CREATE TABLE quota_rules (
    id          INTEGER PRIMARY KEY,
    label       TEXT    NOT NULL,
    kinds       TEXT    NOT NULL,
    org_kind    TEXT    NOT NULL,
    minimum     INTEGER NOT NULL CHECK (minimum > 0),
    period      TEXT    NOT NULL CHECK (period IN ('YEAR', 'QUARTER')),
    min_minutes INTEGER,
    active      INTEGER NOT NULL DEFAULT 1,
    version     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
-- The defaults of shared/API.md (南通 2018): governments ≥4 常务会议学法 a year, departments ≥2 集体学法.
INSERT INTO quota_rules (label, kinds, org_kind, minimum, period, created_at, updated_at) VALUES
    ('市政府常务会议会前学法', 'EXEC_MEETING', 'CITY_GOV', 4, 'YEAR', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
    ('县政府常务会议会前学法', 'EXEC_MEETING', 'COUNTY_GOV', 4, 'YEAR', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
    ('部门领导班子集体学法', 'COLLECTIVE', 'DEPARTMENT', 2, 'YEAR', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));

CREATE TABLE law_catalog (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL UNIQUE,
    category TEXT,
    source   TEXT NOT NULL CHECK (source IN ('BUILTIN', 'IMPORTED'))
);
INSERT INTO law_catalog (title, category, source) VALUES
    ('中华人民共和国宪法', '宪法', 'BUILTIN'),
    ('中华人民共和国民法典', '民法', 'BUILTIN'),
    ('中华人民共和国行政处罚法', '行政法', 'BUILTIN'),
    ('中华人民共和国行政许可法', '行政法', 'BUILTIN'),
    ('中华人民共和国行政强制法', '行政法', 'BUILTIN'),
    ('中华人民共和国行政复议法', '行政法', 'BUILTIN'),
    ('中华人民共和国行政诉讼法', '诉讼法', 'BUILTIN'),
    ('中华人民共和国国家赔偿法', '行政法', 'BUILTIN'),
    ('中华人民共和国监察法', '宪法相关法', 'BUILTIN'),
    ('中华人民共和国公务员法', '行政法', 'BUILTIN'),
    ('中华人民共和国公职人员政务处分法', '行政法', 'BUILTIN'),
    ('中华人民共和国法治宣传教育法', '社会法', 'BUILTIN'),
    ('中华人民共和国立法法', '宪法相关法', 'BUILTIN'),
    ('中华人民共和国地方各级人民代表大会和地方各级人民政府组织法', '宪法相关法', 'BUILTIN'),
    ('中华人民共和国国家安全法', '宪法相关法', 'BUILTIN'),
    ('中华人民共和国保守国家秘密法', '行政法', 'BUILTIN'),
    ('中华人民共和国数据安全法', '行政法', 'BUILTIN'),
    ('中华人民共和国个人信息保护法', '民法', 'BUILTIN'),
    ('中华人民共和国网络安全法', '行政法', 'BUILTIN'),
    ('中华人民共和国安全生产法', '经济法', 'BUILTIN'),
    ('中华人民共和国突发事件应对法', '行政法', 'BUILTIN'),
    ('中华人民共和国传染病防治法', '行政法', 'BUILTIN'),
    ('中华人民共和国食品安全法', '行政法', 'BUILTIN'),
    ('中华人民共和国药品管理法', '行政法', 'BUILTIN'),
    ('中华人民共和国环境保护法', '行政法', 'BUILTIN'),
    ('中华人民共和国大气污染防治法', '行政法', 'BUILTIN'),
    ('中华人民共和国水污染防治法', '行政法', 'BUILTIN'),
    ('中华人民共和国固体废物污染环境防治法', '行政法', 'BUILTIN'),
    ('中华人民共和国土地管理法', '行政法', 'BUILTIN'),
    ('中华人民共和国城乡规划法', '行政法', 'BUILTIN'),
    ('中华人民共和国森林法', '行政法', 'BUILTIN'),
    ('中华人民共和国水法', '行政法', 'BUILTIN'),
    ('中华人民共和国消防法', '行政法', 'BUILTIN'),
    ('中华人民共和国道路交通安全法', '行政法', 'BUILTIN'),
    ('中华人民共和国治安管理处罚法', '行政法', 'BUILTIN'),
    ('中华人民共和国反电信网络诈骗法', '行政法', 'BUILTIN'),
    ('中华人民共和国反有组织犯罪法', '刑法', 'BUILTIN'),
    ('中华人民共和国刑法', '刑法', 'BUILTIN'),
    ('中华人民共和国预算法', '经济法', 'BUILTIN'),
    ('中华人民共和国审计法', '经济法', 'BUILTIN'),
    ('中华人民共和国统计法', '经济法', 'BUILTIN'),
    ('中华人民共和国政府采购法', '经济法', 'BUILTIN'),
    ('中华人民共和国招标投标法', '经济法', 'BUILTIN'),
    ('中华人民共和国乡村振兴促进法', '经济法', 'BUILTIN'),
    ('中华人民共和国劳动法', '社会法', 'BUILTIN'),
    ('中华人民共和国劳动合同法', '社会法', 'BUILTIN'),
    ('中华人民共和国社会保险法', '社会法', 'BUILTIN'),
    ('中华人民共和国未成年人保护法', '社会法', 'BUILTIN'),
    ('中华人民共和国妇女权益保障法', '社会法', 'BUILTIN'),
    ('中华人民共和国法律援助法', '社会法', 'BUILTIN'),
    ('中华人民共和国人民调解法', '社会法', 'BUILTIN'),
    ('中华人民共和国档案法', '行政法', 'BUILTIN'),
    ('中华人民共和国外商投资法', '经济法', 'BUILTIN'),
    ('中华人民共和国政府信息公开条例', '行政法规', 'BUILTIN'),
    ('重大行政决策程序暂行条例', '行政法规', 'BUILTIN'),
    ('优化营商环境条例', '行政法规', 'BUILTIN'),
    ('信访工作条例', '党内法规', 'BUILTIN'),
    ('法治政府建设实施纲要(2021—2025年)', '规范性文件', 'BUILTIN'),
    ('党政主要负责人履行推进法治建设第一责任人职责规定', '党内法规', 'BUILTIN'),
    ('中国共产党纪律处分条例', '党内法规', 'BUILTIN');

CREATE TABLE test_batches (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    date       TEXT    NOT NULL,
    track      TEXT    NOT NULL CHECK (track IN ('NPC', 'NON_NPC')),
    paper      TEXT,
    full_mark  INTEGER NOT NULL,
    pass_mark  INTEGER NOT NULL CHECK (pass_mark <= full_mark),
    mode       TEXT    NOT NULL,
    title      TEXT,
    version    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE INDEX test_batches_date ON test_batches (date);
CREATE INDEX test_batches_org ON test_batches (org_id, date);

CREATE TABLE test_results (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES test_batches (id),
    name          TEXT    NOT NULL,
    person_id     INTEGER REFERENCES people (id),
    org_id        INTEGER NOT NULL REFERENCES orgs (id),
    current_post  TEXT,
    proposed_post TEXT,
    score         REAL,
    absent        INTEGER NOT NULL DEFAULT 0,
    retake_of     INTEGER REFERENCES test_results (id),
    -- The first sitting of a retake chain (null on a first sitting): whose figures a retake counts to.
    chain_root    INTEGER REFERENCES test_results (id),
    -- 0 for a first sitting, 1 for the first retake: decides DEFERRED versus WITHDRAWN.
    retake_number INTEGER NOT NULL DEFAULT 0,
    outcome       TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE INDEX test_results_batch ON test_results (batch_id);
CREATE INDEX test_results_org ON test_results (org_id);
-- A failed sitting is retaken once at the most; the retake points back at it.
CREATE UNIQUE INDEX test_results_retake ON test_results (retake_of) WHERE retake_of IS NOT NULL;
