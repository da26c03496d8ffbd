import { plainLanguageHints, plainLanguageLimits, type LocaleCode, type RichText } from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

/**
 * Plain-language hints over real text in the six languages: the demo leaflet's plain sentences pass,
 * the kind of sentence a labour code is written in is flagged.
 */

/** Two plain sentences from the demo leaflet "Your child has the right to school". */
const plain: Record<LocaleCode, { text: string; words: number }> = {
  en: {
    text: 'Every child has the right to an education. Kazakhstan has signed this convention.',
    words: 13,
  },
  ru: { text: 'Каждый ребёнок имеет право на образование. Казахстан подписал эту конвенцию.', words: 10 },
  kk: { text: 'Әр баланың білім алуға құқығы бар. Қазақстан бұл конвенцияға қол қойған.', words: 11 },
  ky: { text: 'Ар бир баланын билим алууга укугу бар. Казакстан бул конвенцияга кол койгон.', words: 12 },
  tg: { text: 'Ҳар як кӯдак ҳуқуқи таҳсил дорад. Қазоқистон ин конвенсияро имзо кардааст.', words: 11 },
  uz: { text: 'Har bir bola taʼlim olish huquqiga ega. Qozogʻiston bu konvensiyani imzolagan.', words: 11 },
}

/** One sentence of labour-code language per locale, and a word in it too long to read easily. */
const legalese: Record<LocaleCode, { text: string; longWord: string }> = {
  en: {
    text:
      'In accordance with the provisions of the Labour Code, the employer shall conclude a written employment ' +
      'contract with the employee specifying the conditions of remuneration, working time and rest time, and the ' +
      'responsibility of the parties for non-fulfilment of their obligations.',
    longWord: 'responsibility',
  },
  ru: {
    text:
      'В соответствии с положениями Трудового кодекса работодатель обязан заключить с работником письменный ' +
      'трудовой договор, в котором должны быть указаны условия оплаты труда, режим рабочего времени и ' +
      'времени отдыха, а также ответственность сторон за неисполнение принятых обязательств.',
    longWord: 'ответственность',
  },
  kk: {
    text:
      'Еңбек кодексінің ережелеріне сәйкес жұмыс беруші қызметкермен жазбаша еңбек шартын жасасуға міндетті, ' +
      'онда еңбекақы төлеу шарттары, жұмыс уақыты мен демалыс уақытының режимі, сондай-ақ тараптардың ' +
      'міндеттемелерді орындамағаны үшін жауапкершіліктерінің шегі көрсетілуге тиіс.',
    longWord: 'жауапкершіліктерінің',
  },
  ky: {
    text:
      'Эмгек кодексинин жоболоруна ылайык иш берүүчү кызматкер менен жазуу түрүндөгү эмгек келишимин түзүүгө ' +
      'милдеттүү, анда эмгек акы төлөө шарттары, иш убактысынын жана эс алуу убактысынын тартиби, ошондой эле ' +
      'тараптардын милдеттенмелерди аткарбагандыгы үчүн жоопкерчиликтеринин чеги көрсөтүлүшү керек.',
    longWord: 'жоопкерчиликтеринин',
  },
  tg: {
    text:
      'Мувофиқи муқаррароти Кодекси меҳнат корфармо вазифадор аст, ки бо корманд шартномаи меҳнатии хаттӣ ' +
      'банданд, ки дар он шартҳои музди меҳнат, реҷаи вақти корӣ ва вақти истироҳат, инчунин масъулияти ' +
      'тарафҳо барои иҷро накардани ӯҳдадориҳои қабулкардашуда ва ҷуброни зарари расонидашуда нишон дода мешаванд.',
    longWord: 'қабулкардашуда',
  },
  uz: {
    text:
      'Mehnat kodeksi qoidalariga muvofiq ish beruvchi xodim bilan yozma mehnat shartnomasini tuzishi shart, ' +
      'unda mehnatga haq toʻlash shartlari, ish vaqti va dam olish vaqti tartibi, shuningdek tomonlarning ' +
      'majburiyatlarni bajarmaganliklari uchun javobgarligi koʻrsatilishi lozim.',
    longWord: 'bajarmaganliklari',
  },
}

const locales = Object.keys(plain) as LocaleCode[]

describe('plainLanguageHints', () => {
  for (const locale of locales) {
    describe(locale, () => {
      it('finds nothing to say about plain sentences, and counts them', () => {
        const hints = plainLanguageHints(plain[locale].text, locale)
        expect(hints).toMatchObject({
          words: plain[locale].words,
          sentences: 2,
          paragraphs: 1,
          readingMinutes: 1,
        })
        expect(hints.longSentences).toEqual([])
        expect(hints.longWords).toEqual([])
        expect(hints.longParagraphs).toEqual([])
      })

      it('flags a sentence in the language of a labour code, and its longest word', () => {
        const hints = plainLanguageHints(`${plain[locale].text} ${legalese[locale].text}`, locale)
        expect(hints.sentences).toBe(3)
        expect(hints.longSentences).toHaveLength(1)
        expect(hints.longSentences[0]!.text).toBe(legalese[locale].text)
        expect(hints.longSentences[0]!.words).toBeGreaterThan(plainLanguageLimits[locale].sentenceWords)
        expect(hints.longWords).toContain(legalese[locale].longWord)
      })

      it('flags a paragraph that is a wall of text, and not the short one after it', () => {
        const wall = Array.from({ length: 12 }, () => plain[locale].text).join(' ')
        const hints = plainLanguageHints(`${wall}\n\n${plain[locale].text}`, locale)
        expect(hints.paragraphs).toBe(2)
        expect(hints.longParagraphs).toEqual([
          { start: expect.stringMatching(/…$/), words: plain[locale].words * 12 },
        ])
        expect(hints.longParagraphs[0]!.start.startsWith(plain[locale].text.split(' ')[0]!)).toBe(true)
        expect(hints.longSentences).toEqual([])
      })
    })
  }

  it('reads the portable rich text: headings, list items and callouts as sentences of their own', () => {
    const tree: RichText = {
      type: 'root',
      children: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Как записать ребёнка в школу' }] },
        { type: 'paragraph', children: [{ type: 'text', text: plain.ru.text }] },
        {
          type: 'list',
          ordered: false,
          items: [
            { type: 'listitem', children: [{ type: 'text', text: 'Придите в школу рядом с домом.' }] },
            { type: 'listitem', children: [{ type: 'text', text: 'Возьмите документы' }] },
          ],
        },
        { type: 'callout', kind: 'hotline', title: 'Горячая линия', phone: '+7 800 080 1234' },
      ],
    }
    const hints = plainLanguageHints(tree, 'ru')
    // 1 heading + 2 sentences + 2 list items + the callout's title and phone.
    expect(hints.sentences).toBe(7)
    expect(hints.paragraphs).toBe(4)
  })

  it('counts Uzbek words written with oʻ, gʻ and the tutuq belgisi as one word each', () => {
    expect(plainLanguageHints('Farzandingiz maktabda oʻqish huquqiga ega.', 'uz').words).toBe(5)
    expect(plainLanguageHints('Taʼlim olish — har bir bolaning haqi.', 'uz').words).toBe(6)
  })

  it('does not end a sentence inside a time or a number', () => {
    const hints = plainLanguageHints('Звоните с 9:00 до 20:00. Скидка 1.5 процента.', 'ru')
    expect(hints.sentences).toBe(2)
  })

  it('gives the reading time in whole minutes at the language’s pace', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ')
    expect(plainLanguageHints(words(600), 'en').readingMinutes).toBe(3)
    expect(plainLanguageHints(words(600), 'kk').readingMinutes).toBe(4)
    expect(plainLanguageHints('', 'en')).toMatchObject({ words: 0, sentences: 0, readingMinutes: 0 })
  })
})
