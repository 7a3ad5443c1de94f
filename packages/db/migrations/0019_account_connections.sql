CREATE TABLE "account_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"started_by" uuid NOT NULL,
	"platform" text NOT NULL,
	"state_hash" text NOT NULL,
	"code_verifier_sealed" text,
	"expires_at" timestamp with time zone NOT NULL,
	"callback_at" timestamp with time zone,
	"status" text DEFAULT 'started' NOT NULL,
	"choices_sealed" text,
	"failure" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "token_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "refresh_sealed" text;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "granted_scopes" jsonb;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "missing_scopes" jsonb;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "webhook_subscribed" boolean;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "linked_page_id" text;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "last_poll_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "reconnect_reason" text;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "connected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account_connections" ADD CONSTRAINT "account_connections_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_connections" ADD CONSTRAINT "account_connections_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_connections" ADD CONSTRAINT "account_connections_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_connections_state_key" ON "account_connections" USING btree ("state_hash");--> statement-breakpoint
CREATE INDEX "account_connections_account_idx" ON "account_connections" USING btree ("account_id");