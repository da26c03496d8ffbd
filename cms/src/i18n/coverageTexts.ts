import type { LocaleCode } from '@jol/content-schemas'

/**
 * A campaign's coverage table (collections/Campaigns/CampaignCoverage) and the questions-by-place box
 * above the list of questions, in every admin language. Read through `jolText(i18n, 'jolCoverage')`.
 */
export interface CoverageTexts {
  coverage: string
  saveFirst: string
  noEntries: string
  entry: string
  draft: string
  written: string
  fallsBackTo: string
  missing: string
  totals: string
  questionsHeading: string
  noQuestions: string
  topic: string
  place: string
  total: string
}

export const coverageTexts: Record<LocaleCode, CoverageTexts> = {
  en: {
    coverage: 'Coverage',
    saveFirst: 'Save the campaign, link entries to it, and their languages show here.',
    noEntries: 'No leaflet, press release, newsletter or post belongs to this campaign yet.',
    entry: 'Entry',
    draft: 'draft',
    written: 'written',
    fallsBackTo: 'falls back to {{language}}',
    missing: 'missing',
    totals: 'Written / falling back / missing',
    questionsHeading: 'Questions by topic and place (last 12 months)',
    noQuestions: 'No questions yet.',
    topic: 'Topic',
    place: 'Place',
    total: 'Total',
  },
  ru: {
    coverage: 'Охват языков',
    saveFirst: 'Сохраните кампанию, привяжите к ней материалы, и здесь появятся их языки.',
    noEntries: 'К этой кампании пока не относится ни одна листовка, пресс-релиз, рассылка или запись.',
    entry: 'Материал',
    draft: 'черновик',
    written: 'написан',
    fallsBackTo: 'показывается версия {{language}}',
    missing: 'отсутствует',
    totals: 'Написано / с заменой / отсутствует',
    questionsHeading: 'Вопросы по темам и местам (последние 12 месяцев)',
    noQuestions: 'Вопросов пока нет.',
    topic: 'Тема',
    place: 'Место',
    total: 'Всего',
  },
  kk: {
    coverage: 'Тілдермен қамту',
    saveFirst: 'Науқанды сақтап, оған материалдарды байланыстырыңыз, сонда олардың тілдері осында көрінеді.',
    noEntries: 'Бұл науқанға әзірге бірде-бір парақша, баспасөз релизі, ақпараттық хат не жазба жатпайды.',
    entry: 'Материал',
    draft: 'қаралама',
    written: 'жазылған',
    fallsBackTo: '{{language}} тілінде көрсетіледі',
    missing: 'жоқ',
    totals: 'Жазылған / алмастырылған / жоқ',
    questionsHeading: 'Тақырыптар мен орындар бойынша сұрақтар (соңғы 12 ай)',
    noQuestions: 'Әзірге сұрақ жоқ.',
    topic: 'Тақырып',
    place: 'Орын',
    total: 'Барлығы',
  },
  ky: {
    coverage: 'Тилдер боюнча камтуу',
    saveFirst: 'Кампанияны сактап, ага материалдарды байлаңыз, ошондо алардын тилдери бул жерде көрүнөт.',
    noEntries: 'Бул кампанияга азырынча бир да баракча, пресс-релиз, маалымат каты же жазуу тиешелүү эмес.',
    entry: 'Материал',
    draft: 'долбоор',
    written: 'жазылган',
    fallsBackTo: '{{language}} тилинде көрсөтүлөт',
    missing: 'жок',
    totals: 'Жазылган / алмаштырылган / жок',
    questionsHeading: 'Темалар жана жерлер боюнча суроолор (акыркы 12 ай)',
    noQuestions: 'Азырынча суроо жок.',
    topic: 'Тема',
    place: 'Жер',
    total: 'Бардыгы',
  },
  tg: {
    coverage: 'Фарогирии забонҳо',
    saveFirst:
      'Маъракаро нигоҳ доред, маводҳоро ба он пайваст кунед ва забонҳои онҳо дар ин ҷо пайдо мешаванд.',
    noEntries: 'Ба ин маърака ҳанӯз ягон варақа, пресс-релиз, хабарнома ё навишта тааллуқ надорад.',
    entry: 'Мавод',
    draft: 'сиёҳнавис',
    written: 'навишта шудааст',
    fallsBackTo: 'бо забони {{language}} нишон дода мешавад',
    missing: 'нест',
    totals: 'Навишташуда / ивазшуда / нест',
    questionsHeading: 'Саволҳо аз рӯи мавзӯъ ва ҷой (12 моҳи охир)',
    noQuestions: 'Ҳанӯз савол нест.',
    topic: 'Мавзӯъ',
    place: 'Ҷой',
    total: 'Ҳамагӣ',
  },
  uz: {
    coverage: 'Tillar boʻyicha qamrov',
    saveFirst:
      'Kampaniyani saqlang, unga materiallarni bogʻlang, shunda ularning tillari shu yerda koʻrinadi.',
    noEntries:
      'Bu kampaniyaga hozircha birorta varaqa, press-reliz, axborot maktubi yoki yozuv tegishli emas.',
    entry: 'Material',
    draft: 'qoralama',
    written: 'yozilgan',
    fallsBackTo: '{{language}} tilida koʻrsatiladi',
    missing: 'yoʻq',
    totals: 'Yozilgan / almashtirilgan / yoʻq',
    questionsHeading: 'Mavzu va joy boʻyicha savollar (oxirgi 12 oy)',
    noQuestions: 'Hozircha savol yoʻq.',
    topic: 'Mavzu',
    place: 'Joy',
    total: 'Jami',
  },
}
