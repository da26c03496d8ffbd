import fs from 'node:fs/promises'
import path from 'node:path'

import { localeCodes, plainText, type Snapshot } from '@jol/content-schemas'
import { readSnapshot } from '@jol/content-schemas/io'
import { collectSnapshot, type CollectedSnapshot } from '@jol/scripts/export/buildSnapshot'
import { repoRoot } from '@jol/scripts/export/cliArgs'
import { openLocalReader } from '@jol/scripts/export/localReader'
import { openRestReader } from '@jol/scripts/export/restReader'
import { campaign } from '@jol/scripts/seed/content/campaign'
import { seedCampaign } from '@jol/scripts/seed/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { run } from '../support/processes'
import { generousCeilingMs } from '../support/wait'
import { inProcessFetch } from './inProcessFetch'

/**
 * The demo campaign, seeded into a real CMS, exported by `pnpm export` (a real process on the same
 * database) and through both readers.
 */

let cms: TestCms
let local: CollectedSnapshot
let snapshot: Snapshot
let cli: { code: number | null; output: string }
let out: string

const embargoed = campaign.pressReleases.filter(
  (r) => r.embargoUntil && Date.parse(r.embargoUntil) > Date.now(),
)

/**
 * The root script `pnpm export`, as `./jol export` runs it; the child reads the test's database
 * (DATABASE_URI and JOL_MEDIA_DIR are in the environment). `--out` is absolute: pnpm resolves a
 * relative one against the repository root (its INIT_CWD), and a test must not write there.
 */
const pnpmExport = (...args: string[]) =>
  run('pnpm', ['--dir', repoRoot, 'export', ...args], { cwd: cms.dir })

beforeAll(async () => {
  cms = await startTestCms()
  await seedCampaign(cms.payload, campaign)
  out = path.join(cms.dir, 'exports', 'snapshot')
  cli = await pnpmExport('--out', out)
  if (cli.code !== 0) throw new Error(`pnpm export failed:\n${cli.output}`)
  snapshot = await readSnapshot(out)
  local = await collectSnapshot(await openLocalReader({ payload: cms.payload }))
})
afterAll(async () => cms?.close())

describe('exporting the seeded campaign', () => {
  it('`pnpm export --out DIR` writes it there and prints a one-line summary', () => {
    expect(cli.code, cli.output).toBe(0)
    const summary = cli.output.split('\n').find((line) => line.startsWith('snapshot written to'))
    expect(summary).toBe(
      `snapshot written to ${out}: ${campaign.leaflets.length} leaflets, ${campaign.pressReleases.length - embargoed.length} press-releases, ${campaign.newsletters.length} newsletters, ${campaign.posts.length} posts, ${campaign.campaigns.length} campaigns, 0 questions, ${snapshot.media.length} media; locales ${localeCodes.join(', ')}`,
    )
  })

  it('holds every published entry, and never the release under embargo', async () => {
    expect(embargoed).toHaveLength(1)
    expect(snapshot.leaflets.map((l) => l.slug).sort()).toEqual(campaign.leaflets.map((l) => l.slug).sort())
    expect(snapshot['press-releases'].map((r) => r.slug).sort()).toEqual(
      campaign.pressReleases
        .filter((r) => !embargoed.includes(r))
        .map((r) => r.slug)
        .sort(),
    )
    expect(snapshot.newsletters).toHaveLength(campaign.newsletters.length)
    expect(snapshot.posts).toHaveLength(campaign.posts.length)
    expect(snapshot.campaigns.map((c) => c.slug).sort()).toEqual(['every-child-counts', 'safe-departure'])
    // Entries name their campaigns; the embargoed release's campaign link goes nowhere near the snapshot.
    expect(snapshot.leaflets.find((l) => l.slug === 'safe-migration-before-you-leave')!.campaigns).toEqual([
      'every-child-counts',
      'safe-departure',
    ])
    expect(snapshot.posts.find((p) => p.slug === 'questions-before-leaving')!.campaigns).toEqual([
      'safe-departure',
    ])
    const all = await Promise.all(
      ['leaflets', 'press-releases', 'newsletters', 'posts', 'campaigns', 'media', 'globals'].map((name) =>
        fs.readFile(path.join(out, `${name}.json`), 'utf8'),
      ),
    )
    expect(all.join('\n')).not.toContain(embargoed[0]!.slug)
    expect(all.join('\n')).not.toContain(embargoed[0]!.text.en.title)
  })

  it('carries only the translations written: six everywhere but the post without Kazakh and Tajik and the "safe departure" entries', () => {
    for (const entry of [...snapshot['press-releases'], ...snapshot.newsletters])
      expect(Object.keys(entry.translations).sort(), entry.slug).toEqual([...localeCodes].sort())
    for (const [exported, seeded] of [
      ...snapshot.leaflets.map((l) => [l, campaign.leaflets.find((s) => s.slug === l.slug)!] as const),
      ...snapshot.campaigns.map((c) => [c, campaign.campaigns.find((s) => s.slug === c.slug)!] as const),
    ]) {
      expect(Object.keys(exported.translations).sort(), exported.slug).toEqual(
        Object.keys(seeded.text).sort(),
      )
    }
    expect(
      Object.keys(snapshot.campaigns.find((c) => c.slug === 'safe-departure')!.translations).sort(),
    ).toEqual(['en', 'ky', 'tg', 'uz'])
    for (const post of campaign.posts) {
      const exported = snapshot.posts.find((p) => p.slug === post.slug)!
      expect(Object.keys(exported.translations).sort(), post.slug).toEqual(Object.keys(post.text).sort())
    }
    expect(snapshot.posts.some((p) => Object.keys(p.translations).length === 4)).toBe(true)
    expect(Object.keys(snapshot.globals.siteSettings.translations)).toHaveLength(6)
    expect(Object.keys(snapshot.globals.pressRoom.translations)).toHaveLength(6)
  })

  it('copies exactly the pictures published content shows, never a photo of people without recorded consent', async () => {
    const shown = new Set([
      ...campaign.leaflets.map((l) => l.cover),
      ...campaign.posts.map((p) => p.cover),
      ...campaign.pressReleases.filter((r) => !embargoed.includes(r)).flatMap((r) => r.photos),
    ])
    shown.delete('resource-centre-meeting')
    expect(snapshot.media.map((m) => m.filename).sort()).toEqual([...shown].map((key) => `${key}.jpg`).sort())
    expect((await fs.readdir(path.join(out, 'media'))).sort()).toEqual(
      snapshot.media.map((m) => m.file.replace('media/', '')).sort(),
    )
    // The seeded meeting photo shows identifiable people without recorded consent: it is left out, and named.
    expect(snapshot.media.find((m) => m.filename === 'resource-centre-meeting.jpg')).toBeUndefined()
    expect(
      local.leftOut.some((line) =>
        /^press-releases\/[a-z0-9-]+\/\*\/photos: media #\d+ \(resource-centre-meeting\.jpg\) shows identifiable people and no consent is recorded; left out$/.test(
          line,
        ),
      ),
      local.leftOut.join('\n'),
    ).toBe(true)
  })

  it('keeps the text of every locale (Uzbek in Latin script, Tajik letters) and links from the Markdown', () => {
    const leaflet = snapshot.leaflets[0]!
    expect(plainText(leaflet.translations.tg!.body)).toMatch(/[ҳҷӯӣ]/)
    expect(plainText(leaflet.translations.uz!.body)).toMatch(/\u02BB/)
    expect(JSON.stringify(snapshot.leaflets)).toContain('"href":"tel:+78000801234"')
  })

  it('the REST reader gives the same entries as the local reader', async () => {
    expect(local.problems).toEqual([])
    const rest = await collectSnapshot(
      openRestReader({ baseUrl: 'http://localhost', fetch: inProcessFetch(cms.config) }),
    )
    expect(rest.problems).toEqual([])
    const strip = ({ input: { source: _s, mediaFiles, ...entries } }: CollectedSnapshot) => ({
      ...entries,
      files: [...mediaFiles.keys()].sort(),
    })
    expect(strip(rest)).toEqual(strip(local))
  })

  it(
    '`pnpm export` leaves out a story whose post was unpublished, names it, and exports the rest',
    async () => {
      // A story in a newsletter points at this post; unpublishing the post must still reach the site.
      const letter = campaign.newsletters.find((n) =>
        n.sections.some((s) => s.kind === 'story' && s.target.collection === 'posts'),
      )!
      const story = letter.sections.findIndex((s) => s.kind === 'story' && s.target.collection === 'posts')
      const target = letter.sections[story]!
      if (target.kind !== 'story') throw new Error('unreachable')
      const post = (
        await cms.payload.find({
          collection: 'posts',
          where: { slug: { equals: target.target.slug } },
          depth: 0,
        })
      ).docs[0]!
      await cms.payload.update({ collection: 'posts', id: post.id, data: { _status: 'draft' } as never })
      try {
        const exported = await pnpmExport('--out', out)
        expect(exported.code, exported.output).toBe(0)
        for (const locale of localeCodes) {
          expect(exported.output).toContain(
            `left out: newsletters/${letter.slug}/${locale}/sections.${story}.target: points at posts #${post.id}, which is not published`,
          )
        }
        const after = await readSnapshot(out)
        expect(after.posts.map((p) => p.slug)).not.toContain(target.target.slug)
        const issue = after.newsletters.find((n) => n.slug === letter.slug)!
        expect(Object.keys(issue.translations).sort()).toEqual([...localeCodes].sort())
        expect(issue.translations.en!.sections).toHaveLength(letter.sections.length - 1)
      } finally {
        await cms.payload.update({
          collection: 'posts',
          id: post.id,
          data: { _status: 'published' } as never,
        })
      }
      // A whole export in a child process: slow on a busy machine, so the ceiling is generous.
    },
    generousCeilingMs,
  )
})
