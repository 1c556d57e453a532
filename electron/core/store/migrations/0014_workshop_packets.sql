CREATE TABLE `imported_audit` (
	`packet_id` text NOT NULL,
	`seq` integer NOT NULL,
	`at` text NOT NULL,
	`actor_name` text NOT NULL,
	`actor_role` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before_json` text,
	`after_json` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`signer` text,
	`signature` text,
	PRIMARY KEY(`packet_id`, `seq`)
);
--> statement-breakpoint
CREATE INDEX `imported_audit_entity_idx` ON `imported_audit` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `packet_merge` (
	`packet_id` text PRIMARY KEY NOT NULL,
	`base_seq` integer NOT NULL,
	`base_hash` text NOT NULL,
	`packet_head_seq` integer NOT NULL,
	`packet_head_hash` text NOT NULL,
	`merged_by` text NOT NULL,
	`merged_at` text NOT NULL,
	`applied` integer NOT NULL,
	`resolved` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `workspace_packet` (
	`id` text PRIMARY KEY NOT NULL,
	`master_id` text NOT NULL,
	`master_name` text NOT NULL,
	`base_seq` integer NOT NULL,
	`base_hash` text NOT NULL,
	`scope` text NOT NULL,
	`scope_node_ids` text DEFAULT '[]' NOT NULL,
	`cut_by_name` text NOT NULL,
	`cut_by_fingerprint` text,
	`cut_at` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
