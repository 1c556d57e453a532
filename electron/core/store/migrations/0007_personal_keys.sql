-- Personal keys (issue 14): the roster of members and their sign-offs, the signer and signature of
-- each audit entry, and the end of the workspace's private key. The key is blanked before its column
-- is dropped, and files are opened with secure_delete on, so the freed pages hold no key material.
CREATE TABLE `member` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`public_key_pem` text NOT NULL,
	`added_at` text NOT NULL,
	`added_by` text NOT NULL,
	`retired_at` text,
	`retired_by` text,
	`retired_reason` text
);
--> statement-breakpoint
CREATE TABLE `signoff` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`version` integer NOT NULL,
	`content_hash` text NOT NULL,
	`signer` text NOT NULL,
	`signer_name` text NOT NULL,
	`signed_at` text NOT NULL,
	`signature` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `signoff_entity_idx` ON `signoff` (`entity`,`entity_id`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `signer` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `signature` text;--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
UPDATE `workspace_key` SET `private_key_pem` = '';--> statement-breakpoint
ALTER TABLE `workspace_key` DROP COLUMN `private_key_pem`;