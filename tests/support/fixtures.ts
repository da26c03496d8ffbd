import type { LocaleCode } from '@jol/content-schemas'
import type { Payload } from 'payload'
import sharp from 'sharp'

/** A line of real text in each language, with the letters that set it apart. */
export const sampleText: Record<LocaleCode, string> = {
  en: 'Your child has the right to go to school',
  ru: 'Ваш ребёнок имеет право ходить в школу',
  kk: 'Балаңыздың мектепке баруға құқығы бар, әрі ол үшін құжат өтініші қажет',
  ky: 'Балаңыздын мектепке барууга укугу бар, өз тилиңизде кеңеш алыңыз',
  tg: 'Кӯдаки шумо ҳуқуқи ба мактаб рафтанро дорад, ҷавоб ғайриқонунӣ нест',
  uz: 'Farzandingiz maktabga borish huquqiga ega, oʻqish bepul va gʻamxoʻrlik kafolatlanadi',
}

/** The smallest valid Lexical document: one paragraph of text. */
export function lexicalParagraph(text: string) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: [
        {
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr' as const,
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
        },
      ],
    },
  }
}

export async function pngFile(name = 'picture.png', width = 480, height = 320) {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export async function createMedia(payload: Payload, name = 'picture.png') {
  return payload.create({
    collection: 'media',
    data: { alt: `Alt text for ${name}`, credit: 'Jol test suite', licence: 'CC BY 4.0' },
    file: await pngFile(name),
  })
}

export const adminCredentials = { email: 'admin@jol.test', password: 'correct-horse-battery-staple' }

export async function createUser(
  payload: Payload,
  data: {
    email: string
    password: string
    role: 'admin' | 'editor' | 'translator'
    translatorLocales?: LocaleCode[]
  },
) {
  return payload.create({ collection: 'users', data })
}

/** Minimal valid data for each content collection, in one locale. */
export function leafletData(slug: string, locale: LocaleCode) {
  return {
    slug,
    title: `${sampleText[locale]} (${slug})`,
    summary: sampleText[locale],
    body: lexicalParagraph(sampleText[locale]),
    keyMessages: [{ text: sampleText[locale] }],
    contacts: [{ label: 'Hotline', phone: '+7 800 080 1234', hours: '9–18' }],
    audience: ['migrant-families' as const],
    topics: ['children-rights' as const],
    printFormat: 'A5' as const,
  }
}

export function pressReleaseData(slug: string, locale: LocaleCode, extra: Record<string, unknown> = {}) {
  return {
    slug,
    title: `${sampleText[locale]} (${slug})`,
    datelineCity: 'Astana',
    summary: sampleText[locale],
    body: lexicalParagraph(sampleText[locale]),
    releaseDate: '2026-10-01T00:00:00.000Z',
    mediaContacts: [
      { name: 'Aigerim Test', role: 'Press officer', phone: '+7 701 000 0000', email: 'press@example.org' },
    ],
    ...extra,
  }
}

export function postData(slug: string, locale: LocaleCode) {
  return {
    slug,
    title: `${sampleText[locale]} (${slug})`,
    excerpt: sampleText[locale],
    body: lexicalParagraph(sampleText[locale]),
    author: 'Test Author',
    publishDate: '2026-10-05T00:00:00.000Z',
    topics: ['safe-migration' as const],
  }
}

export function newsletterData(
  slug: string,
  locale: LocaleCode,
  issueNumber: number,
  story: { relationTo: 'posts' | 'leaflets'; value: number | string },
) {
  return {
    slug,
    issueNumber,
    date: '2026-11-01T00:00:00.000Z',
    subject: `${sampleText[locale]} (${slug})`,
    preheader: sampleText[locale],
    intro: sampleText[locale],
    sections: [
      { blockType: 'story' as const, target: story, headline: sampleText[locale], blurb: sampleText[locale] },
      {
        blockType: 'event' as const,
        title: sampleText[locale],
        date: '2026-12-01T10:00:00.000Z',
        place: 'Almaty',
      },
      { blockType: 'call-to-action' as const, label: sampleText[locale], url: 'https://example.org/help' },
    ],
  }
}

/** A minimal but well-formed one-page PDF (header, objects, xref table, trailer). */
export function pdfFile(name = 'document.pdf') {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const data = Buffer.from(body, 'latin1')
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

/** Minimal valid campaign data in one locale (its plan, and the text readers see). */
export function campaignData(slug: string, locale: LocaleCode, extra: Record<string, unknown> = {}) {
  return {
    slug,
    name: `${sampleText[locale]} (${slug})`,
    slogan: sampleText[locale],
    summary: sampleText[locale],
    keyMessages: [{ text: sampleText[locale] }],
    cities: [{ name: `${sampleText[locale]} city` }],
    objectives: [
      {
        indicator: 'Calls to the hotline',
        unit: 'calls per month',
        baseline: 120,
        target: 400,
        targetDate: '2027-03-01T00:00:00.000Z',
      },
    ],
    personas: [
      {
        who: 'Irregular migrant mothers',
        where: 'Almaty markets',
        languages: ['ru' as const, 'uz' as const],
        channels: ['leaflet' as const, 'hotline' as const],
        needToKnow: 'School enrolment needs no residence permit.',
      },
    ],
    channels: ['leaflet' as const, 'hotline' as const],
    countries: ['KZ' as const],
    startDate: '2026-11-01T00:00:00.000Z',
    brandColour: '#0b5d4b',
    partners: [{ name: 'Rodnik', url: 'https://rodnik.example.org' }],
    ...extra,
  }
}
