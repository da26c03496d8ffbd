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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_releases_topics\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`newsletters_topics\`;`)
  await db.run(sql`DROP TABLE \`_newsletters_v_version_topics\`;`)
}
