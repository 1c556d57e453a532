CREATE TABLE `canary_comparison` (
	`id` text PRIMARY KEY NOT NULL,
	`release_id` text NOT NULL,
	`name` text NOT NULL,
	`pass_threshold` real DEFAULT 90 NOT NULL,
	`marginal_threshold` real DEFAULT 75 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`release_id`) REFERENCES `release`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `canary_metric` (
	`id` text PRIMARY KEY NOT NULL,
	`comparison_id` text NOT NULL,
	`name` text NOT NULL,
	`direction` text NOT NULL,
	`tolerance` real NOT NULL,
	`critical` integer DEFAULT false NOT NULL,
	`baseline` text DEFAULT '[]' NOT NULL,
	`canary` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`comparison_id`) REFERENCES `canary_comparison`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `canary_metric_comparison_idx` ON `canary_metric` (`comparison_id`);--> statement-breakpoint
CREATE TABLE `freeze_window` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`window_start` integer NOT NULL,
	`window_end` integer NOT NULL,
	`scope_kind` text NOT NULL,
	`scope_ids` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE TABLE `gate_waiver` (
	`id` text PRIMARY KEY NOT NULL,
	`release_id` text NOT NULL,
	`check_id` text NOT NULL,
	`justification` text NOT NULL,
	`approver` text NOT NULL,
	`created_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`release_id`) REFERENCES `release`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gate_waiver_release_idx` ON `gate_waiver` (`release_id`);--> statement-breakpoint
CREATE TABLE `maintenance_window` (
	`id` text PRIMARY KEY NOT NULL,
	`node_id` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`window_start` integer NOT NULL,
	`window_end` integer NOT NULL,
	`recurrence` text DEFAULT 'none' NOT NULL,
	`until` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`node_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `release` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` text NOT NULL,
	`node_ids` text DEFAULT '[]' NOT NULL,
	`window_start` integer NOT NULL,
	`window_end` integer NOT NULL,
	`strategy` text NOT NULL,
	`change_type` text NOT NULL,
	`change_size` integer NOT NULL,
	`rollback_runbook_id` text,
	`owner` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`committed_at` integer,
	`deployed_at` integer,
	`failure_detected_at` integer,
	`restored_at` integer,
	`override_justification` text,
	`override_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`rollback_runbook_id`) REFERENCES `runbook`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `release_approval` (
	`id` text PRIMARY KEY NOT NULL,
	`release_id` text NOT NULL,
	`approver` text NOT NULL,
	`approved_at` integer NOT NULL,
	`withdrawn_at` integer,
	FOREIGN KEY (`release_id`) REFERENCES `release`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `release_approval_release_idx` ON `release_approval` (`release_id`);--> statement-breakpoint
CREATE TABLE `risk_weight` (
	`factor` text PRIMARY KEY NOT NULL,
	`weight` real NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `slo` (
	`id` text PRIMARY KEY NOT NULL,
	`node_id` text NOT NULL,
	`name` text NOT NULL,
	`sli_kind` text NOT NULL,
	`target_percent` real NOT NULL,
	`window_days` integer NOT NULL,
	`policy_min_remaining` real DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`node_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `slo_measurement` (
	`id` text PRIMARY KEY NOT NULL,
	`slo_id` text NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`good` integer NOT NULL,
	`total` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`slo_id`) REFERENCES `slo`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slo_measurement_period_uq` ON `slo_measurement` (`slo_id`,`period_start`,`period_end`);