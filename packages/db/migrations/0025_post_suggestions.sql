ALTER TABLE "post_suggestions" ADD COLUMN "account_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "post_suggestions" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "post_suggestions" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "post_suggestions" ADD COLUMN "decided_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "post_suggestions" ADD COLUMN "decided_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "post_suggestions" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "post_suggestions" ADD CONSTRAINT "post_suggestions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;