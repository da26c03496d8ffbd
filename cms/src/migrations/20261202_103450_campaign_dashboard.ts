import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns_objectives\` ADD \`measure\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_objectives\` ADD \`measure\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns_objectives\` DROP COLUMN \`measure\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_objectives\` DROP COLUMN \`measure\`;`)
}
