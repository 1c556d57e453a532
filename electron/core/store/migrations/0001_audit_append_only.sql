-- The audit trail is append-only: the app never updates or deletes an entry, so refuse both at the
-- engine level too. Anyone editing the file by hand must drop these triggers first, and the hash
-- chain still exposes the edit.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
