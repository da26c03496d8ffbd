import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "hotline_phone", "_status", "updated_at", "created_at") SELECT "id", "hotline_phone", 'published', "updated_at", "created_at" FROM \`site_settings\`;`)
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
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_hotline_phone", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "version_hotline_phone", 'published', "version_updated_at", "version_created_at", "created_at", "updated_at", NULL, NULL, CASE WHEN "id" = (SELECT MAX("id") FROM \`_site_settings_v\`) THEN 1 ELSE NULL END FROM \`_site_settings_v\`;`)
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
  await db.run(sql`ALTER TABLE \`press_room\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`press_room__status_idx\` ON \`press_room\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` ADD \`published_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_press_room_v\` ADD \`latest\` integer;`)
  // Settings saved before they had drafts were live: they are the published versions.
  await db.run(sql`UPDATE \`press_room\` SET \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`_press_room_v\` SET \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_press_room_v\` SET \`latest\` = 1 WHERE \`id\` = (SELECT MAX(\`id\`) FROM \`_press_room_v\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_version_version__status_idx\` ON \`_press_room_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_snapshot_idx\` ON \`_press_room_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_published_locale_idx\` ON \`_press_room_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_room_v_latest_idx\` ON \`_press_room_v\` (\`latest\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
