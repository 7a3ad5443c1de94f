CREATE TABLE "concern_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"agency" text,
	"agency_reference" text,
	"by_user_id" uuid,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"pupil_id" uuid,
	"staff_id" uuid,
	"author_id" uuid,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"source" text NOT NULL,
	"type" text NOT NULL,
	"urgency" text NOT NULL,
	"route" text NOT NULL,
	"what_happened" text NOT NULL,
	"happened_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"raised_by" uuid,
	"raised_at" timestamp (3) with time zone NOT NULL,
	"contact" jsonb,
	"comment_id" uuid,
	"author_id" uuid,
	"outcome" text,
	"rationale" text,
	"closed_at" timestamp (3) with time zone,
	"closed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "public_token" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "second_factor_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "concern_entries" ADD CONSTRAINT "concern_entries_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_entries" ADD CONSTRAINT "concern_entries_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_files" ADD CONSTRAINT "concern_files_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_files" ADD CONSTRAINT "concern_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_people" ADD CONSTRAINT "concern_people_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_people" ADD CONSTRAINT "concern_people_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_people" ADD CONSTRAINT "concern_people_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_people" ADD CONSTRAINT "concern_people_author_id_social_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."social_authors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_author_id_social_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."social_authors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concern_entries_concern_idx" ON "concern_entries" USING btree ("concern_id","at");--> statement-breakpoint
CREATE INDEX "concern_files_concern_idx" ON "concern_files" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "concern_people_concern_idx" ON "concern_people" USING btree ("concern_id");--> statement-breakpoint
CREATE UNIQUE INDEX "concerns_school_reference_key" ON "concerns" USING btree ("school_id","reference");--> statement-breakpoint
CREATE INDEX "concerns_school_status_idx" ON "concerns" USING btree ("school_id","status","raised_at");--> statement-breakpoint
CREATE INDEX "concerns_raised_by_idx" ON "concerns" USING btree ("raised_by");--> statement-breakpoint
CREATE UNIQUE INDEX "schools_public_token_key" ON "schools" USING btree ("public_token");