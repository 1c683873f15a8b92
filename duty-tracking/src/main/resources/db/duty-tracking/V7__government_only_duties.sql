-- duty-tracking V7: the 2016 catalogue let government-only duties bind the principal of every unit, so a
-- 司法局's or a 司法所's head was asked to 主持政府常务会议. Those two entries bind the heads of
-- governments (市、县人民政府) only, as V4 made possible.
UPDATE duty_catalog_entries SET org_kinds = '["CITY_GOV","COUNTY_GOV"]'
WHERE version_id = 1 AND code IN ('EXEC_MEETING_REPORT', 'PRE_MEETING_STUDY') AND org_kinds IS NULL;

-- Items already planned from those entries for the leaders of other kinds of unit were never due. Those
-- nobody has touched (no status, note, review or evidence) go; any with work recorded on them stay, for
-- the organiser to mark 不适用 or keep.
DELETE FROM duty_items
WHERE catalog_entry_id IN (SELECT id FROM duty_catalog_entries
                           WHERE version_id = 1 AND code IN ('EXEC_MEETING_REPORT', 'PRE_MEETING_STUDY'))
  AND org_id NOT IN (SELECT id FROM orgs WHERE kind IN ('CITY_GOV', 'COUNTY_GOV'))
  AND status = 'NOT_STARTED' AND review_state = 'DRAFT' AND version = 0 AND note IS NULL
  AND NOT EXISTS (SELECT 1 FROM duty_evidence e WHERE e.item_id = duty_items.id)
  AND NOT EXISTS (SELECT 1 FROM duty_reviews r WHERE r.item_id = duty_items.id);
