CREATE TABLE `financial_entity` (
	`id` text PRIMARY KEY NOT NULL,
	`lei` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`entity_type` text DEFAULT '' NOT NULL,
	`competent_authority` text DEFAULT '' NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE TABLE `provider` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`lei` text,
	`alt_code` text,
	`alt_code_type` text,
	`country` text DEFAULT '' NOT NULL,
	`person_type` text DEFAULT 'legal' NOT NULL,
	`provider_type` text DEFAULT '' NOT NULL,
	`parent_id` text,
	`substitutability` text,
	`substitutability_reason` text DEFAULT '' NOT NULL,
	`exit_plan` text DEFAULT '' NOT NULL,
	`alternatives` text DEFAULT '' NOT NULL,
	`last_audit_date` text,
	`node_ids` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provider_name_uq` ON `provider` (`name`);--> statement-breakpoint
CREATE TABLE `provider_contract` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`provider_id` text NOT NULL,
	`service_type` text DEFAULT '' NOT NULL,
	`node_ids` text DEFAULT '[]' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`notice_entity_days` integer,
	`notice_provider_days` integer,
	`governing_law` text DEFAULT '' NOT NULL,
	`provision_country` text DEFAULT '' NOT NULL,
	`stores_data` integer DEFAULT false NOT NULL,
	`storage_country` text DEFAULT '' NOT NULL,
	`processing_country` text DEFAULT '' NOT NULL,
	`data_sensitivity` text,
	`contracted_rto_minutes` integer,
	`contracted_rpo_minutes` integer,
	`annual_cost` real,
	`currency` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provider_contract_reference_uq` ON `provider_contract` (`reference`);--> statement-breakpoint
CREATE INDEX `provider_contract_provider_idx` ON `provider_contract` (`provider_id`);--> statement-breakpoint
CREATE TABLE `supply_chain_link` (
	`id` text PRIMARY KEY NOT NULL,
	`contract_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`recipient_id` text,
	`rank` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`contract_id`) REFERENCES `provider_contract`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supply_chain_contract_idx` ON `supply_chain_link` (`contract_id`);