CREATE TABLE `impact_tolerance` (
	`id` text PRIMARY KEY NOT NULL,
	`service_id` text NOT NULL,
	`label` text NOT NULL,
	`max_disruption_minutes` integer NOT NULL,
	`customers_affected` integer,
	`transactions_not_processed` integer,
	`value_not_processed` real,
	`data_loss_minutes` integer,
	`rationale` text DEFAULT '' NOT NULL,
	`last_reviewed_at` text,
	`review_interval_days` integer DEFAULT 365 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`service_id`) REFERENCES `important_service`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `impact_tolerance_service_idx` ON `impact_tolerance` (`service_id`);--> statement-breakpoint
CREATE TABLE `important_service` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`customers` text DEFAULT '' NOT NULL,
	`owner` text NOT NULL,
	`node_ids` text DEFAULT '[]' NOT NULL,
	`last_reviewed_at` text,
	`review_interval_days` integer DEFAULT 365 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `important_service_name_unique` ON `important_service` (`name`);--> statement-breakpoint
CREATE TABLE `scenario` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`assumptions` text DEFAULT '' NOT NULL,
	`failures` text DEFAULT '[]' NOT NULL,
	`last_reviewed_at` text,
	`review_interval_days` integer DEFAULT 365 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenario_name_unique` ON `scenario` (`name`);--> statement-breakpoint
ALTER TABLE `bia` ADD `last_reviewed_at` text;--> statement-breakpoint
ALTER TABLE `bia` ADD `review_interval_days` integer DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE `dr_test` ADD `scenario_id` text;