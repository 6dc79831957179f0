-- Messages between the devices of one account (spec: Messages). Devices are named by their row id,
-- never reused, so that a device registered later at a freed address starts its own seq at 1.

-- Each stored copy of a message, one per recipient; seq counts per recipient (REQ-MSG-011). A
-- removed recipient takes its messages with it; a removed sender's messages still reach the others.
CREATE TABLE messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id TEXT NOT NULL UNIQUE,
  sender_id INTEGER NOT NULL,
  sender TEXT NOT NULL,
  recipient_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  recipient TEXT NOT NULL,
  seq INTEGER NOT NULL,
  client_message_id TEXT NOT NULL,
  media_type TEXT NOT NULL,
  body TEXT,
  sent_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'delivered')),
  UNIQUE (recipient_id, seq)
);

CREATE INDEX messages_pending ON messages (recipient_id, state, seq);

-- The last seq given to each recipient device.
CREATE TABLE message_seqs (
  recipient_id INTEGER PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
  last_seq INTEGER NOT NULL
);

-- The message-accepted of each (device, clientMessageId), answered again to a repeated send
-- (REQ-MSG-009); recipients as "address messageId" lines.
CREATE TABLE sends (
  sender_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  client_message_id TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  recipients TEXT NOT NULL,
  PRIMARY KEY (sender_id, client_message_id)
);

-- delivered and undeliverable receipts for a sender that was offline, sent after its next login.
CREATE TABLE receipts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sender_id INTEGER NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('delivered', 'undeliverable')),
  message_id TEXT NOT NULL,
  client_message_id TEXT NOT NULL,
  recipient TEXT NOT NULL,
  detail TEXT NOT NULL
);

CREATE INDEX receipts_sender ON receipts (sender_id, id);
