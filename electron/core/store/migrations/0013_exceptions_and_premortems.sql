CREATE TABLE `premortem_failure_mode` (
	`id` text PRIMARY KEY NOT NULL,
	`release_id` text NOT NULL,
	`description` text NOT NULL,
	`likelihood` text NOT NULL,
	`impact` text NOT NULL,
	`detection` text NOT NULL,
	`mitigation` text NOT NULL,
	`trigger_metric` text NOT NULL,
	`trigger_name` text NOT NULL,
	`trigger_comparator` text NOT NULL,
	`trigger_threshold` real NOT NULL,
	`trigger_unit` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE INDEX `premortem_failure_mode_release_idx` ON `premortem_failure_mode` (`release_id`);--> statement-breakpoint
CREATE TABLE `risk_exception` (
	`id` text PRIMARY KEY NOT NULL,
	`conflict_key` text NOT NULL,
	`conflict_kind` text NOT NULL,
	`conflict_summary` text NOT NULL,
	`rationale` text NOT NULL,
	`compensating_controls` text NOT NULL,
	`owner` text NOT NULL,
	`expires_on` text NOT NULL,
	`raised_by` text NOT NULL,
	`raised_by_signer` text,
	`accepted_at` text,
	`accepted_by` text,
	`accepted_by_signer` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE INDEX `risk_exception_key_idx` ON `risk_exception` (`conflict_key`);