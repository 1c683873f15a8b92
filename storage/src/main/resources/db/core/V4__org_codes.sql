-- The 统一社会信用代码 of a unit (18 characters, checked by the program): optional, unique where given. The key by
-- which another instance recognises the unit in a 报送 package. Written once for both engines; NULLs do not
-- collide in a unique index on either.
ALTER TABLE orgs ADD COLUMN code TEXT;
CREATE UNIQUE INDEX orgs_code ON orgs (code);
