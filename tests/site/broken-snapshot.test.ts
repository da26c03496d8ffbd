import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixture, writeFixtureSnapshot } from '../fixtures/snapshot'
import { buildSite, type BuiltSite } from './support'

/**
 * A snapshot edited after export (a post's title emptied, a cover pointing at missing media, a photo
 * marked as showing people without recorded consent) must stop the build with each problem listed,
 * and write no site.
 */

let site: BuiltSite
let unconsented: string

beforeAll(async () => {
  site = await buildSite(async (dir) => {
    await writeFixtureSnapshot(dir)
    const file = path.join(dir, 'posts.json')
    const posts = JSON.parse(await fs.readFile(file, 'utf8')) as {
      slug: string
      cover?: string
      translations: Record<string, { title: string }>
    }[]
    const post = posts.find((p) => p.slug === fixture.fallbackPost)!
    post.translations.ru!.title = ''
    post.cover = '0000000000000000'
    await fs.writeFile(file, `${JSON.stringify(posts, null, 2)}\n`)
    const mediaFile = path.join(dir, 'media.json')
    const media = JSON.parse(await fs.readFile(mediaFile, 'utf8')) as {
      filename: string
      showsIdentifiablePeople: boolean
      consentRecorded: boolean
    }[]
    Object.assign(media[0]!, { showsIdentifiablePeople: true, consentRecorded: false })
    unconsented = media[0]!.filename
    await fs.writeFile(mediaFile, `${JSON.stringify(media, null, 2)}\n`)
  })
})

afterAll(async () => {
  if (site?.root) await fs.rm(site.root, { recursive: true, force: true })
})

describe('a broken snapshot', () => {
  it('fails the build', () => {
    expect(site.code).not.toBe(0)
  })

  it('lists every problem as collection/slug/locale/field', () => {
    expect(site.output).toContain(
      'snapshot/posts.json/*/(file): does not match the manifest (torn or edited snapshot)',
    )
    expect(site.output).toContain(`posts/${fixture.fallbackPost}/ru/title: must not be empty`)
    expect(site.output).toContain(
      `posts/${fixture.fallbackPost}/*/cover: refers to media 0000000000000000, which is not in the snapshot`,
    )
    expect(site.output).toMatch(
      new RegExp(
        `media/[0-9a-f]+/\\*/consentRecorded: ${unconsented.replace('.', '\\.')} shows identifiable people and no consent is recorded; it may not be published`,
      ),
    )
  })

  it('writes no pages', async () => {
    const built = await fs.readdir(site.outDir).catch(() => [])
    expect(built.filter((f) => f.endsWith('.html') || /^[a-z]{2}$/.test(f))).toEqual([])
  })
})
