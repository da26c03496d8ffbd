/**
 * The sample leaflets the print benchmarks render (`print.ts` for time, `print-instructions.ts` for
 * instructions), so both measure the same documents.
 */
import type { LocaleCode, RichText } from '@jol/content-schemas'

import type { PrintLabels } from '../../site/src/print/labels'
import type { LeafletPrint } from '../../site/src/print/leaflet-pdf'

/** A realistic one-to-two-page leaflet per language: the same structure, each language's letters. */
export const lines: Record<LocaleCode, string> = {
  en: 'Your child has the right to go to school, whatever your papers say. Enrolment is free and no school may ask you for money or for a residence permit.',
  ru: 'Ваш ребёнок имеет право ходить в школу, какие бы документы у вас ни были. Зачисление бесплатное, и школа не может требовать деньги или вид на жительство.',
  kk: 'Балаңыздың мектепке баруға құқығы бар, құжаттарыңызға қарамастан. Қабылдау тегін, мектеп ақша немесе тұруға рұқсат талап ете алмайды.',
  ky: 'Балаңыздын мектепке барууга укугу бар, документтериңизге карабастан. Кабыл алуу акысыз, мектеп акча же жашоого уруксат талап кыла албайт.',
  tg: 'Кӯдаки шумо ҳуқуқи ба мактаб рафтанро дорад, новобаста ба ҳуҷҷатҳоятон. Қабул ройгон аст ва мактаб наметавонад пул ё иҷозати истиқомат талаб кунад.',
  uz: 'Farzandingiz maktabga borish huquqiga ega, hujjatlaringizdan qatʼi nazar; oʻqish bepul, gʻamxoʻrlik kafolatlanadi va maktab pul yoki yashash ruxsatnomasini talab qila olmaydi.',
}

export const paragraph = (text: string): RichText['children'][number] => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
})

/** Leaflets made so far: each gets texts no other had. */
let made = 0

/**
 * Every leaflet has texts of its own (title, summary, body, key messages), numbered: Typst memoises
 * layouts, and a build never renders the same text twice (the rows with a cover photo once reused the
 * text-only rows' bodies). Each has its own slug too, so its own page address and QR code (the code a
 * build prints, `?src=print` included), and its own version date in the footer, as leaflets written on
 * different days have. Labels, contacts and the hotline stay the same, as they do between the
 * leaflets of one campaign and language, so reusing their layout is fair.
 */
export function leaflet(locale: LocaleCode, cover?: LeafletPrint['cover']): LeafletPrint {
  const round = made++
  const line = `${round}: ${lines[locale]}`
  const body: RichText = {
    type: 'root',
    children: [
      paragraph(line),
      { type: 'heading', level: 2, children: [{ type: 'text', text: line.split(/[,;.]/)[0]! }] },
      paragraph(`${line} ${line}`),
      {
        type: 'list',
        ordered: false,
        items: [1, 2, 3].map((n) => ({
          type: 'listitem' as const,
          children: [{ type: 'text' as const, text: `${n}. ${line.split(/[,;]/)[0]!}` }],
        })),
      },
      paragraph(line),
      {
        type: 'callout',
        kind: 'hotline',
        title: line.split(/[,;.]/)[0]!,
        text: line,
        phone: '+7 800 080 12 34',
      },
    ],
  }
  const labels: PrintLabels = {
    keyMessages: 'Key messages',
    help: 'Where to get help',
    hotline: 'Emergency hotline',
    hours: 'Hours: {{hours}}',
    website: 'Website',
    photoCredit: 'Photo: {{credit}}',
    scan: 'Scan to read this leaflet online',
    callout: { hotline: 'Hotline', info: 'Good to know', warning: 'Warning' },
  }
  const slug = `school-rights-${round}`
  return {
    slug,
    locale,
    languageTag: locale === 'uz' ? 'uz-Latn' : locale,
    format: 'A5',
    updatedAt: '2025-02-10T09:00:00.000Z',
    text: {
      title: `${line.split(/[,;]/)[0]!} (${round})`,
      summary: line,
      body,
      keyMessages: [line, line.split(/[,;]/)[0]!],
      contacts: [
        {
          label: 'Jol hotline',
          phone: '+7 800 080 12 34',
          hours: '9:00–18:00',
          url: 'https://jol.example.org/help',
        },
      ],
    },
    pageUrl: `https://jol.example.org/${locale}/leaflets/${slug}/?src=print`,
    campaign: 'Jol',
    versionLine: `Version of ${1 + (round % 28)} February 2025`,
    hotline: { label: 'Hotline for migrants', phone: '+7 800 080 12 34', hours: 'Every day, 8:00–22:00' },
    labels,
    cover,
    pictures: new Map(),
  }
}
