CREATE TABLE `impact_level_definition` (
	`category_id` text NOT NULL,
	`severity` integer NOT NULL,
	`definition` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`category_id`, `severity`),
	FOREIGN KEY (`category_id`) REFERENCES `impact_category`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `questionnaire` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`process_id` text NOT NULL,
	`owner` text NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'sent' NOT NULL,
	`sent_at` text NOT NULL,
	`returned_at` text,
	`accepted_at` text,
	`accepted_by` text,
	`dependencies` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `questionnaire_campaign`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`process_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `questionnaire_campaign` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`due_date` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`retired_at` text
);
