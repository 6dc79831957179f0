-- Transfers between the devices of one account (spec: Transfers). Parties are named by their
-- device row id without a foreign key: a removed device's transfers are cancelled, not deleted, so
-- that the other party still learns of it at its next login (REQ-PRIMARY-010, REQ-XFER-022).

-- pending_sender / pending_recipient: the party has not been sent the transfer's latest frame
-- while online; sent after its next login. recipient_sees is 0 for a transfer rejected at once by
-- its permission or size cap, which the recipient never hears of (REQ-PERM-008).
CREATE TABLE transfers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  transfer_id TEXT NOT NULL UNIQUE,
  account TEXT NOT NULL,
  sender_id INTEGER NOT NULL,
  sender TEXT NOT NULL,
  recipient_id INTEGER NOT NULL,
  recipient TEXT NOT NULL,
  permission TEXT NOT NULL CHECK (permission IN ('reject', 'ask', 'direct')),
  state TEXT NOT NULL,
  reason TEXT,
  by_device TEXT,
  note TEXT,
  offered_at TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  recipient_sees INTEGER NOT NULL,
  pending_sender INTEGER NOT NULL,
  pending_recipient INTEGER NOT NULL
);

CREATE INDEX transfers_open_expiry ON transfers (state, expires_at);
CREATE INDEX transfers_sender ON transfers (sender_id, state);
CREATE INDEX transfers_recipient ON transfers (recipient_id, state);
CREATE INDEX transfers_account ON transfers (account, state);

-- The files of a transfer in the order of the offer. The data channel tokens are kept as issued:
-- each transfer frame to a party carries its token again, after a login or a restart too, so a
-- hash would not do; they are bearer secrets, as safe as this file.
CREATE TABLE transfer_files (
  transfer INTEGER NOT NULL REFERENCES transfers (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  path TEXT,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  media_type TEXT NOT NULL,
  state TEXT NOT NULL,
  failure TEXT,
  upload_token TEXT,
  download_token TEXT,
  PRIMARY KEY (transfer, idx)
);
