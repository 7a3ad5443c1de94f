ALTER TABLE "policy_versions" ADD COLUMN "content" jsonb;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD COLUMN "document" jsonb;--> statement-breakpoint
ALTER TABLE "trust_policy_defaults" ADD COLUMN "content" jsonb;--> statement-breakpoint
ALTER TABLE "policy_acceptances" ADD COLUMN "statement_text" text;