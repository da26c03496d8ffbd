import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`leaflets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`leaflets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`leaflets_rels_order_idx\` ON \`leaflets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`leaflets_rels_parent_idx\` ON \`leaflets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`leaflets_rels_path_idx\` ON \`leaflets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`leaflets_rels_campaigns_id_idx\` ON \`leaflets_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`_leaflets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_leaflets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_leaflets_v_rels_order_idx\` ON \`_leaflets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_leaflets_v_rels_parent_idx\` ON \`_leaflets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_leaflets_v_rels_path_idx\` ON \`_leaflets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_leaflets_v_rels_campaigns_id_idx\` ON \`_leaflets_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`posts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_rels_order_idx\` ON \`posts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_parent_idx\` ON \`posts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_path_idx\` ON \`posts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_campaigns_id_idx\` ON \`posts_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`_posts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_rels_order_idx\` ON \`_posts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_rels_parent_idx\` ON \`_posts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_rels_path_idx\` ON \`_posts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_rels_campaigns_id_idx\` ON \`_posts_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_key_messages_order_idx\` ON \`campaigns_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_key_messages_parent_id_idx\` ON \`campaigns_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_key_messages_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_key_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_key_messages_locales_locale_parent_id_unique\` ON \`campaigns_key_messages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`indicator\` text,
  	\`unit\` text,
  	\`baseline\` numeric,
  	\`target\` numeric,
  	\`target_date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_objectives_order_idx\` ON \`campaigns_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_objectives_parent_id_idx\` ON \`campaigns_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_personas_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns_personas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_personas_languages_order_idx\` ON \`campaigns_personas_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_personas_languages_parent_idx\` ON \`campaigns_personas_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_personas_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns_personas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_personas_channels_order_idx\` ON \`campaigns_personas_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_personas_channels_parent_idx\` ON \`campaigns_personas_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_personas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`who\` text,
  	\`where\` text,
  	\`need_to_know\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_personas_order_idx\` ON \`campaigns_personas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_personas_parent_id_idx\` ON \`campaigns_personas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_cities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_cities_order_idx\` ON \`campaigns_cities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_cities_parent_id_idx\` ON \`campaigns_cities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_cities_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_cities_locales_locale_parent_id_unique\` ON \`campaigns_cities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`logo_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_partners_order_idx\` ON \`campaigns_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_partners_parent_id_idx\` ON \`campaigns_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_partners_logo_idx\` ON \`campaigns_partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_channels_order_idx\` ON \`campaigns_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_channels_parent_idx\` ON \`campaigns_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_countries_order_idx\` ON \`campaigns_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_countries_parent_idx\` ON \`campaigns_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`brand_colour\` text DEFAULT '#0b5d4b',
  	\`logo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_logo_idx\` ON \`campaigns\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`name\` text,
  	\`slogan\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_key_messages_order_idx\` ON \`_campaigns_v_version_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_key_messages_parent_id_idx\` ON \`_campaigns_v_version_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_key_messages_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_version_key_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_version_key_messages_locales_locale_parent_id_u\` ON \`_campaigns_v_version_key_messages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`indicator\` text,
  	\`unit\` text,
  	\`baseline\` numeric,
  	\`target\` numeric,
  	\`target_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_objectives_order_idx\` ON \`_campaigns_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_objectives_parent_id_idx\` ON \`_campaigns_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_personas_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v_version_personas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_personas_languages_order_idx\` ON \`_campaigns_v_version_personas_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_personas_languages_parent_idx\` ON \`_campaigns_v_version_personas_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_personas_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v_version_personas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_personas_channels_order_idx\` ON \`_campaigns_v_version_personas_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_personas_channels_parent_idx\` ON \`_campaigns_v_version_personas_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_personas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`who\` text,
  	\`where\` text,
  	\`need_to_know\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_personas_order_idx\` ON \`_campaigns_v_version_personas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_personas_parent_id_idx\` ON \`_campaigns_v_version_personas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_cities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_cities_order_idx\` ON \`_campaigns_v_version_cities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_cities_parent_id_idx\` ON \`_campaigns_v_version_cities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_cities_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_version_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_version_cities_locales_locale_parent_id_unique\` ON \`_campaigns_v_version_cities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`logo_id\` integer,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_partners_order_idx\` ON \`_campaigns_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_partners_parent_id_idx\` ON \`_campaigns_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_partners_logo_idx\` ON \`_campaigns_v_version_partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_channels_order_idx\` ON \`_campaigns_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_channels_parent_idx\` ON \`_campaigns_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_countries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_countries_order_idx\` ON \`_campaigns_v_version_countries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_countries_parent_idx\` ON \`_campaigns_v_version_countries\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_brand_colour\` text DEFAULT '#0b5d4b',
  	\`version_logo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_logo_idx\` ON \`_campaigns_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_locales\` (
  	\`version_name\` text,
  	\`version_slogan\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_locales_locale_parent_id_unique\` ON \`_campaigns_v_locales\` (\`_locale\`,\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`reach_counts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`entry_collection\` text NOT NULL,
  	\`slug\` text,
  	\`locale\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`views\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reach_counts_key_idx\` ON \`reach_counts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`reach_counts_day_idx\` ON \`reach_counts\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`reach_counts_updated_at_idx\` ON \`reach_counts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reach_counts_created_at_idx\` ON \`reach_counts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reach_import_marks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stream\` text NOT NULL,
  	\`second\` numeric NOT NULL,
  	\`lines_at_second\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reach_import_marks_stream_idx\` ON \`reach_import_marks\` (\`stream\`);`)
  await db.run(sql`CREATE INDEX \`reach_import_marks_updated_at_idx\` ON \`reach_import_marks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reach_import_marks_created_at_idx\` ON \`reach_import_marks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`entry_collection\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`comment\` text,
  	\`day\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_slug_idx\` ON \`feedback\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`feedback_day_idx\` ON \`feedback\` (\`day\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`press_releases_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_campaigns_id_idx\` ON \`press_releases_rels\` (\`campaigns_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_campaigns_id_idx\` ON \`_press_releases_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`ALTER TABLE \`newsletters_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_campaigns_id_idx\` ON \`newsletters_rels\` (\`campaigns_id\`);`)
  await db.run(sql`ALTER TABLE \`_newsletters_v_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_campaigns_id_idx\` ON \`_newsletters_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` integer REFERENCES questions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reach_counts_id\` integer REFERENCES reach_counts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reach_import_marks_id\` integer REFERENCES reach_import_marks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_counts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_import_marks_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_import_marks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`question_contact_retention_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_question_contact_retention_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_build\` ADD \`left_out\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`leaflets_rels\`;`)
  await db.run(sql`DROP TABLE \`_leaflets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`posts_rels\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_key_messages\`;`)
  await db.run(sql`DROP TABLE \`campaigns_key_messages_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_objectives\`;`)
  await db.run(sql`DROP TABLE \`campaigns_personas_languages\`;`)
  await db.run(sql`DROP TABLE \`campaigns_personas_channels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_personas\`;`)
  await db.run(sql`DROP TABLE \`campaigns_cities\`;`)
  await db.run(sql`DROP TABLE \`campaigns_cities_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_partners\`;`)
  await db.run(sql`DROP TABLE \`campaigns_channels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_countries\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_key_messages\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_key_messages_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_personas_languages\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_personas_channels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_personas\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_cities\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_cities_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_countries\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_locales\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_locales\`;`)
  await db.run(sql`DROP TABLE \`reach_counts\`;`)
  await db.run(sql`DROP TABLE \`reach_import_marks\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`press_releases_rels\`;`)
  await db.run(sql`DROP TABLE \`press_releases_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases_rels\` RENAME TO \`press_releases_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_order_idx\` ON \`press_releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_parent_idx\` ON \`press_releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_path_idx\` ON \`press_releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_media_id_idx\` ON \`press_releases_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_press_releases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v_rels\` RENAME TO \`_press_releases_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_order_idx\` ON \`_press_releases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_parent_idx\` ON \`_press_releases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_path_idx\` ON \`_press_releases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_media_id_idx\` ON \`_press_releases_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_newsletters_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` integer,
  	\`leaflets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leaflets_id\`) REFERENCES \`leaflets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_newsletters_rels\`("id", "order", "parent_id", "path", "posts_id", "leaflets_id") SELECT "id", "order", "parent_id", "path", "posts_id", "leaflets_id" FROM \`newsletters_rels\`;`)
  await db.run(sql`DROP TABLE \`newsletters_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_newsletters_rels\` RENAME TO \`newsletters_rels\`;`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_order_idx\` ON \`newsletters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_parent_idx\` ON \`newsletters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_path_idx\` ON \`newsletters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_posts_id_idx\` ON \`newsletters_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_rels_leaflets_id_idx\` ON \`newsletters_rels\` (\`leaflets_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__newsletters_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` integer,
  	\`leaflets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_newsletters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leaflets_id\`) REFERENCES \`leaflets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__newsletters_v_rels\`("id", "order", "parent_id", "path", "posts_id", "leaflets_id") SELECT "id", "order", "parent_id", "path", "posts_id", "leaflets_id" FROM \`_newsletters_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_newsletters_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__newsletters_v_rels\` RENAME TO \`_newsletters_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_order_idx\` ON \`_newsletters_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_parent_idx\` ON \`_newsletters_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_path_idx\` ON \`_newsletters_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_posts_id_idx\` ON \`_newsletters_v_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletters_v_rels_leaflets_id_idx\` ON \`_newsletters_v_rels\` (\`leaflets_id\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leaflets_id\`) REFERENCES \`leaflets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "leaflets_id", "press_releases_id", "newsletters_id", "posts_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "leaflets_id", "press_releases_id", "newsletters_id", "posts_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leaflets_id_idx\` ON \`payload_locked_documents_rels\` (\`leaflets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`question_contact_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_question_contact_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`site_build\` DROP COLUMN \`left_out\`;`)
}
