import type { LocaleCode } from '@jol/content-schemas'

/**
 * The editors' workbench (workbench/): the side-menu links, the "to translate" list and the calendar,
 * in every admin language. Read through `jolText(i18n, 'jolWorkbench')`.
 */
export interface WorkbenchTexts {
  toTranslate: string
  calendar: string
  signInFirst: string
  nothingToTranslate: string
  status: string
  language: string
  entry: string
  kind: string
  campaign: string
  deadline: string
  date: string
  what: string
  nothingScheduled: string
  publish: string
  unpublish: string
  embargoEnds: string
  newsletter: string
  release: string
  post: string
  campaignStart: string
  campaignEnd: string
}

export const workbenchTexts: Record<LocaleCode, WorkbenchTexts> = {
  en: {
    toTranslate: 'To translate',
    calendar: 'Calendar',
    signInFirst: 'Sign in first.',
    nothingToTranslate: 'Nothing to translate: every translation in your languages is up to date.',
    status: 'Status',
    language: 'Language',
    entry: 'Entry',
    kind: 'Kind',
    campaign: 'Campaign',
    deadline: 'Deadline',
    date: 'Date',
    what: 'What happens',
    nothingScheduled: 'Nothing scheduled.',
    publish: 'Scheduled publication',
    unpublish: 'Scheduled unpublication',
    embargoEnds: 'Embargo ends',
    newsletter: 'Newsletter date',
    release: 'Release date',
    post: 'Post date',
    campaignStart: 'Campaign starts',
    campaignEnd: 'Campaign ends',
  },
  ru: {
    toTranslate: 'Перевести',
    calendar: 'Календарь',
    signInFirst: 'Сначала войдите.',
    nothingToTranslate: 'Переводить нечего: все переводы на ваши языки актуальны.',
    status: 'Статус',
    language: 'Язык',
    entry: 'Материал',
    kind: 'Вид',
    campaign: 'Кампания',
    deadline: 'Срок',
    date: 'Дата',
    what: 'Что произойдёт',
    nothingScheduled: 'Ничего не запланировано.',
    publish: 'Запланированная публикация',
    unpublish: 'Запланированное снятие с публикации',
    embargoEnds: 'Конец эмбарго',
    newsletter: 'Дата рассылки',
    release: 'Дата выхода пресс-релиза',
    post: 'Дата записи',
    campaignStart: 'Начало кампании',
    campaignEnd: 'Конец кампании',
  },
  kk: {
    toTranslate: 'Аудару керек',
    calendar: 'Күнтізбе',
    signInFirst: 'Алдымен кіріңіз.',
    nothingToTranslate: 'Аударатын ештеңе жоқ: сіздің тілдеріңіздегі барлық аударма өзекті.',
    status: 'Күйі',
    language: 'Тіл',
    entry: 'Материал',
    kind: 'Түрі',
    campaign: 'Науқан',
    deadline: 'Мерзімі',
    date: 'Күні',
    what: 'Не болады',
    nothingScheduled: 'Ештеңе жоспарланбаған.',
    publish: 'Жоспарланған жариялау',
    unpublish: 'Жоспарланған жариялаудан алу',
    embargoEnds: 'Эмбарго аяқталады',
    newsletter: 'Ақпараттық хат күні',
    release: 'Баспасөз релизінің күні',
    post: 'Блог жазбасының күні',
    campaignStart: 'Науқан басталады',
    campaignEnd: 'Науқан аяқталады',
  },
  ky: {
    toTranslate: 'Которуу керек',
    calendar: 'Календарь',
    signInFirst: 'Адегенде кириңиз.',
    nothingToTranslate: 'Которо турган эч нерсе жок: сиздин тилдериңиздеги бардык котормолор актуалдуу.',
    status: 'Абалы',
    language: 'Тил',
    entry: 'Материал',
    kind: 'Түрү',
    campaign: 'Кампания',
    deadline: 'Мөөнөтү',
    date: 'Күнү',
    what: 'Эмне болот',
    nothingScheduled: 'Эч нерсе пландалган эмес.',
    publish: 'Пландалган жарыялоо',
    unpublish: 'Пландалган жарыялоодон алуу',
    embargoEnds: 'Эмбарго бүтөт',
    newsletter: 'Маалымат катынын күнү',
    release: 'Пресс-релиздин күнү',
    post: 'Блог жазуусунун күнү',
    campaignStart: 'Кампания башталат',
    campaignEnd: 'Кампания бүтөт',
  },
  tg: {
    toTranslate: 'Барои тарҷума',
    calendar: 'Тақвим',
    signInFirst: 'Аввал ворид шавед.',
    nothingToTranslate: 'Чизе барои тарҷума нест: ҳамаи тарҷумаҳо ба забонҳои шумо ба асл мувофиқанд.',
    status: 'Ҳолат',
    language: 'Забон',
    entry: 'Мавод',
    kind: 'Навъ',
    campaign: 'Маърака',
    deadline: 'Мӯҳлат',
    date: 'Сана',
    what: 'Чӣ мешавад',
    nothingScheduled: 'Ҳеҷ чиз ба нақша гирифта нашудааст.',
    publish: 'Нашри банақшагирифта',
    unpublish: 'Аз нашр гирифтани банақшагирифта',
    embargoEnds: 'Эмбарго анҷом меёбад',
    newsletter: 'Санаи хабарнома',
    release: 'Санаи пресс-релиз',
    post: 'Санаи навиштаи блог',
    campaignStart: 'Маърака оғоз мешавад',
    campaignEnd: 'Маърака анҷом меёбад',
  },
  uz: {
    toTranslate: 'Tarjima qilish kerak',
    calendar: 'Taqvim',
    signInFirst: 'Avval tizimga kiring.',
    nothingToTranslate: 'Tarjima qiladigan narsa yoʻq: tillaringizdagi barcha tarjimalar dolzarb.',
    status: 'Holati',
    language: 'Til',
    entry: 'Material',
    kind: 'Turi',
    campaign: 'Kampaniya',
    deadline: 'Muddat',
    date: 'Sana',
    what: 'Nima boʻladi',
    nothingScheduled: 'Hech narsa rejalashtirilmagan.',
    publish: 'Rejalashtirilgan eʼlon',
    unpublish: 'Rejalashtirilgan eʼlondan olish',
    embargoEnds: 'Embargo tugaydi',
    newsletter: 'Axborot maktubi sanasi',
    release: 'Press-reliz sanasi',
    post: 'Blog yozuvi sanasi',
    campaignStart: 'Kampaniya boshlanadi',
    campaignEnd: 'Kampaniya tugaydi',
  },
}
