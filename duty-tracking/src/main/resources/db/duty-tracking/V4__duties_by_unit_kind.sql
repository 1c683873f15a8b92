-- A duty may bind only the leaders of some kinds of unit (主持政府常务会议 is a government's, not a
-- 司法局's or a 司法所's): a JSON array of unit kinds; NULL binds every kind, as every entry did before.
ALTER TABLE duty_catalog_entries ADD COLUMN org_kinds TEXT;
