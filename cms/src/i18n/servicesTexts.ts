import type { LocaleCode } from '@jol/content-schemas'

/**
 * The help directory's own admin words (the "verified today" buttons, the needs-checking box), in every
 * admin language. Read through `t('jolServices:…')`.
 */
export interface ServicesTexts {
  verifiedToday: string
  byPhone: string
  byVisit: string
  byOrganisation: string
  saveFirst: string
  couldNotVerify: string
  needsChecking: string
  period: string
  showNeedsChecking: string
  showAll: string
  onlyStaff: string
  whichService: string
  notJson: string
  howOneOf: string
  noService: string
}

export const servicesTexts: Record<LocaleCode, ServicesTexts> = {
  en: {
    verifiedToday: 'Verified today:',
    byPhone: 'by phone',
    byVisit: 'by a visit',
    byOrganisation: 'confirmed by the organisation',
    saveFirst: 'Save the service first, then verify it.',
    couldNotVerify: 'Could not record the verification.',
    needsChecking: 'Help directory: services that need checking: {{count}}',
    period:
      'Not verified for {{period}} days (site settings). {{offSite}} of them, not verified for {{twice}} days or never, are off the public site until verified again.',
    showNeedsChecking: 'Show the services that need checking',
    showAll: 'Show all services',
    onlyStaff: 'Only editors and admins can verify a service.',
    whichService: 'Which service?',
    notJson: 'The request must be JSON: { "how": "phone" }.',
    howOneOf: 'how must be one of: {{methods}}.',
    noService: 'There is no service #{{id}}.',
  },
  ru: {
    verifiedToday: 'Проверено сегодня:',
    byPhone: 'по телефону',
    byVisit: 'при посещении',
    byOrganisation: 'подтверждено организацией',
    saveFirst: 'Сначала сохраните службу, затем отметьте проверку.',
    couldNotVerify: 'Не удалось отметить проверку.',
    needsChecking: 'Справочник помощи: службы, которые нужно проверить: {{count}}',
    period:
      'Не проверялись {{period}} дней (настройки сайта). Из них {{offSite}} не проверялись {{twice}} дней или ни разу и скрыты с сайта до новой проверки.',
    showNeedsChecking: 'Показать службы, которые нужно проверить',
    showAll: 'Показать все службы',
    onlyStaff: 'Отмечать проверку службы могут только редакторы и администраторы.',
    whichService: 'Какая служба?',
    notJson: 'Запрос должен быть в JSON: `{ "how": "phone" }`.',
    howOneOf: 'Способ проверки должен быть одним из: {{methods}}.',
    noService: 'Службы №{{id}} нет.',
  },
  kk: {
    verifiedToday: 'Бүгін тексерілді:',
    byPhone: 'телефон арқылы',
    byVisit: 'барып көру арқылы',
    byOrganisation: 'ұйым растады',
    saveFirst: 'Алдымен қызметті сақтаңыз, содан кейін тексеріңіз.',
    couldNotVerify: 'Тексеруді белгілеу мүмкін болмады.',
    needsChecking: 'Көмек анықтамалығы: тексеру керек қызметтер: {{count}}',
    period:
      '{{period}} күн тексерілмеген (сайт баптаулары). Олардың {{offSite}} қызметі {{twice}} күн бойы немесе ешқашан тексерілмеген, қайта тексерілгенше сайттан алынған.',
    showNeedsChecking: 'Тексеру керек қызметтерді көрсету',
    showAll: 'Барлық қызметтерді көрсету',
    onlyStaff: 'Қызметтің тексерілгенін тек редакторлар мен әкімшілер белгілей алады.',
    whichService: 'Қай қызмет?',
    notJson: 'Сұрау JSON түрінде болуы керек: `{ "how": "phone" }`.',
    howOneOf: 'Тексеру тәсілі мыналардың бірі болуы керек: {{methods}}.',
    noService: '№{{id}} қызмет жоқ.',
  },
  ky: {
    verifiedToday: 'Бүгүн текшерилди:',
    byPhone: 'телефон аркылуу',
    byVisit: 'барып көрүү аркылуу',
    byOrganisation: 'уюм ырастады',
    saveFirst: 'Адегенде кызматты сактаңыз, андан кийин текшериңиз.',
    couldNotVerify: 'Текшерүүнү белгилөө мүмкүн болгон жок.',
    needsChecking: 'Жардам маалымдамасы: текшерүү керек кызматтар: {{count}}',
    period:
      '{{period}} күн текшерилген эмес (сайттын жөндөөлөрү). Алардын {{offSite}} кызматы {{twice}} күн же эч качан текшерилген эмес, кайра текшерилгенге чейин сайттан алынган.',
    showNeedsChecking: 'Текшерүү керек кызматтарды көрсөтүү',
    showAll: 'Бардык кызматтарды көрсөтүү',
    onlyStaff: 'Кызматтын текшерилгенин редакторлор жана администраторлор гана белгилей алат.',
    whichService: 'Кайсы кызмат?',
    notJson: 'Суроо JSON түрүндө болушу керек: `{ "how": "phone" }`.',
    howOneOf: 'Текшерүү ыкмасы булардын бири болушу керек: {{methods}}.',
    noService: '№{{id}} кызмат жок.',
  },
  tg: {
    verifiedToday: 'Имрӯз санҷида шуд:',
    byPhone: 'бо телефон',
    byVisit: 'бо ташриф',
    byOrganisation: 'ташкилот тасдиқ кард',
    saveFirst: 'Аввал хизматро нигоҳ доред, баъд санҷед.',
    couldNotVerify: 'Қайди санҷиш муяссар нашуд.',
    needsChecking: 'Феҳристи кӯмак: хизматҳое, ки санҷиш лозим доранд: {{count}}',
    period:
      '{{period}} рӯз санҷида нашудаанд (танзимоти сомона). Аз онҳо {{offSite}} хизмат {{twice}} рӯз ё ҳеҷ гоҳ санҷида нашудааст ва то санҷиши нав аз сомона бардошта шудааст.',
    showNeedsChecking: 'Нишон додани хизматҳое, ки санҷиш лозим доранд',
    showAll: 'Нишон додани ҳамаи хизматҳо',
    onlyStaff: 'Санҷиши хизматро танҳо муҳаррирон ва маъмурон қайд карда метавонанд.',
    whichService: 'Кадом хизмат?',
    notJson: 'Дархост бояд дар шакли JSON бошад: `{ "how": "phone" }`.',
    howOneOf: 'Тарзи санҷиш бояд яке аз инҳо бошад: {{methods}}.',
    noService: 'Хизмати №{{id}} нест.',
  },
  uz: {
    verifiedToday: 'Bugun tekshirildi:',
    byPhone: 'telefon orqali',
    byVisit: 'tashrif orqali',
    byOrganisation: 'tashkilot tasdiqladi',
    saveFirst: 'Avval xizmatni saqlang, soʻng tekshiring.',
    couldNotVerify: 'Tekshiruvni belgilab boʻlmadi.',
    needsChecking: 'Yordam maʼlumotnomasi: tekshirish kerak boʻlgan xizmatlar: {{count}}',
    period:
      '{{period}} kun tekshirilmagan (sayt sozlamalari). Ulardan {{offSite}} tasi {{twice}} kun yoki hech qachon tekshirilmagan va qayta tekshirilguncha saytdan olib tashlangan.',
    showNeedsChecking: 'Tekshirish kerak boʻlgan xizmatlarni koʻrsatish',
    showAll: 'Barcha xizmatlarni koʻrsatish',
    onlyStaff: 'Xizmat tekshirilganini faqat muharrirlar va administratorlar belgilashi mumkin.',
    whichService: 'Qaysi xizmat?',
    notJson: 'Soʻrov JSON koʻrinishida boʻlishi kerak: `{ "how": "phone" }`.',
    howOneOf: 'Tekshirish usuli quyidagilardan biri boʻlishi kerak: {{methods}}.',
    noService: '№{{id}} xizmat yoʻq.',
  },
}
