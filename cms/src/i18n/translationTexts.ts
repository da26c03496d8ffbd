import type { LocaleCode } from '@jol/content-schemas'

/**
 * Translation tracking (translations/): the statuses shown in lists, the panel beside a translation,
 * and what the XLIFF exchange answers a translator, in every admin language.
 * Read through `jolText(i18n, 'jolTranslations')`.
 */
export interface TranslationTexts {
  translation: string
  panelTitle: string
  source: string
  upToDate: string
  outdated: string
  outdatedSince: string
  missing: string
  signIn: string
  notYourLanguage: string
  unknownTarget: string
  unknownEntryRef: string
  nameAnEntry: string
  unknownEntry: string
  unsupportedMarkup: string
  tooLarge: string
  noEntities: string
  notWellFormed: string
  notXliff: string
  wrongSource: string
  unknownTargetInFile: string
  doesNotMatch: string
  noEntry: string
}

export const translationTexts: Record<LocaleCode, TranslationTexts> = {
  en: {
    translation: 'Translation',
    panelTitle: 'Translation ({{language}}): {{status}}',
    source: 'source language',
    upToDate: 'up to date',
    outdated: 'outdated',
    outdatedSince: 'outdated: the source changed since',
    missing: 'missing',
    signIn: 'Sign in to exchange translations.',
    notYourLanguage: 'You do not translate into "{{target}}".',
    unknownTarget: 'Unknown target language "{{target}}".',
    unknownEntryRef: 'Unknown entry "{{entry}}" (write it as collection:id, such as `leaflets:3`).',
    nameAnEntry: 'Name at least one entry.',
    unknownEntry: 'Unknown entry',
    unsupportedMarkup: 'Unsupported inline markup',
    tooLarge: 'The file is larger than 5 MB',
    noEntities: 'Document types and entities are not accepted',
    notWellFormed: 'Not well-formed XML',
    notXliff: 'Not an XLIFF 2.0 file',
    wrongSource: 'The source language must be {{tag}}',
    unknownTargetInFile: 'Unknown target language',
    doesNotMatch: 'The file does not match the entries’ current source',
    noEntry: 'The file holds no entry',
  },
  ru: {
    translation: 'Перевод',
    panelTitle: 'Перевод ({{language}}): {{status}}',
    source: 'исходный язык',
    upToDate: 'актуален',
    outdated: 'устарел',
    outdatedSince: 'устарел: исходный текст с тех пор изменился',
    missing: 'отсутствует',
    signIn: 'Войдите, чтобы обмениваться переводами.',
    notYourLanguage: 'Вы не переводите на «{{target}}».',
    unknownTarget: 'Неизвестный язык перевода «{{target}}».',
    unknownEntryRef: 'Неизвестный материал «{{entry}}» (пишите коллекцию и номер, например `leaflets:3`).',
    nameAnEntry: 'Укажите хотя бы один материал.',
    unknownEntry: 'Неизвестный материал',
    unsupportedMarkup: 'Неподдерживаемая разметка внутри текста',
    tooLarge: 'Файл больше 5 МБ',
    noEntities: 'Объявления типа документа и сущности не принимаются',
    notWellFormed: 'Неправильно сформированный XML',
    notXliff: 'Это не файл XLIFF 2.0',
    wrongSource: 'Исходным языком должен быть {{tag}}',
    unknownTargetInFile: 'Неизвестный язык перевода',
    doesNotMatch: 'Файл не соответствует текущему исходному тексту материалов',
    noEntry: 'В файле нет ни одного материала',
  },
  kk: {
    translation: 'Аударма',
    panelTitle: 'Аударма ({{language}}): {{status}}',
    source: 'бастапқы тіл',
    upToDate: 'өзекті',
    outdated: 'ескірген',
    outdatedSince: 'ескірген: бастапқы мәтін содан бері өзгерді',
    missing: 'жоқ',
    signIn: 'Аудармалармен алмасу үшін кіріңіз.',
    notYourLanguage: 'Сіз «{{target}}» тіліне аудармайсыз.',
    unknownTarget: 'Белгісіз аударма тілі: «{{target}}».',
    unknownEntryRef: 'Белгісіз материал: «{{entry}}» (жинақ пен нөмірді жазыңыз, мысалы `leaflets:3`).',
    nameAnEntry: 'Кемінде бір материалды көрсетіңіз.',
    unknownEntry: 'Белгісіз материал',
    unsupportedMarkup: 'Мәтін ішіндегі белгілеу қолдау көрсетілмейді',
    tooLarge: 'Файл 5 МБ-тан үлкен',
    noEntities: 'Құжат түрлері мен нысандар қабылданбайды',
    notWellFormed: 'XML дұрыс құрылмаған',
    notXliff: 'Бұл XLIFF 2.0 файлы емес',
    wrongSource: 'Бастапқы тіл {{tag}} болуы керек',
    unknownTargetInFile: 'Белгісіз аударма тілі',
    doesNotMatch: 'Файл материалдардың қазіргі бастапқы мәтініне сәйкес келмейді',
    noEntry: 'Файлда бірде-бір материал жоқ',
  },
  ky: {
    translation: 'Котормо',
    panelTitle: 'Котормо ({{language}}): {{status}}',
    source: 'баштапкы тил',
    upToDate: 'актуалдуу',
    outdated: 'эскирген',
    outdatedSince: 'эскирген: баштапкы текст андан бери өзгөрдү',
    missing: 'жок',
    signIn: 'Котормолор менен алмашуу үчүн кириңиз.',
    notYourLanguage: 'Сиз «{{target}}» тилине которбойсуз.',
    unknownTarget: 'Белгисиз котормо тили: «{{target}}».',
    unknownEntryRef: 'Белгисиз материал: «{{entry}}» (жыйнакты жана номерди жазыңыз, мисалы `leaflets:3`).',
    nameAnEntry: 'Жок дегенде бир материалды көрсөтүңүз.',
    unknownEntry: 'Белгисиз материал',
    unsupportedMarkup: 'Тексттин ичиндеги белгилөө колдоого алынбайт',
    tooLarge: 'Файл 5 МБдан чоң',
    noEntities: 'Документ түрлөрү жана объекттер кабыл алынбайт',
    notWellFormed: 'XML туура түзүлгөн эмес',
    notXliff: 'Бул XLIFF 2.0 файлы эмес',
    wrongSource: 'Баштапкы тил {{tag}} болушу керек',
    unknownTargetInFile: 'Белгисиз котормо тили',
    doesNotMatch: 'Файл материалдардын азыркы баштапкы текстине дал келбейт',
    noEntry: 'Файлда бир да материал жок',
  },
  tg: {
    translation: 'Тарҷума',
    panelTitle: 'Тарҷума ({{language}}): {{status}}',
    source: 'забони аслӣ',
    upToDate: 'мувофиқ ба асл',
    outdated: 'кӯҳна',
    outdatedSince: 'кӯҳна: матни аслӣ баъд аз он тағйир ёфт',
    missing: 'нест',
    signIn: 'Барои табодули тарҷумаҳо ворид шавед.',
    notYourLanguage: 'Шумо ба «{{target}}» тарҷума намекунед.',
    unknownTarget: 'Забони тарҷумаи номаълум: «{{target}}».',
    unknownEntryRef: 'Маводи номаълум: «{{entry}}» (маҷмӯа ва рақамро нависед, масалан `leaflets:3`).',
    nameAnEntry: 'Ақаллан як маводро номбар кунед.',
    unknownEntry: 'Маводи номаълум',
    unsupportedMarkup: 'Аломатгузории дохили матн дастгирӣ намешавад',
    tooLarge: 'Файл аз 5 МБ калонтар аст',
    noEntities: 'Навъҳои ҳуҷҷат ва объектҳо қабул намешаванд',
    notWellFormed: 'XML дуруст сохта нашудааст',
    notXliff: 'Ин файли XLIFF 2.0 нест',
    wrongSource: 'Забони аслӣ бояд {{tag}} бошад',
    unknownTargetInFile: 'Забони тарҷумаи номаълум',
    doesNotMatch: 'Файл ба матни ҳозираи аслии маводҳо мувофиқ нест',
    noEntry: 'Дар файл ягон мавод нест',
  },
  uz: {
    translation: 'Tarjima',
    panelTitle: 'Tarjima ({{language}}): {{status}}',
    source: 'asl til',
    upToDate: 'dolzarb',
    outdated: 'eskirgan',
    outdatedSince: 'eskirgan: asl matn oʻshandan beri oʻzgargan',
    missing: 'yoʻq',
    signIn: 'Tarjimalar almashish uchun tizimga kiring.',
    notYourLanguage: 'Siz “{{target}}” tiliga tarjima qilmaysiz.',
    unknownTarget: 'Nomaʼlum tarjima tili: “{{target}}”.',
    unknownEntryRef: 'Nomaʼlum material: “{{entry}}” (toʻplam va raqamni yozing, masalan `leaflets:3`).',
    nameAnEntry: 'Kamida bitta materialni koʻrsating.',
    unknownEntry: 'Nomaʼlum material',
    unsupportedMarkup: 'Matn ichidagi belgilash qoʻllab-quvvatlanmaydi',
    tooLarge: 'Fayl 5 MB dan katta',
    noEntities: 'Hujjat turlari va obyektlar qabul qilinmaydi',
    notWellFormed: 'XML notoʻgʻri tuzilgan',
    notXliff: 'Bu XLIFF 2.0 fayli emas',
    wrongSource: 'Asl til {{tag}} boʻlishi kerak',
    unknownTargetInFile: 'Nomaʼlum tarjima tili',
    doesNotMatch: 'Fayl materiallarning hozirgi asl matniga mos kelmaydi',
    noEntry: 'Faylda birorta ham material yoʻq',
  },
}
