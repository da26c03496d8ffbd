import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`leaflets\` ADD \`first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`leaflets_first_published_at_idx\` ON \`leaflets\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_leaflets_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`CREATE INDEX \`_leaflets_v_version_version_first_published_at_idx\` ON \`_leaflets_v\` (\`version_first_published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`leaflets_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`leaflets\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_leaflets_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_leaflets_v\` DROP COLUMN \`version_first_published_at\`;`)
}
