CREATE TABLE `incident` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`severity` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`started_at` integer NOT NULL,
	`detected_at` integer NOT NULL,
	`restored_at` integer,
	`resolved_at` integer,
	`node_ids` text DEFAULT '[]' NOT NULL,
	`cause_release_id` text,
	`root_cause` text DEFAULT 'unknown' NOT NULL,
	`impact` text DEFAULT '{}' NOT NULL,
	`runbook_version_ids` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`cause_release_id`) REFERENCES `release`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `incident_entry` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`at` integer NOT NULL,
	`author` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incident`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_entry_incident_idx` ON `incident_entry` (`incident_id`);--> statement-breakpoint
CREATE TABLE `incident_message` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`audience` text NOT NULL,
	`recipients` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`sent_by` text NOT NULL,
	`sent_at` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incident`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_message_incident_idx` ON `incident_message` (`incident_id`);--> statement-breakpoint
CREATE TABLE `incident_policy` (
	`id` text PRIMARY KEY NOT NULL,
	`review_due_days` integer DEFAULT 5 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `incident_run_event` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` text NOT NULL,
	`type` text NOT NULL,
	`at` integer NOT NULL,
	`step_id` text,
	`outcome` text,
	`notes` text,
	FOREIGN KEY (`incident_id`) REFERENCES `incident`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_run_event_incident_idx` ON `incident_run_event` (`incident_id`);--> statement-breakpoint
CREATE TABLE `review` (
	`id` text PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`incident_id` text,
	`release_id` text,
	`what_happened` text DEFAULT '' NOT NULL,
	`contributing_factors` text DEFAULT '' NOT NULL,
	`went_well` text DEFAULT '' NOT NULL,
	`facilitator` text DEFAULT '' NOT NULL,
	`completed_at` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incident`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`release_id`) REFERENCES `release`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_incident_uq` ON `review` (`incident_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `review_release_uq` ON `review` (`release_id`);--> statement-breakpoint
ALTER TABLE `finding` ADD `review_id` text REFERENCES review(id);--> statement-breakpoint
ALTER TABLE `finding` ADD `process_id` text REFERENCES node(id);--> statement-breakpoint
-- hand-written (incidents): a crisis run's events are append-only, like dr_test_event's.
CREATE TRIGGER `incident_run_event_no_update` BEFORE UPDATE ON `incident_run_event`
BEGIN
  SELECT RAISE(ABORT, 'incident_run_event is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_run_event_no_delete` BEFORE DELETE ON `incident_run_event`
BEGIN
  SELECT RAISE(ABORT, 'incident_run_event is append-only');
END;
