import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Questions (and the FAQ), the contact-retention setting, and the job-schedule statistics Payload
 * keeps for scheduled tasks. Trimmed by hand to these changes: the generator compared against an
 * earlier branch's schema snapshot and also rebuilt tables other migrations already changed. The
 * JSON beside this file is the complete schema as of this migration.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`topic\` text,
  	\`day\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`country\` text,
  	\`city\` text,
  	\`contact\` text,
  	\`contact_consent\` integer,
  	\`contact_given_on\` text,
  	\`edited_at\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_slug_idx\` ON \`questions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_day_idx\` ON \`questions\` (\`day\`);`)
  await db.run(sql`CREATE TABLE \`questions_locales\` (
  	\`public_question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_locales_locale_parent_id_unique\` ON \`questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`question_contact_retention_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_question_contact_retention_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` integer REFERENCES questions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`payload_locked_documents_rels_questions_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`questions_id\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_question_contact_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`question_contact_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`questions_locales\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
}
