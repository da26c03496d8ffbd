import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

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
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_footer_contacts_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_footer_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_footer_contacts_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`site_settings_footer_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_contacts_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_footer_contacts_locales\` RENAME TO \`site_settings_footer_contacts_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_footer_contacts_locales_locale_parent_id_uniqu\` ON \`site_settings_footer_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hotline_phone\` text,
  	\`question_contact_retention_days\` numeric DEFAULT 30,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "hotline_phone", "question_contact_retention_days", "_status", "updated_at", "created_at") SELECT "id", "hotline_phone", "question_contact_retention_days", "_status", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_locales\` (
  	\`site_name\` text,
  	\`tagline\` text,
  	\`hotline_label\` text,
  	\`hotline_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_locales\`("site_name", "tagline", "hotline_label", "hotline_hours", "id", "_locale", "_parent_id") SELECT "site_name", "tagline", "hotline_label", "hotline_hours", "id", "_locale", "_parent_id" FROM \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_locales\` RENAME TO \`site_settings_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v_version_footer_contacts_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v_version_footer_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v_version_footer_contacts_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`_site_settings_v_version_footer_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_footer_contacts_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v_version_footer_contacts_locales\` RENAME TO \`_site_settings_v_version_footer_contacts_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_version_footer_contacts_locales_locale_pare\` ON \`_site_settings_v_version_footer_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_hotline_phone\` text,
  	\`version_question_contact_retention_days\` numeric DEFAULT 30,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_hotline_phone", "version_question_contact_retention_days", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "version_hotline_phone", "version_question_contact_retention_days", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_snapshot_idx\` ON \`_site_settings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_published_locale_idx\` ON \`_site_settings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v_locales\` (
  	\`version_site_name\` text,
  	\`version_tagline\` text,
  	\`version_hotline_label\` text,
  	\`version_hotline_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v_locales\`("version_site_name", "version_tagline", "version_hotline_label", "version_hotline_hours", "id", "_locale", "_parent_id") SELECT "version_site_name", "version_tagline", "version_hotline_label", "version_hotline_hours", "id", "_locale", "_parent_id" FROM \`_site_settings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v_locales\` RENAME TO \`_site_settings_v_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_locales_locale_parent_id_unique\` ON \`_site_settings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_press_room_media_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`phone\` text,
  	\`email\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_room\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_room_media_contacts\`("_order", "_parent_id", "id", "name", "phone", "email") SELECT "_order", "_parent_id", "id", "name", "phone", "email" FROM \`press_room_media_contacts\`;`)
  await db.run(sql`DROP TABLE \`press_room_media_contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_room_media_contacts\` RENAME TO \`press_room_media_contacts\`;`)
  await db.run(sql`CREATE INDEX \`press_room_media_contacts_order_idx\` ON \`press_room_media_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_room_media_contacts_parent_id_idx\` ON \`press_room_media_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_press_room_locales\` (
  	\`boilerplate\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_room\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_room_locales\`("boilerplate", "id", "_locale", "_parent_id") SELECT "boilerplate", "id", "_locale", "_parent_id" FROM \`press_room_locales\`;`)
  await db.run(sql`DROP TABLE \`press_room_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_room_locales\` RENAME TO \`press_room_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_room_locales_locale_parent_id_unique\` ON \`press_room_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_room_v_version_media_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_room_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_room_v_version_media_contacts\`("_order", "_parent_id", "id", "name", "phone", "email", "_uuid") SELECT "_order", "_parent_id", "id", "name", "phone", "email", "_uuid" FROM \`_press_room_v_version_media_contacts\`;`)
  await db.run(sql`DROP TABLE \`_press_room_v_version_media_contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_room_v_version_media_contacts\` RENAME TO \`_press_room_v_version_media_contacts\`;`)
  await db.run(sql`CREATE INDEX \`_press_room_v_version_media_contacts_order_idx\` ON \`_press_room_v_version_media_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_version_media_contacts_parent_id_idx\` ON \`_press_room_v_version_media_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_room_v_locales\` (
  	\`version_boilerplate\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_room_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_room_v_locales\`("version_boilerplate", "id", "_locale", "_parent_id") SELECT "version_boilerplate", "id", "_locale", "_parent_id" FROM \`_press_room_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_room_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_room_v_locales\` RENAME TO \`_press_room_v_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_room_v_locales_locale_parent_id_unique\` ON \`_press_room_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` integer REFERENCES questions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`ALTER TABLE \`press_room\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`press_room__status_idx\` ON \`press_room\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` ADD \`published_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` ADD \`latest\` integer;`)
  await db.run(sql`CREATE INDEX \`_press_room_v_version_version__status_idx\` ON \`_press_room_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_snapshot_idx\` ON \`_press_room_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_published_locale_idx\` ON \`_press_room_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_latest_idx\` ON \`_press_room_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`site_build\` ADD \`left_out\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`leaflets_id\` integer,
  	\`press_releases_id\` integer,
  	\`newsletters_id\` integer,
  	\`posts_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`reach_counts_id\` integer,
  	\`reach_import_marks_id\` integer,
  	\`feedback_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leaflets_id\`) REFERENCES \`leaflets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reach_counts_id\`) REFERENCES \`reach_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reach_import_marks_id\`) REFERENCES \`reach_import_marks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "leaflets_id", "press_releases_id", "newsletters_id", "posts_id", "media_id", "users_id", "reach_counts_id", "reach_import_marks_id", "feedback_id") SELECT "id", "order", "parent_id", "path", "leaflets_id", "press_releases_id", "newsletters_id", "posts_id", "media_id", "users_id", "reach_counts_id", "reach_import_marks_id", "feedback_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leaflets_id_idx\` ON \`payload_locked_documents_rels\` (\`leaflets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_counts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_import_marks_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_import_marks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hotline_phone\` text NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "hotline_phone", "updated_at", "created_at") SELECT "id", "hotline_phone", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_hotline_phone\` text NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_hotline_phone", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "version_hotline_phone", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`DROP INDEX \`press_room__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`press_room\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`_press_room_v_version_version__status_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_room_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_room_v_published_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_room_v_latest_idx\`;`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` DROP COLUMN \`latest\`;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_footer_contacts_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_footer_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_footer_contacts_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`site_settings_footer_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_contacts_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_footer_contacts_locales\` RENAME TO \`site_settings_footer_contacts_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_footer_contacts_locales_locale_parent_id_uniqu\` ON \`site_settings_footer_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_locales\` (
  	\`site_name\` text NOT NULL,
  	\`tagline\` text,
  	\`hotline_label\` text NOT NULL,
  	\`hotline_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_locales\`("site_name", "tagline", "hotline_label", "hotline_hours", "id", "_locale", "_parent_id") SELECT "site_name", "tagline", "hotline_label", "hotline_hours", "id", "_locale", "_parent_id" FROM \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_locales\` RENAME TO \`site_settings_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v_version_footer_contacts_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v_version_footer_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v_version_footer_contacts_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`_site_settings_v_version_footer_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_footer_contacts_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v_version_footer_contacts_locales\` RENAME TO \`_site_settings_v_version_footer_contacts_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_version_footer_contacts_locales_locale_pare\` ON \`_site_settings_v_version_footer_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v_locales\` (
  	\`version_site_name\` text NOT NULL,
  	\`version_tagline\` text,
  	\`version_hotline_label\` text NOT NULL,
  	\`version_hotline_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v_locales\`("version_site_name", "version_tagline", "version_hotline_label", "version_hotline_hours", "id", "_locale", "_parent_id") SELECT "version_site_name", "version_tagline", "version_hotline_label", "version_hotline_hours", "id", "_locale", "_parent_id" FROM \`_site_settings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v_locales\` RENAME TO \`_site_settings_v_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_locales_locale_parent_id_unique\` ON \`_site_settings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_press_room_media_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_room\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_room_media_contacts\`("_order", "_parent_id", "id", "name", "phone", "email") SELECT "_order", "_parent_id", "id", "name", "phone", "email" FROM \`press_room_media_contacts\`;`)
  await db.run(sql`DROP TABLE \`press_room_media_contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_room_media_contacts\` RENAME TO \`press_room_media_contacts\`;`)
  await db.run(sql`CREATE INDEX \`press_room_media_contacts_order_idx\` ON \`press_room_media_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_room_media_contacts_parent_id_idx\` ON \`press_room_media_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_press_room_locales\` (
  	\`boilerplate\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_room\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_room_locales\`("boilerplate", "id", "_locale", "_parent_id") SELECT "boilerplate", "id", "_locale", "_parent_id" FROM \`press_room_locales\`;`)
  await db.run(sql`DROP TABLE \`press_room_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_room_locales\` RENAME TO \`press_room_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_room_locales_locale_parent_id_unique\` ON \`press_room_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_room_v_version_media_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_room_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_room_v_version_media_contacts\`("_order", "_parent_id", "id", "name", "phone", "email", "_uuid") SELECT "_order", "_parent_id", "id", "name", "phone", "email", "_uuid" FROM \`_press_room_v_version_media_contacts\`;`)
  await db.run(sql`DROP TABLE \`_press_room_v_version_media_contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_room_v_version_media_contacts\` RENAME TO \`_press_room_v_version_media_contacts\`;`)
  await db.run(sql`CREATE INDEX \`_press_room_v_version_media_contacts_order_idx\` ON \`_press_room_v_version_media_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_version_media_contacts_parent_id_idx\` ON \`_press_room_v_version_media_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_room_v_locales\` (
  	\`version_boilerplate\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_room_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_room_v_locales\`("version_boilerplate", "id", "_locale", "_parent_id") SELECT "version_boilerplate", "id", "_locale", "_parent_id" FROM \`_press_room_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_room_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_room_v_locales\` RENAME TO \`_press_room_v_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_room_v_locales_locale_parent_id_unique\` ON \`_press_room_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`site_build\` DROP COLUMN \`left_out\`;`)
}
