CREATE TABLE `bia` (
	`process_id` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`wrt_minutes` integer,
	`data_loss_tolerance_minutes` integer,
	`manual_rto_minutes` integer,
	`manual_rpo_minutes` integer,
	`pinned_tier_id` text,
	`mbco` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`last_editor_name` text,
	`last_edited_at` text,
	`approved_by` text,
	`approved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`process_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pinned_tier_id`) REFERENCES `tier`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bia_loss` (
	`process_id` text NOT NULL,
	`bucket_id` text NOT NULL,
	`amount` real NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`process_id`, `bucket_id`),
	FOREIGN KEY (`process_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bucket_id`) REFERENCES `time_bucket`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bia_rating` (
	`process_id` text NOT NULL,
	`category_id` text NOT NULL,
	`bucket_id` text NOT NULL,
	`severity` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`process_id`, `category_id`, `bucket_id`),
	FOREIGN KEY (`process_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `impact_category`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bucket_id`) REFERENCES `time_bucket`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `edge` (
	`id` text PRIMARY KEY NOT NULL,
	`consumer_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`hard` integer DEFAULT true NOT NULL,
	`group_id` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`consumer_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `edge_consumer_idx` ON `edge` (`consumer_id`);--> statement-breakpoint
CREATE INDEX `edge_provider_idx` ON `edge` (`provider_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `edge_pair_uq` ON `edge` (`consumer_id`,`provider_id`);--> statement-breakpoint
CREATE TABLE `node` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`tier_id` text,
	`rto_minutes` integer,
	`rpo_minutes` integer,
	`restore_minutes` integer,
	`proven_minutes` integer,
	`proven_at` text,
	`pos_x` integer,
	`pos_y` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`tier_id`) REFERENCES `tier`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `node_kind_idx` ON `node` (`kind`);--> statement-breakpoint
CREATE UNIQUE INDEX `node_kind_name_uq` ON `node` (`kind`,`name`);--> statement-breakpoint
CREATE TABLE `impact_category` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE TABLE `tier` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`rank` integer NOT NULL,
	`rto_minutes` integer NOT NULL,
	`rpo_minutes` integer NOT NULL,
	`test_frequency_days` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE TABLE `time_bucket` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`minutes` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
