-- report V1: the 法治政府建设年度报告 of a unit and year. People write the narrative of each of the five
-- parts; the statistics sentences are not stored while the report is a draft (they are written from the
-- ledgers on every read, so they never go stale and never overwrite a narrative). Publishing freezes
-- them: published_statistics keeps the sentences as published (JSON), until the report is withdrawn.

CREATE TABLE annual_reports (
    id                   INTEGER PRIMARY KEY,
    org_id               INTEGER NOT NULL REFERENCES orgs (id),
    year                 INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    -- 一、主要举措和成效 · 二、存在的不足和原因 · 三、第一责任人职责情况 · 四、下一年度主要安排 · 五、其他
    measures             TEXT,
    shortcomings         TEXT,
    duties               TEXT,
    plans                TEXT,
    other                TEXT,
    status               TEXT    NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    published_on         TEXT,
    published_statistics TEXT,
    -- Starts at 1: version 0 stands for "nothing saved yet", so two first saves cannot both win.
    version              INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    UNIQUE (org_id, year),
    CHECK ((status = 'PUBLISHED') = (published_on IS NOT NULL AND published_statistics IS NOT NULL))
);
