CREATE TABLE "processed_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"kind" text NOT NULL,
	"comment_external_id" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"delivery_id" bigint NOT NULL,
	"processed_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
-- Revisions stored before this migration: each wording appeared when the one before it was replaced, or else when
-- the comment was posted.
ALTER TABLE "comment_revisions" ADD COLUMN "written_at" timestamp (3) with time zone;--> statement-breakpoint
UPDATE "comment_revisions" AS r SET "written_at" = coalesce(w."previous_edited_at", c."posted_at")
FROM (
	SELECT "id", lag("edited_at") OVER (PARTITION BY "comment_id" ORDER BY "edited_at", "id") AS "previous_edited_at"
	FROM "comment_revisions"
) AS w, "comments" AS c
WHERE w."id" = r."id" AND c."id" = r."comment_id";--> statement-breakpoint
ALTER TABLE "comment_revisions" ALTER COLUMN "written_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "text_changed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "state_changed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "hide_claimed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "poll_resume" jsonb;--> statement-breakpoint
ALTER TABLE "processed_events" ADD CONSTRAINT "processed_events_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "processed_events_account_key" ON "processed_events" USING btree ("account_id","dedupe_key");--> statement-breakpoint
-- Comments stored before this migration: their text dates from their latest edit, or else from when it was posted.
UPDATE "comments" SET "text_changed_at" = coalesce((SELECT max(r."edited_at") FROM "comment_revisions" r WHERE r."comment_id" = "comments"."id"), "posted_at");
