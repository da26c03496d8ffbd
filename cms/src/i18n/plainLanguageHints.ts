import type { LocaleCode } from '@jol/content-schemas'

/** The plain-language hints box's words (fields/plainLanguage), in every admin language. */
export interface PlainLanguageHintsTexts {
  title: string
  summary: string
  allClear: string
  longSentences: string
  longWords: string
  longParagraphs: string
  wordCount: string
  guidance: string
}

export const plainLanguageHintsTexts: Record<LocaleCode, PlainLanguageHintsTexts> = {
  en: {
    title: 'Plain language',
    summary: '{{words}} words · {{sentences}} sentences · about {{minutes}} min to read',
    allClear: 'Sentences, words and paragraphs are easy to read.',
    longSentences: 'Long sentences (over {{limit}} words): split them.',
    longWords: 'Long words (over {{limit}} letters): is there a simpler one?',
    longParagraphs: 'Walls of text (paragraphs over {{limit}} words): break them up.',
    wordCount: '{{count}} words',
    guidance: 'Hints only: nothing here stops you from saving.',
  },
  ru: {
    title: 'Простой язык',
    summary: 'Слов: {{words}} · предложений: {{sentences}} · чтение: около {{minutes}} мин',
    allClear: 'Предложения, слова и абзацы читаются легко.',
    longSentences: 'Длинные предложения (больше {{limit}} слов): разделите их.',
    longWords: 'Длинные слова (больше {{limit}} букв): есть ли слово проще?',
    longParagraphs: 'Сплошной текст (абзацы больше {{limit}} слов): разбейте их.',
    wordCount: 'слов: {{count}}',
    guidance: 'Это только подсказки: сохранить текст можно в любом случае.',
  },
  kk: {
    title: 'Қарапайым тіл',
    summary: 'Сөз: {{words}} · сөйлем: {{sentences}} · оқуға шамамен {{minutes}} мин',
    allClear: 'Сөйлемдер, сөздер мен азат жолдар оңай оқылады.',
    longSentences: 'Ұзын сөйлемдер ({{limit}} сөзден көп): оларды бөліңіз.',
    longWords: 'Ұзын сөздер ({{limit}} әріптен көп): қарапайымырақ сөз бар ма?',
    longParagraphs: 'Тұтас мәтін ({{limit}} сөзден көп азат жолдар): оларды бөліңіз.',
    wordCount: '{{count}} сөз',
    guidance: 'Бұл тек кеңес: мәтінді бәрібір сақтай аласыз.',
  },
  ky: {
    title: 'Жөнөкөй тил',
    summary: 'Сөз: {{words}} · сүйлөм: {{sentences}} · окууга болжол менен {{minutes}} мүн',
    allClear: 'Сүйлөмдөр, сөздөр жана абзацтар оңой окулат.',
    longSentences: 'Узун сүйлөмдөр ({{limit}} сөздөн ашык): аларды бөлүңүз.',
    longWords: 'Узун сөздөр ({{limit}} тамгадан ашык): жөнөкөйүрөөк сөз барбы?',
    longParagraphs: 'Бөлүнбөгөн узун текст ({{limit}} сөздөн ашык абзацтар): аларды бөлүңүз.',
    wordCount: '{{count}} сөз',
    guidance: 'Бул жөн гана кеңеш: текстти баары бир сактай аласыз.',
  },
  tg: {
    title: 'Забони содда',
    summary: 'Калима: {{words}} · ҷумла: {{sentences}} · хондан тақрибан {{minutes}} дақ',
    allClear: 'Ҷумлаҳо, калимаҳо ва сарсатрҳо осон хонда мешаванд.',
    longSentences: 'Ҷумлаҳои дароз (зиёда аз {{limit}} калима): онҳоро тақсим кунед.',
    longWords: 'Калимаҳои дароз (зиёда аз {{limit}} ҳарф): оё калимаи соддатар ҳаст?',
    longParagraphs: 'Матни яклухт (сарсатрҳои зиёда аз {{limit}} калима): онҳоро тақсим кунед.',
    wordCount: '{{count}} калима',
    guidance: 'Ин танҳо маслиҳат аст: матнро ба ҳар ҳол захира карда метавонед.',
  },
  uz: {
    title: 'Oddiy til',
    summary: 'Soʻz: {{words}} · gap: {{sentences}} · oʻqish taxminan {{minutes}} daq',
    allClear: 'Gaplar, soʻzlar va xatboshilar oson oʻqiladi.',
    longSentences: 'Uzun gaplar ({{limit}} soʻzdan ortiq): ularni boʻling.',
    longWords: 'Uzun soʻzlar ({{limit}} harfdan ortiq): soddaroq soʻz bormi?',
    longParagraphs: 'Yaxlit matn ({{limit}} soʻzdan ortiq xatboshilar): ularni boʻling.',
    wordCount: '{{count}} ta soʻz',
    guidance: 'Bu faqat maslahat: matnni baribir saqlashingiz mumkin.',
  },
}
