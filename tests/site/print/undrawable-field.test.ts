import { describe, expect, it } from 'vitest'

import { PrintInputError } from '../../../site/src/print/errors'
import { renderLeafletPdf, type LeafletPrint } from '../../../site/src/print/leaflet-pdf'

/**
 * A letter the print font cannot draw is reported at the field the editor wrote it in: the summary
 * and the campaign are copied into the PDF's metadata (subject, author), and the error must name
 * the field, not the copy.
 */

const leaflet = (summary: string, campaign = 'Jol'): LeafletPrint => ({
  slug: 'school-rights',
  locale: 'ru',
  languageTag: 'ru',
  format: 'A5',
  updatedAt: '2025-02-10T09:00:00.000Z',
  text: {
    title: 'Право на школу',
    summary,
    body: { type: 'root', children: [] },
    keyMessages: [],
    contacts: [],
  },
  pageUrl: 'https://jol.example.org/ru/leaflets/school-rights/',
  campaign,
  versionLine: 'Версия от 10 февраля 2025 г.',
  hotline: { label: 'Горячая линия', phone: '+7 800 080 12 34' },
  labels: {
    keyMessages: 'Главное',
    help: 'Куда обратиться',
    hotline: 'Горячая линия',
    hours: 'Часы: {{hours}}',
    website: 'Сайт',
    photoCredit: 'Фото: {{credit}}',
    scan: 'Отсканируйте',
    callout: { hotline: 'Горячая линия', info: 'Полезно знать', warning: 'Внимание' },
  },
  pictures: new Map(),
})

const refusal = (print: LeafletPrint) =>
  renderLeafletPdf(print).then(
    () => undefined,
    (error: unknown) => error,
  )

describe('a letter the print font lacks', () => {
  it('is reported at the summary, not at the metadata copy of it', async () => {
    const refused = await refusal(leaflet('Школа бесплатна 漢'))
    expect(refused).toBeInstanceOf(PrintInputError)
    expect((refused as Error).message).toBe(
      'leaflets/school-rights/ru/summary: has letters the print font (Noto Sans) cannot draw: "漢" (U+6F22)',
    )
  })

  it('is reported at the campaign, not at the metadata copy of it', async () => {
    const refused = await refusal(leaflet('Школа бесплатна', 'Жол 字'))
    expect(refused).toBeInstanceOf(PrintInputError)
    expect((refused as Error).message).toBe(
      'leaflets/school-rights/ru/campaign: has letters the print font (Noto Sans) cannot draw: "字" (U+5B57)',
    )
  })
})
