import type { LocaleCode } from '@jol/content-schemas'

/**
 * The public site's build status (publishing/components), in every admin language, with what asked
 * for a rebuild. Read through `jolText(i18n, 'jolPublishing')`.
 */
export interface PublishingTexts {
  publicSite: string
  idle: string
  queued: string
  building: string
  succeeded: string
  failed: string
  lastBuild: string
  duration: string
  seconds: string
  triggeredBy: string
  andMore: string
  liveUpdated: string
  waiting: string
  waitingChanges: string
  leftOut: string
  site: string
  edit: string
  schedule: string
  embargo: string
  media: string
  settings: string
  manual: string
}

export const publishingTexts: Record<LocaleCode, PublishingTexts> = {
  en: {
    publicSite: 'Public site',
    idle: 'Not built from the CMS yet',
    queued: 'Rebuild queued',
    building: 'Building…',
    succeeded: 'Live site up to date',
    failed: 'The last build failed: the previous site is still live',
    lastBuild: 'Last build',
    duration: 'Duration',
    seconds: '{{seconds}} s',
    triggeredBy: 'Triggered by',
    andMore: 'and {{count}} more',
    liveUpdated: 'Live site last updated',
    waiting: 'Waiting',
    waitingChanges: 'Changes for the next build: {{count}}, the last at {{time}}',
    leftOut: 'Left out of the live site ({{count}}): fix these and publish again',
    site: 'site',
    edit: 'edit',
    schedule: 'scheduled publication',
    embargo: 'embargo lapsed',
    media: 'media change',
    settings: 'settings change',
    manual: 'manual',
  },
  ru: {
    publicSite: 'Публичный сайт',
    idle: 'Сайт ещё не собирался',
    queued: 'Пересборка в очереди',
    building: 'Идёт сборка…',
    succeeded: 'Сайт обновлён',
    failed: 'Последняя сборка не удалась: на сайте по-прежнему предыдущая версия',
    lastBuild: 'Последняя сборка',
    duration: 'Длительность',
    seconds: '{{seconds}} с',
    triggeredBy: 'Причина',
    andMore: 'и ещё {{count}}',
    liveUpdated: 'Сайт последний раз обновлён',
    waiting: 'Ожидают',
    waitingChanges: 'Изменений для следующей сборки: {{count}}, последнее в {{time}}',
    leftOut: 'Не попало на сайт ({{count}}): исправьте и опубликуйте снова',
    site: 'сайт',
    edit: 'правка',
    schedule: 'публикация по расписанию',
    embargo: 'эмбарго истекло',
    media: 'изменение медиафайла',
    settings: 'изменение настроек',
    manual: 'вручную',
  },
  kk: {
    publicSite: 'Ашық сайт',
    idle: 'Сайт әлі жиналмаған',
    queued: 'Қайта жинау кезекте',
    building: 'Жиналуда…',
    succeeded: 'Сайт жаңартылған',
    failed: 'Соңғы жинау сәтсіз аяқталды: сайтта бұрынғы нұсқасы тұр',
    lastBuild: 'Соңғы жинау',
    duration: 'Ұзақтығы',
    seconds: '{{seconds}} с',
    triggeredBy: 'Себебі',
    andMore: 'және тағы {{count}}',
    liveUpdated: 'Сайт соңғы рет жаңартылған уақыт',
    waiting: 'Күтуде',
    waitingChanges: 'Келесі жинауға өзгерістер: {{count}}, соңғысы {{time}}',
    leftOut: 'Сайтқа енбегендер ({{count}}): оларды түзетіп, қайта жариялаңыз',
    site: 'сайт',
    edit: 'түзету',
    schedule: 'кесте бойынша жариялау',
    embargo: 'эмбарго мерзімі өтті',
    media: 'медиафайл өзгерді',
    settings: 'баптаулар өзгерді',
    manual: 'қолмен',
  },
  ky: {
    publicSite: 'Ачык сайт',
    idle: 'Сайт азырынча чогултула элек',
    queued: 'Кайра чогултуу кезекте',
    building: 'Чогултулууда…',
    succeeded: 'Сайт жаңыртылган',
    failed: 'Акыркы чогултуу ийгиликсиз болду: сайтта мурунку версиясы турат',
    lastBuild: 'Акыркы чогултуу',
    duration: 'Узактыгы',
    seconds: '{{seconds}} сек',
    triggeredBy: 'Себеби',
    andMore: 'жана дагы {{count}}',
    liveUpdated: 'Сайт акыркы жолу жаңыртылган убакыт',
    waiting: 'Күтүүдө',
    waitingChanges: 'Кийинки чогултууга өзгөртүүлөр: {{count}}, акыркысы {{time}}',
    leftOut: 'Сайтка кирбегендер ({{count}}): аларды оңдоп, кайра жарыялаңыз',
    site: 'сайт',
    edit: 'түзөтүү',
    schedule: 'график боюнча жарыялоо',
    embargo: 'эмбарго мөөнөтү бүттү',
    media: 'медиафайл өзгөрдү',
    settings: 'жөндөөлөр өзгөрдү',
    manual: 'кол менен',
  },
  tg: {
    publicSite: 'Сомонаи оммавӣ',
    idle: 'Сомона ҳанӯз сохта нашудааст',
    queued: 'Азнавсозӣ дар навбат аст',
    building: 'Сохта мешавад…',
    succeeded: 'Сомона навсозӣ шудааст',
    failed: 'Сохтани охирин ноком шуд: дар сомона ҳанӯз версияи пешина аст',
    lastBuild: 'Сохтани охирин',
    duration: 'Давомнокӣ',
    seconds: '{{seconds}} сония',
    triggeredBy: 'Сабаб',
    andMore: 'ва боз {{count}}',
    liveUpdated: 'Вақти охирин навсозии сомона',
    waiting: 'Дар интизорӣ',
    waitingChanges: 'Тағйирот барои сохтани навбатӣ: {{count}}, охиринаш {{time}}',
    leftOut: 'Ба сомона дохил нашуданд ({{count}}): онҳоро ислоҳ карда, аз нав нашр кунед',
    site: 'сомона',
    edit: 'таҳрир',
    schedule: 'нашр тибқи ҷадвал',
    embargo: 'мӯҳлати эмбарго гузашт',
    media: 'тағйири медиафайл',
    settings: 'тағйири танзимот',
    manual: 'дастӣ',
  },
  uz: {
    publicSite: 'Ochiq sayt',
    idle: 'Sayt hali yigʻilmagan',
    queued: 'Qayta yigʻish navbatda',
    building: 'Yigʻilmoqda…',
    succeeded: 'Sayt yangilangan',
    failed: 'Oxirgi yigʻish muvaffaqiyatsiz tugadi: saytda avvalgi versiya turibdi',
    lastBuild: 'Oxirgi yigʻish',
    duration: 'Davomiyligi',
    seconds: '{{seconds}} soniya',
    triggeredBy: 'Sababi',
    andMore: 'va yana {{count}} ta',
    liveUpdated: 'Sayt oxirgi marta yangilangan vaqt',
    waiting: 'Kutilmoqda',
    waitingChanges: 'Keyingi yigʻish uchun oʻzgarishlar: {{count}}, oxirgisi {{time}}',
    leftOut: 'Saytga kirmaganlar ({{count}}): ularni tuzatib, qayta eʼlon qiling',
    site: 'sayt',
    edit: 'tahrir',
    schedule: 'jadval boʻyicha eʼlon',
    embargo: 'embargo muddati oʻtdi',
    media: 'media fayl oʻzgardi',
    settings: 'sozlamalar oʻzgardi',
    manual: 'qoʻlda',
  },
}
