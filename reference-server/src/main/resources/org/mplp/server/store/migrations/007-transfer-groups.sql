-- The transfers one offer to several devices made share a group id (spec: Several recipients);
-- null for an offer to one device. Their files' bytes are spooled once, under the group's id.
ALTER TABLE transfers ADD COLUMN group_id TEXT;

CREATE INDEX transfers_group ON transfers (group_id);
