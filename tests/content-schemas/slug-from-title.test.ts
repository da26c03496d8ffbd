import { proposedSlugMaxLength, slugFromTitle, slugSchema, type LocaleCode } from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

/** Titles of the demo campaign and of real leaflets, in each language, and the slugs they give. */
const titles: [LocaleCode, string, string][] = [
  ['en', 'Your child has the right to school', 'your-child-has-the-right-to-school'],
  [
    'en',
    '“Now she has friends”: Malika’s first day at school',
    'now-she-has-friends-malikas-first-day-at-school',
  ],
  ['ru', 'Ваш ребёнок имеет право учиться в школе', 'vash-rebenok-imeet-pravo-uchitsya-v-shkole'],
  ['ru', 'Безопасная миграция: до отъезда', 'bezopasnaya-migratsiya-do-otezda'],
  ['ru', 'Щедрый подъезд — Хабаровск', 'shchedryy-podezd-khabarovsk'],
  ['kk', 'Құқықтарыңызды біліңіз', 'quqyqtarynyzdy-biliniz'],
  ['kk', 'Балаңыздың мектепте оқуға құқығы бар', 'balanyzdyn-mektepte-oquga-quqygy-bar'],
  ['kk', 'Қауіпсіз көші-қон: жолға шықпас бұрын', 'qauipsiz-koshi-qon-jolga-shyqpas-buryn'],
  ['kk', 'Елде болу мәртебеңізді қалай реттеуге болады', 'elde-bolu-martebenizdi-qalai-retteuge-bolady'],
  ['ky', 'Балаңыздын мектепте окууга укугу бар', 'balangyzdyn-mektepte-okuuga-ukugu-bar'],
  [
    'ky',
    'Өлкөдө жүрүү статусуңузду кантип жөнгө салса болот',
    'olkodo-juruu-statusunguzdu-kantip-jongo-salsa-bolot',
  ],
  ['ky', 'Бүткүл дүйнөлүк балдар күнү', 'butkul-duynoluk-baldar-kunu'],
  [
    'tg',
    'Фарзанди шумо ҳақ дорад дар мактаб таҳсил кунад',
    'farzandi-shumo-haq-dorad-dar-maktab-tahsil-kunad',
  ],
  ['tg', 'Чӣ тавр мақоми будубоши худро ба тартиб оред', 'chi-tavr-maqomi-buduboshi-khudro-ba-tartib-ored'],
  ['tg', 'Муҳоҷирати бехатар: пеш аз сафар', 'muhojirati-bekhatar-pesh-az-safar'],
  [
    'tg',
    '«Акнун ӯ дӯстон дорад»: рӯзи аввали мактаби Малика',
    'aknun-u-duston-dorad-ruzi-avvali-maktabi-malika',
  ],
  ['uz', 'Farzandingiz maktabda oʻqish huquqiga ega', 'farzandingiz-maktabda-oqish-huquqiga-ega'],
  ['uz', 'Xavfsiz migratsiya: yoʻlga chiqishdan oldin', 'xavfsiz-migratsiya-yolga-chiqishdan-oldin'],
  ['uz', 'Mehnat shartnomasi haqida maʼlumot', 'mehnat-shartnomasi-haqida-malumot'],
]

describe('slugFromTitle', () => {
  for (const [locale, title, slug] of titles) {
    it(`${locale}: ${title}`, () => {
      expect(slugFromTitle(title, locale)).toBe(slug)
      expect(slugSchema.safeParse(slug).success).toBe(true)
    })
  }

  it('reads the same letter the same way however Uzbek oʻ, gʻ and the tutuq belgisi were typed', () => {
    const spellings = [
      "Yo'l xaritasi va ma'lumot",
      'Yo‘l xaritasi va ma’lumot',
      'Yoʻl xaritasi va maʼlumot',
      'Yo`l xaritasi va ma`lumot',
    ]
    for (const typed of spellings) {
      expect(slugFromTitle(typed, 'uz'), typed).toBe('yol-xaritasi-va-malumot')
    }
  })

  it('romanizes the same Cyrillic letter by each language’s own scheme', () => {
    expect(slugFromTitle('Жаңа', 'kk')).toBe('jana') // Kazakh Latin: ж j, ң ñ
    expect(slugFromTitle('Жаңы', 'ky')).toBe('jangy') // Kyrgyz BGN/PCGN: ж j, ң ng
    expect(slugFromTitle('Журнал', 'ru')).toBe('zhurnal') // Russian BGN/PCGN: ж zh
    expect(slugFromTitle('Ҷавоб', 'tg')).toBe('javob') // Tajik: ҷ j
    expect(slugFromTitle('Ўзбекистонда ҳуқуқ', 'uz')).toBe('ozbekistonda-huquq') // Uzbek Cyrillic to its Latin
  })

  it('romanizes letters a language borrowed from Russian (ц in Kazakh) by the Russian scheme', () => {
    expect(slugFromTitle('Миграция туралы заң', 'kk')).toBe('migratsiia-turaly-zan')
  })

  it('keeps digits, drops punctuation and accents, and joins words with single hyphens', () => {
    expect(slugFromTitle('  Newsletter №12 — Café & “rights” 2026!  ', 'en')).toBe(
      'newsletter-no12-cafe-rights-2026',
    )
  })

  it('gives nothing for a title without letters or digits, for the CMS to ask for a slug', () => {
    expect(slugFromTitle('!!! — ???', 'en')).toBe('')
  })

  it('cuts a long title at a word boundary, within the slug rule', () => {
    const title =
      'Мигранттардың балаларының мектепке қабылдануы туралы толық нұсқаулық және жиі қойылатын сұрақтар'
    const slug = slugFromTitle(title, 'kk')
    expect(slug.length).toBeLessThanOrEqual(proposedSlugMaxLength)
    expect(slug).toMatch(/^migranttardyn-balalarynyn-mektepke-qabyldanuy/)
    expect(slugSchema.safeParse(slug).success).toBe(true)
    // Whole words only: the slug is the first words of the title, none cut in the middle.
    const words = title.split(' ').map((word) => slugFromTitle(word, 'kk'))
    const kept = slug.split('-')
    expect(kept).toEqual(words.slice(0, kept.length))
    expect(kept.length).toBeLessThan(words.length)
  })

  it('leaves a title that is already a slug as it is', () => {
    expect(slugFromTitle('know-your-rights', 'en')).toBe('know-your-rights')
  })
})
