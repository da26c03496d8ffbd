import { REST_POST } from '@payloadcms/next/routes'
import { translationStatuses } from '@jol/content-schemas'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { createUser, lexicalParagraph, leafletData, postData } from '../support/fixtures'

/** XLIFF 2.0 export and import through the authenticated endpoints, as a translator's tool uses them. */
let cms: TestCms
let editorToken: string
let translatorToken: string
const editor = { email: 'xliff-editor@jol.test', password: 'editor-password-1', role: 'editor' as const }
const translator = {
  email: 'xliff-ru@jol.test',
  password: 'russian-only-please',
  role: 'translator' as const,
  translatorLocales: ['ru' as const],
}

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** A body with every structure the editor offers: emphasis, a link, a line break, a list, a callout. */
const richBody = {
  root: block('root', [
    block('paragraph', [
      text('Call the '),
      text('hotline', 1),
      text(' or read '),
      block('link', [text('our guide', 2)], {
        fields: { url: 'https://example.org/guide', newTab: false, linkType: 'custom' },
        version: 3,
      }),
      { type: 'linebreak', version: 1 },
      text('It is free & safe.'),
    ]),
    block('heading', [text('What to bring')], { tag: 'h2' }),
    block(
      'list',
      [
        block('listitem', [text('Your passport')], { value: 1 }),
        block('listitem', [text('A photo')], { value: 2 }),
      ],
      { listType: 'bullet', tag: 'ul', start: 1 },
    ),
    {
      type: 'block',
      version: 2,
      format: '',
      fields: {
        id: '65f0c0ffee0000000000abcd',
        blockName: '',
        blockType: 'callout',
        kind: 'hotline',
        title: 'Call us',
        text: 'Day and night',
        phone: '+7 800 080 1234',
      },
    },
  ]),
}

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, editor)
  await createUser(cms.payload, translator)
  editorToken = (await cms.rest.login(editor.email, editor.password)).body.token as string
  translatorToken = (await cms.rest.login(translator.email, translator.password)).body.token as string
})
afterAll(async () => cms?.close())

const importXliff = async (xml: string, token?: string) => {
  const headers = new Headers({ 'Content-Type': 'application/xliff+xml' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const handler = REST_POST(cms.config)
  const response = await handler(
    new Request('http://localhost/api/translations/xliff', { method: 'POST', headers, body: xml }),
    { params: Promise.resolve({ slug: ['translations', 'xliff'] }) },
  )
  return { status: response.status, body: (await response.json()) as any }
}
const exportXliff = async (target: string, entries: string, token = editorToken) => {
  const response = await cms.rest.request('GET', `/translations/xliff?target=${target}&entries=${entries}`, {
    token,
  })
  return { ...response, xml: String(response.body) }
}

/** A translator's tool: every unit's target is its source with the words marked as Russian. */
const translate = (xml: string, mark = 'РУ') =>
  xml.replace(/<source>([\s\S]*?)<\/source>/g, (_whole, source: string) => {
    const target = `>${source}<`
      .replace(/>([^<]+)</g, (_m, words: string) => `>${mark} ${words}<`)
      .slice(1, -1)
    const wrapped = target
    return `<source>${source}</source>\n        <target>${wrapped}</target>`
  })

const readRu = (collection: 'leaflets' | 'posts', id: number | string) =>
  cms.payload.findByID({ collection, id, locale: 'ru', fallbackLocale: false, draft: true, depth: 0 })

describe('XLIFF 2.0', () => {
  it('exports one entry with its rich text as units with inline codes, and imports it back', async () => {
    const { id } = await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('xliff', 'en'), body: richBody as never },
    })
    const exported = await exportXliff('ru', `leaflets:${id}`)
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toContain('application/xliff+xml')
    expect(XMLValidator.validate(exported.xml)).toBe(true)
    expect(exported.xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"')
    expect(exported.xml).toContain('srcLang="en" trgLang="ru"')
    expect(exported.xml).toContain(`<file id="leaflets.${id}">`)
    expect(exported.xml).toContain(
      '<source>Call the <pc id="1" type="fmt" subType="xlf:b">hotline</pc> or read <pc id="2" type="link">' +
        '<pc id="3" type="fmt" subType="xlf:i">our guide</pc></pc><ph id="4" type="fmt" subType="xlf:lb"/>' +
        'It is free &amp; safe.</source>',
    )
    for (const unit of [
      'title',
      'summary',
      'keyMessages.0.text',
      'body.1',
      'body.2.0',
      'body.2.1',
      'body.3.title',
    ])
      expect(exported.xml).toContain(`<unit id="${unit}">`)

    const result = await importXliff(translate(exported.xml), translatorToken)
    expect(result.status, JSON.stringify(result.body)).toBe(200)

    const ru = await readRu('leaflets', id)
    expect(ru._status).toBe('draft')
    expect(ru.title).toMatch(/^РУ /)
    expect((ru as { keyMessages?: { text?: string }[] }).keyMessages?.[0]?.text).toMatch(/^РУ /)
    const [paragraph, heading, list, callout] = (ru.body as any).root.children
    expect(paragraph.children.map((node: any) => [node.type, node.text, node.format])).toEqual([
      ['text', 'РУ Call the ', 0],
      ['text', 'РУ hotline', 1],
      ['text', 'РУ  or read ', 0],
      ['link', undefined, ''],
      ['linebreak', undefined, undefined],
      ['text', 'РУ It is free & safe.', 0],
    ])
    expect(paragraph.children[3].fields.url).toBe('https://example.org/guide')
    expect(paragraph.children[3].children[0]).toMatchObject({ text: 'РУ our guide', format: 2 })
    expect(heading).toMatchObject({ type: 'heading', tag: 'h2', children: [{ text: 'РУ What to bring' }] })
    expect(list.children.map((item: any) => item.children[0].text)).toEqual([
      'РУ Your passport',
      'РУ A photo',
    ])
    expect(callout.fields).toMatchObject({
      title: 'РУ Call us',
      text: 'РУ Day and night',
      phone: '+7 800 080 1234',
    })
    // The source is untouched, and the translation is up to date.
    const en = await cms.payload.findByID({ collection: 'leaflets', id, locale: 'en', draft: true, depth: 0 })
    expect((en.body as any).root.children[0].children[1].text).toBe('hotline')
    expect(translationStatuses(en.translationState as never).ru).toBe('up-to-date')

    // Exported again, the existing translation comes along as the target.
    expect((await exportXliff('ru', `leaflets:${id}`)).xml).toContain('<target>РУ Call the <pc id="1"')
  })

  it('refuses a file whose source changed since the export, naming the units, and writes nothing', async () => {
    const first = await cms.payload.create({ collection: 'posts', data: postData('batch-one', 'en') })
    const second = await cms.payload.create({ collection: 'posts', data: postData('batch-two', 'en') })
    const exported = await exportXliff('ru', `posts:${first.id},posts:${second.id}`)
    expect(exported.xml.match(/<file /g)).toHaveLength(2)
    await cms.payload.update({
      collection: 'posts',
      id: second.id,
      locale: 'en',
      draft: true,
      data: { excerpt: 'A different excerpt', body: lexicalParagraph('A new paragraph') },
    })
    const result = await importXliff(translate(exported.xml), editorToken)
    expect(result.status).toBe(409)
    expect(result.body.errors[0].problems).toEqual([
      `file "posts.${second.id}", unit "excerpt": the source changed since the export`,
      `file "posts.${second.id}", unit "body.0": the source changed since the export`,
    ])
    // The first entry matched, but nothing is half-written.
    expect((await readRu('posts', first.id)).title ?? null).toBeNull()
  })

  it('refuses untranslated units, unknown inline codes, strangers and other languages', async () => {
    const { id } = await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('xliff-refusals', 'en'), body: richBody as never },
    })
    const exported = (await exportXliff('ru', `leaflets:${id}`)).xml

    const untranslated = await importXliff(exported, editorToken)
    expect(untranslated.status).toBe(409)
    expect(untranslated.body.errors[0].problems).toContain(
      `file "leaflets.${id}", unit "title": no translation`,
    )

    const badCode = translate(exported).replace(
      '<target>РУ Call the <pc id="1"',
      '<target>РУ Call the <pc id="9"',
    )
    const unknownCode = await importXliff(badCode, editorToken)
    expect(unknownCode.status).toBe(409)
    expect(unknownCode.body.errors[0].problems.join()).toContain(
      'unit "body.0": inline code "9" is not in the source',
    )

    expect((await importXliff(translate(exported))).status).toBe(401)
    expect((await exportXliff('ru', `leaflets:${id}`, '')).status).toBe(401)
    expect((await exportXliff('kk', `leaflets:${id}`, translatorToken)).status).toBe(403)
    const kkFile = translate(exported).replace('trgLang="ru"', 'trgLang="kk"')
    expect((await importXliff(kkFile, translatorToken)).status).toBe(403)
    expect((await importXliff('<xliff version="1.2"></xliff>', editorToken)).status).toBe(400)
    expect((await readRu('leaflets', id)).title ?? null).toBeNull()
  })
})

describe('XLIFF doors', () => {
  it('refuses unknown languages and entries on export, naming what was asked', async () => {
    const { id } = await cms.payload.create({
      collection: 'leaflets',
      data: leafletData('xliff-doors', 'en'),
    })
    for (const target of ['xx', 'en', ''])
      expect((await exportXliff(target, `leaflets:${id}`)).status, target).toBe(400)
    for (const entries of ['users:1', `leaflets`, '', 'payload-jobs:1'])
      expect((await exportXliff('ru', entries)).status, entries).toBe(400)
    const unknown = await exportXliff('ru', 'leaflets:987654')
    expect(unknown.status).toBe(404)
    expect(JSON.stringify(unknown.body)).toContain('leaflets.987654')
  })

  it('refuses entities, oversized files and files naming other collections, writing nothing', async () => {
    const { id } = await cms.payload.create({ collection: 'posts', data: postData('xliff-doors', 'en') })
    const file = translate((await exportXliff('ru', `posts:${id}`)).xml)
    const entity = file.replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
    )
    expect((await importXliff(entity, editorToken)).status).toBe(400)
    const huge = file.replace('</xliff>', `<!-- ${'x'.repeat(5 * 1024 * 1024)} --></xliff>`)
    expect((await importXliff(huge, editorToken)).status).toBe(413)
    const users = await importXliff(
      file.replace(`<file id="posts.${id}">`, '<file id="users.1">'),
      editorToken,
    )
    expect(users.status).toBe(409)
    expect(users.body.errors[0].problems).toContain('file "users.1": not an entry of Jol')
    expect((await importXliff(file.replace('srcLang="en"', 'srcLang="ru"'), editorToken)).status).toBe(400)
    expect((await readRu('posts', id)).title ?? null).toBeNull()
  })

  it("holds a translator to the file's real target language, whatever else the file says first", async () => {
    const { id } = await cms.payload.create({ collection: 'posts', data: postData('xliff-decoy', 'en') })
    const kkFile = translate((await exportXliff('kk', `posts:${id}`)).xml, 'КК')
    const decoy = kkFile.replace('<xliff ', '<!-- trgLang="ru" --><xliff ')
    const result = await importXliff(decoy, translatorToken)
    expect(result.status, JSON.stringify(result.body)).toBe(403)
    expect(result.body.errors[0].message).toBe('You do not translate into "kk".')
    const kk = await cms.payload.findByID({
      collection: 'posts',
      id,
      locale: 'kk',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
    expect(kk.title ?? null).toBeNull()
  })

  it('answers the same export and import many times at once, consistently', async () => {
    const { id } = await cms.payload.create({ collection: 'posts', data: postData('xliff-burst', 'en') })
    const exports = await Promise.all(Array.from({ length: 100 }, () => exportXliff('ru', `posts:${id}`)))
    expect(new Set(exports.map((answer) => answer.status))).toEqual(new Set([200]))
    expect(new Set(exports.map((answer) => answer.xml)).size).toBe(1)
    const file = translate(exports[0]!.xml)
    const imports = await Promise.all(Array.from({ length: 20 }, () => importXliff(file, translatorToken)))
    expect(imports.map((answer) => answer.status)).toEqual(imports.map(() => 200))
    const ru = await readRu('posts', id)
    expect(ru.title).toMatch(/^РУ /)
    expect(ru.title).not.toMatch(/^РУ РУ/)
  })
})
