import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixture, writeFixtureSnapshot } from '../fixtures/snapshot'
import { buildSite, type BuiltSite } from './support'

/**
 * A snapshot edited after export (a post's title emptied, a cover pointing at missing media) must
 * stop the build with each problem listed, and write no site.
 */

let site: BuiltSite

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
  })

  it('writes no pages', async () => {
    const built = await fs.readdir(site.outDir).catch(() => [])
    expect(built.filter((f) => f.endsWith('.html') || /^[a-z]{2}$/.test(f))).toEqual([])
  })
})
