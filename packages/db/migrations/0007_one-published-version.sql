CREATE TABLE "publication_restriction_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"do_not_publish" boolean NOT NULL,
	"reason" text NOT NULL,
	"set_by" uuid,
	"set_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "publication_restriction_history" ADD CONSTRAINT "publication_restriction_history_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_restriction_history" ADD CONSTRAINT "publication_restriction_history_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_restriction_history" ADD CONSTRAINT "publication_restriction_history_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publication_restriction_history_pupil_idx" ON "publication_restriction_history" USING btree ("school_id","pupil_id","set_at");--> statement-breakpoint
-- Reasons stored before this migration: each pupil's current reason becomes the first entry of their history, with
-- the flag as it stands now.
INSERT INTO "publication_restriction_history" ("school_id", "pupil_id", "do_not_publish", "reason", "set_by", "set_at")
SELECT r."school_id", r."pupil_id", p."do_not_publish", r."reason", r."set_by", r."set_at"
FROM "publication_restrictions" r JOIN "pupils" p ON p."id" = r."pupil_id"
ORDER BY r."set_at";--> statement-breakpoint
CREATE OR REPLACE FUNCTION publication_restriction_history_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'publication restriction history is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER publication_restriction_history_append_only
  BEFORE UPDATE OR DELETE ON publication_restriction_history
  FOR EACH ROW EXECUTE FUNCTION publication_restriction_history_refuse_change();--> statement-breakpoint
-- A school left with two published versions by a race before this migration keeps the newer in force.
UPDATE "policy_versions" AS v SET "status" = 'superseded'
WHERE v."status" = 'published' AND EXISTS (
	SELECT 1 FROM "policy_versions" AS n
	WHERE n."school_id" = v."school_id" AND n."status" = 'published' AND n."number" > v."number"
);--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_one_published_key" ON "policy_versions" USING btree ("school_id") WHERE status = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_one_draft_key" ON "policy_versions" USING btree ("school_id") WHERE status = 'draft';