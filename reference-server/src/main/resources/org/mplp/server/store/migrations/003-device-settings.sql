-- A device's own receive setting and the policy its primary device set for it (spec: Receive
-- permissions, The primary device). A device without a row has the defaults: receive direct and a
-- policy that restricts nothing, so the sender's permission applies until someone restricts it.
CREATE TABLE device_settings (
  device_id INTEGER PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
  receive TEXT NOT NULL CHECK (receive IN ('reject', 'ask', 'direct')),
  policy_transfers TEXT NOT NULL CHECK (policy_transfers IN ('reject', 'ask', 'direct')),
  policy_messages TEXT NOT NULL CHECK (policy_messages IN ('accept', 'reject')),
  policy_max_file_bytes INTEGER
);
