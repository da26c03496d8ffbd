import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`leaflets\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_leaflets_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`newsletters\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_newsletters_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_translation_state\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`leaflets\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_leaflets_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`newsletters\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_newsletters_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_translation_state\`;`)
}
