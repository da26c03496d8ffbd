import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_releases_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_topics_order_idx\` ON \`press_releases_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_topics_parent_idx\` ON \`press_releases_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_topics_order_idx\` ON \`_press_releases_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_topics_parent_idx\` ON \`_press_releases_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletters_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletters_topics_order_idx\` ON \`newsletters_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_topics_parent_idx\` ON \`newsletters_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletters_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_newsletters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_topics_order_idx\` ON \`_newsletters_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_version_topics_parent_idx\` ON \`_newsletters_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_phones_order_idx\` ON \`services_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_phones_parent_id_idx\` ON \`services_phones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_phones_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_phones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_phones_locales_locale_parent_id_unique\` ON \`services_phones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_languages_order_idx\` ON \`services_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_languages_parent_idx\` ON \`services_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`coordinates_lat\` numeric,
  	\`coordinates_lng\` numeric,
  	\`whatsapp\` text,
  	\`telegram\` text,
  	\`signal\` text,
  	\`email\` text,
  	\`website\` text,
  	\`demo\` integer DEFAULT false,
  	\`verification_verified_at\` text,
  	\`verification_verified_how\` text,
  	\`verification_verified_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_kind_idx\` ON \`services\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`services_country_idx\` ON \`services\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`services_city_idx\` ON \`services\` (\`city\`);`)
  await db.run(sql`CREATE INDEX \`services_verification_verification_verified_at_idx\` ON \`services\` (\`verification_verified_at\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`organisation\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`address\` text,
  	\`directions\` text,
  	\`hours\` text,
  	\`cost\` text,
  	\`serves\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`leaflets_contacts\` ADD \`service_id\` integer REFERENCES services(id);`)
  await db.run(sql`CREATE INDEX \`leaflets_contacts_service_idx\` ON \`leaflets_contacts\` (\`service_id\`);`)
  await db.run(sql`ALTER TABLE \`leaflets\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_leaflets_v_version_contacts\` ADD \`service_id\` integer REFERENCES services(id);`)
  await db.run(sql`CREATE INDEX \`_leaflets_v_version_contacts_service_idx\` ON \`_leaflets_v_version_contacts\` (\`service_id\`);`)
  await db.run(sql`ALTER TABLE \`_leaflets_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_newsletters_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns_objectives\` ADD \`measure\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_objectives\` ADD \`measure\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`services_id\` integer REFERENCES services(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`hotline_service_id\` integer REFERENCES services(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`services_verification_days\` numeric;`)
  await db.run(sql`CREATE INDEX \`site_settings_hotline_hotline_service_idx\` ON \`site_settings\` (\`hotline_service_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_hotline_service_id\` integer REFERENCES services(id);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_services_verification_days\` numeric;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_hotline_version_hotline_service_idx\` ON \`_site_settings_v\` (\`version_hotline_service_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_releases_topics\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`newsletters_topics\`;`)
  await db.run(sql`DROP TABLE \`_newsletters_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`services_phones\`;`)
  await db.run(sql`DROP TABLE \`services_phones_locales\`;`)
  await db.run(sql`DROP TABLE \`services_languages\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_leaflets_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`leaflets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_leaflets_contacts\`("_order", "_parent_id", "id", "phone", "url") SELECT "_order", "_parent_id", "id", "phone", "url" FROM \`leaflets_contacts\`;`)
  await db.run(sql`DROP TABLE \`leaflets_contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_leaflets_contacts\` RENAME TO \`leaflets_contacts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`leaflets_contacts_order_idx\` ON \`leaflets_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`leaflets_contacts_parent_id_idx\` ON \`leaflets_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__leaflets_v_version_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_leaflets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__leaflets_v_version_contacts\`("_order", "_parent_id", "id", "phone", "url", "_uuid") SELECT "_order", "_parent_id", "id", "phone", "url", "_uuid" FROM \`_leaflets_v_version_contacts\`;`)
  await db.run(sql`DROP TABLE \`_leaflets_v_version_contacts\`;`)
  await db.run(sql`ALTER TABLE \`__new__leaflets_v_version_contacts\` RENAME TO \`_leaflets_v_version_contacts\`;`)
  await db.run(sql`CREATE INDEX \`_leaflets_v_version_contacts_order_idx\` ON \`_leaflets_v_version_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_leaflets_v_version_contacts_parent_id_idx\` ON \`_leaflets_v_version_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`leaflets_id\` integer,
  	\`press_releases_id\` integer,
  	\`newsletters_id\` integer,
  	\`posts_id\` integer,
  	\`campaigns_id\` integer,
  	\`questions_id\` integer,
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
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reach_counts_id\`) REFERENCES \`reach_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reach_import_marks_id\`) REFERENCES \`reach_import_marks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "leaflets_id", "press_releases_id", "newsletters_id", "posts_id", "campaigns_id", "questions_id", "media_id", "users_id", "reach_counts_id", "reach_import_marks_id", "feedback_id") SELECT "id", "order", "parent_id", "path", "leaflets_id", "press_releases_id", "newsletters_id", "posts_id", "campaigns_id", "questions_id", "media_id", "users_id", "reach_counts_id", "reach_import_marks_id", "feedback_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leaflets_id_idx\` ON \`payload_locked_documents_rels\` (\`leaflets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_counts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_import_marks_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_import_marks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hotline_phone\` text,
  	\`question_contact_retention_days\` numeric,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "hotline_phone", "question_contact_retention_days", "_status", "updated_at", "created_at") SELECT "id", "hotline_phone", "question_contact_retention_days", "_status", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_hotline_phone\` text,
  	\`version_question_contact_retention_days\` numeric,
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
  await db.run(sql`ALTER TABLE \`leaflets\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_leaflets_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_newsletters_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`campaigns_objectives\` DROP COLUMN \`measure\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_objectives\` DROP COLUMN \`measure\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_translation_state\`;`)
}
