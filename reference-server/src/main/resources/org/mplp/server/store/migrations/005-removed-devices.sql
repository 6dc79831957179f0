-- Devices whose row is gone but whose messages the message log may still hold (see
-- reference-server/DURABILITY.adoc): a row is added in the same transaction that deletes the
-- device, whoever deletes it (the server, or the account command removing an account), and taken
-- out once the log's discard for that device is on disk. At start the server finishes what is here.
-- (The trigger's END shares the line of its statement: the migration runner splits at line ends
-- after a semicolon.)
CREATE TABLE removed_devices (
  device_id INTEGER PRIMARY KEY,
  address TEXT NOT NULL
);

CREATE TRIGGER devices_removed AFTER DELETE ON devices
BEGIN
  INSERT OR IGNORE INTO removed_devices (device_id, address)
  VALUES (old.id, old.account || '-' || old.type || '-' || old.ordinal); END;
