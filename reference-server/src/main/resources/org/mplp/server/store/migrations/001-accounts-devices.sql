-- Accounts and their devices (spec: Login, Devices). Only SCRAM keys are kept, never a password
-- or a device credential (REQ-LOGIN-018).
CREATE TABLE accounts (
  name TEXT PRIMARY KEY,
  salt BLOB NOT NULL,
  iterations INTEGER NOT NULL,
  stored_key BLOB NOT NULL,
  server_key BLOB NOT NULL,
  created_at TEXT NOT NULL
);

-- id grows with every registration and is never reused (AUTOINCREMENT): the registration order
-- that decides who becomes primary when the primary goes (REQ-DEVICE-008).
CREATE TABLE devices (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account TEXT NOT NULL REFERENCES accounts (name) ON DELETE CASCADE,
  type TEXT NOT NULL,
  ordinal INTEGER NOT NULL CHECK (ordinal >= 1),
  label TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),
  registered_at TEXT NOT NULL,
  salt BLOB NOT NULL,
  iterations INTEGER NOT NULL,
  stored_key BLOB NOT NULL,
  server_key BLOB NOT NULL,
  login_time TEXT NOT NULL,
  last_ip TEXT NOT NULL,
  client_name TEXT NOT NULL,
  client_version TEXT NOT NULL,
  UNIQUE (account, type, ordinal)
);

-- One random secret per server, created at the first start; the fake salts of unknown accounts
-- and devices are derived from it (REQ-LOGIN-002).
CREATE TABLE server_secret (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  secret BLOB NOT NULL,
  created_at TEXT NOT NULL
);
