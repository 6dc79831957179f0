-- When a transfer entered its final state, in epoch milliseconds; null while it is open. The
-- retention sweep forgets a transfer transferRetentionSeconds after it (REQ-XFER-028). Transfers
-- that ended before the column existed count from the upgrade.
ALTER TABLE transfers ADD COLUMN ended_at INTEGER;

UPDATE transfers SET ended_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000
WHERE state NOT IN ('offered', 'accepted');

CREATE INDEX transfers_ended ON transfers (ended_at);
