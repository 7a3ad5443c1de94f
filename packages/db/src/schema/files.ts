// Uploaded files (training certificates, kept evidence, concern files and images). By default the bytes are kept
// in the row, so they share the database's transactions, backups and tenancy. With object storage (FILE_STORE=s3)
// the row keeps the name, type, size and SHA-256, `content` is empty and `object_key` says where the bytes are.
import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { schools } from './tenancy.ts';
import { users } from './people.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** Where the bytes are in the object store; null: they are in `content`. */
    objectKey: text('object_key'),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stored_files_school_idx').on(t.schoolId)],
);
