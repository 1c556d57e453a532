ALTER TABLE `release` ADD `gate_passage` text;--> statement-breakpoint
-- A process's tier, RTO and RPO live in its BIA (issue 13 item 2). Targets typed on a process's node
-- row before then become the BIA's overrides where it has none, so nothing typed is lost.
UPDATE `bia` SET `manual_rto_minutes` = (SELECT `rto_minutes` FROM `node` WHERE `node`.`id` = `bia`.`process_id`) WHERE `manual_rto_minutes` IS NULL;--> statement-breakpoint
UPDATE `bia` SET `manual_rpo_minutes` = (SELECT `rpo_minutes` FROM `node` WHERE `node`.`id` = `bia`.`process_id`) WHERE `manual_rpo_minutes` IS NULL;--> statement-breakpoint
UPDATE `bia` SET `pinned_tier_id` = (SELECT `tier_id` FROM `node` WHERE `node`.`id` = `bia`.`process_id`) WHERE `pinned_tier_id` IS NULL;--> statement-breakpoint
UPDATE `node` SET `rto_minutes` = NULL, `rpo_minutes` = NULL, `tier_id` = NULL WHERE `kind` = 'process';
