CREATE TABLE `dr_test` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`scenario` text DEFAULT '' NOT NULL,
	`scope_node_ids` text DEFAULT '[]' NOT NULL,
	`runbook_version_ids` text DEFAULT '[]' NOT NULL,
	`objectives` text DEFAULT '' NOT NULL,
	`participants` text DEFAULT '' NOT NULL,
	`scheduled_at` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`verdict` text,
	`data_loss` text DEFAULT '[]' NOT NULL,
	`completed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE TABLE `dr_test_event` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`test_id` text NOT NULL,
	`type` text NOT NULL,
	`at` integer NOT NULL,
	`step_id` text,
	`outcome` text,
	`notes` text,
	FOREIGN KEY (`test_id`) REFERENCES `dr_test`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dr_test_event_test_idx` ON `dr_test_event` (`test_id`);--> statement-breakpoint
CREATE TABLE `finding` (
	`id` text PRIMARY KEY NOT NULL,
	`test_id` text,
	`step_id` text,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`severity` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`test_id`) REFERENCES `dr_test`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`step_id`) REFERENCES `runbook_step`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `finding_test_idx` ON `finding` (`test_id`);--> statement-breakpoint
CREATE TABLE `proven_capability` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`node_id` text NOT NULL,
	`test_id` text NOT NULL,
	`minutes` real NOT NULL,
	`proven_at` text NOT NULL,
	FOREIGN KEY (`test_id`) REFERENCES `dr_test`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `runbook` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`strategy` text NOT NULL,
	`template_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE TABLE `runbook_step` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`verification` text DEFAULT '' NOT NULL,
	`rollback_point` integer DEFAULT false NOT NULL,
	`min_minutes` integer NOT NULL,
	`likely_minutes` integer NOT NULL,
	`max_minutes` integer NOT NULL,
	`depends_on` text DEFAULT '[]' NOT NULL,
	`restores_node_ids` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `runbook_version`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `runbook_step_version_idx` ON `runbook_step` (`version_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `runbook_step_key_uq` ON `runbook_step` (`version_id`,`key`);--> statement-breakpoint
CREATE TABLE `runbook_version` (
	`id` text PRIMARY KEY NOT NULL,
	`runbook_id` text NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`target_node_ids` text DEFAULT '[]' NOT NULL,
	`author_name` text NOT NULL,
	`submitted_by` text,
	`submitted_at` text,
	`approved_by` text,
	`approved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`runbook_id`) REFERENCES `runbook`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `runbook_version_uq` ON `runbook_version` (`runbook_id`,`version`);--> statement-breakpoint
-- A run's events are its record of what happened when: never rewritten.
CREATE TRIGGER `dr_test_event_no_update` BEFORE UPDATE ON `dr_test_event`
BEGIN
  SELECT RAISE(ABORT, 'dr_test_event is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `dr_test_event_no_delete` BEFORE DELETE ON `dr_test_event`
BEGIN
  SELECT RAISE(ABORT, 'dr_test_event is append-only');
END;
