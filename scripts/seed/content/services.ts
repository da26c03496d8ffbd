import {
  cityOf,
  type LocaleCode,
  type ServiceKind,
  type SpokenLanguage,
  type VerificationMethod,
} from '@jol/content-schemas'

/**
 * Demo services for the help directory: plausible, clearly marked as demo, with made-up numbers
 * (+7 700 000 00xx and the like: no real person's phone). Verification ages are relative to the day
 * of seeding, so the notice (stale) and the hiding (expired) can always be seen with the 90-day default.
 */

type Text = Record<LocaleCode, string>

export interface SeedService {
  slug: string
  kind: ServiceKind
  city: string
  phones: string[]
  whatsapp?: string
  telegram?: string
  email?: string
  website?: string
  coordinates?: { lat: number; lng: number }
  languages: SpokenLanguage[]
  /** Days before seeding it was last verified; undefined: never. */
  verifiedDaysAgo: number | undefined
  verifiedHow: VerificationMethod
  organisation: Text
  name: Text
  hours: Text
  cost: Text
}

const name: Record<ServiceKind, Text> = {
  'resource-centre': {
    en: 'Advice and information for migrants',
    ru: 'Консультации и информация для мигрантов',
    kk: 'Мигранттарға кеңес және ақпарат',
    ky: 'Мигранттарга кеңеш жана маалымат',
    tg: 'Машварат ва иттилоот барои муҳоҷирон',
    uz: 'Muhojirlar uchun maslahat va maʼlumot',
  },
  hotline: {
    en: 'Hotline for migrants',
    ru: 'Горячая линия для мигрантов',
    kk: 'Мигранттарға арналған сенім телефоны',
    ky: 'Мигранттар үчүн ишеним телефону',
    tg: 'Хати боварӣ барои муҳоҷирон',
    uz: 'Muhojirlar uchun ishonch telefoni',
  },
  'legal-aid': {
    en: 'Free legal advice',
    ru: 'Бесплатная юридическая консультация',
    kk: 'Тегін заң кеңесі',
    ky: 'Акысыз юридикалык кеңеш',
    tg: 'Машварати ҳуқуқии ройгон',
    uz: 'Bepul yuridik maslahat',
  },
  shelter: {
    en: 'Emergency shelter for women and children',
    ru: 'Кризисный приют для женщин и детей',
    kk: 'Әйелдер мен балаларға арналған дағдарыс баспанасы',
    ky: 'Аялдар жана балдар үчүн кризистик баш калкалоочу жай',
    tg: 'Паноҳгоҳи бӯҳронӣ барои занон ва кӯдакон',
    uz: 'Ayollar va bolalar uchun inqiroz boshpanasi',
  },
  health: {
    en: 'Free clinic, no documents asked',
    ru: 'Бесплатный приём без документов',
    kk: 'Құжатсыз тегін қабылдау',
    ky: 'Документсиз акысыз кабыл алуу',
    tg: 'Қабули ройгон бе ҳуҷҷат',
    uz: 'Hujjatsiz bepul qabul',
  },
  education: {
    en: 'School enrolment help for migrant children',
    ru: 'Помощь с записью детей мигрантов в школу',
    kk: 'Мигрант балаларын мектепке жазуға көмек',
    ky: 'Мигрант балдарын мектепке каттоого жардам',
    tg: 'Кумак дар сабти кӯдакони муҳоҷир ба мактаб',
    uz: 'Muhojir bolalarini maktabga yozdirishda yordam',
  },
  consulate: {
    en: 'Consular help for citizens abroad',
    ru: 'Консульская помощь гражданам за рубежом',
    kk: 'Шетелдегі азаматтарға консулдық көмек',
    ky: 'Чет өлкөдөгү жарандарга консулдук жардам',
    tg: 'Кумаки консулӣ ба шаҳрвандон дар хориҷа',
    uz: 'Xorijdagi fuqarolarga konsullik yordami',
  },
  'labour-inspection': {
    en: 'Complaints about unpaid wages',
    ru: 'Жалобы на невыплату зарплаты',
    kk: 'Жалақы төленбеуі туралы шағымдар',
    ky: 'Эмгек акы төлөнбөгөнү боюнча даттануулар',
    tg: 'Шикоят дар бораи музди пардохтнашуда',
    uz: 'Ish haqi toʻlanmagani haqida shikoyatlar',
  },
}

const organisation: Record<ServiceKind, Text> = {
  'resource-centre': {
    en: 'Migrant Resource Centre',
    ru: 'Ресурсный центр для мигрантов',
    kk: 'Мигранттар ресурстық орталығы',
    ky: 'Мигранттар ресурстук борбору',
    tg: 'Маркази захиравии муҳоҷирон',
    uz: 'Muhojirlar resurs markazi',
  },
  hotline: {
    en: 'Road Home Hotline (demo)',
    ru: 'Горячая линия «Дорога домой» (демо)',
    kk: '«Үйге жол» сенім телефоны (демо)',
    ky: '«Үйгө жол» ишеним телефону (демо)',
    tg: 'Хати боварии «Роҳи хона» (намоишӣ)',
    uz: '«Uyga yoʻl» ishonch telefoni (demo)',
  },
  'legal-aid': {
    en: 'Legal Clinic for Migrants',
    ru: 'Юридическая клиника для мигрантов',
    kk: 'Мигранттарға арналған заң клиникасы',
    ky: 'Мигранттар үчүн юридикалык клиника',
    tg: 'Клиникаи ҳуқуқӣ барои муҳоҷирон',
    uz: 'Muhojirlar uchun yuridik klinika',
  },
  shelter: {
    en: 'Safe House Foundation',
    ru: 'Фонд «Безопасный дом»',
    kk: '«Қауіпсіз үй» қоры',
    ky: '«Коопсуз үй» фонду',
    tg: 'Хазинаи «Хонаи бехатар»',
    uz: '«Xavfsiz uy» jamgʻarmasi',
  },
  health: {
    en: 'Open Door Clinic',
    ru: 'Клиника «Открытая дверь»',
    kk: '«Ашық есік» клиникасы',
    ky: '«Ачык эшик» клиникасы',
    tg: 'Клиникаи «Дари кушода»',
    uz: '«Ochiq eshik» klinikasi',
  },
  education: {
    en: 'Every Child at School Network',
    ru: 'Сеть «Каждый ребёнок в школе»',
    kk: '«Әр бала мектепте» желісі',
    ky: '«Ар бир бала мектепте» тармагы',
    tg: 'Шабакаи «Ҳар кӯдак дар мактаб»',
    uz: '«Har bir bola maktabda» tarmogʻi',
  },
  consulate: {
    en: 'Consulate (demo)',
    ru: 'Консульство (демо)',
    kk: 'Консулдық (демо)',
    ky: 'Консулдук (демо)',
    tg: 'Консулгарӣ (намоишӣ)',
    uz: 'Konsullik (demo)',
  },
  'labour-inspection': {
    en: 'State Labour Inspectorate',
    ru: 'Государственная инспекция труда',
    kk: 'Мемлекеттік еңбек инспекциясы',
    ky: 'Мамлекеттик эмгек инспекциясы',
    tg: 'Нозироти давлатии меҳнат',
    uz: 'Davlat mehnat inspeksiyasi',
  },
}

const hours = {
  weekdays: {
    en: 'Mon–Fri 9:00–18:00',
    ru: 'Пн–Пт 9:00–18:00',
    kk: 'Дс–Жм 9:00–18:00',
    ky: 'Дш–Жм 9:00–18:00',
    tg: 'Дш–Ҷм 9:00–18:00',
    uz: 'Du–Ju 9:00–18:00',
  },
  always: {
    en: 'Every day, 24 hours',
    ru: 'Ежедневно, круглосуточно',
    kk: 'Күн сайын, тәулік бойы',
    ky: 'Күн сайын, сутка бою',
    tg: 'Ҳар рӯз, шабонарӯзӣ',
    uz: 'Har kuni, kechayu kunduz',
  },
} satisfies Record<string, Text>

const free: Text = { en: 'Free', ru: 'Бесплатно', kk: 'Тегін', ky: 'Акысыз', tg: 'Ройгон', uz: 'Bepul' }

const inCity = (text: Text, city: string): Text => {
  const place = cityOf(city)!
  return Object.fromEntries(
    (Object.entries(text) as [LocaleCode, string][]).map(([l, v]) => [l, `${v}, ${place.names[l]}`]),
  ) as Text
}

type Row = [
  slug: string,
  kind: ServiceKind,
  city: string,
  phone: string,
  daysAgo: number | undefined,
  how: VerificationMethod,
  coordinates?: [number, number],
]

/** Three Kazakh cities where migrants work, one city in each country of origin, and Moscow. */
const rows: Row[] = [
  ['almaty-resource-centre', 'resource-centre', 'almaty', '+7 700 000 0001', 12, 'visit', [43.2567, 76.9286]],
  ['almaty-hotline', 'hotline', 'almaty', '+7 700 000 0002', 3, 'phone'],
  ['almaty-legal-clinic', 'legal-aid', 'almaty', '+7 700 000 0003', 40, 'phone', [43.2389, 76.8897]],
  ['almaty-shelter', 'shelter', 'almaty', '+7 700 000 0004', 120, 'organisation'],
  ['almaty-clinic', 'health', 'almaty', '+7 700 000 0005', 60, 'visit', [43.222, 76.8512]],
  ['almaty-labour-inspection', 'labour-inspection', 'almaty', '+7 700 000 0006', 200, 'phone'],
  ['astana-resource-centre', 'resource-centre', 'astana', '+7 700 000 0011', 20, 'visit', [51.1282, 71.4304]],
  ['astana-legal-clinic', 'legal-aid', 'astana', '+7 700 000 0012', 95, 'phone'],
  ['astana-school-help', 'education', 'astana', '+7 700 000 0013', 30, 'organisation'],
  ['astana-shelter', 'shelter', 'astana', '+7 700 000 0014', undefined, 'phone'],
  [
    'shymkent-resource-centre',
    'resource-centre',
    'shymkent',
    '+7 700 000 0021',
    15,
    'visit',
    [42.3417, 69.5901],
  ],
  ['shymkent-legal-clinic', 'legal-aid', 'shymkent', '+7 700 000 0022', 150, 'phone'],
  ['shymkent-clinic', 'health', 'shymkent', '+7 700 000 0023', 50, 'phone'],
  ['shymkent-uzbek-consulate', 'consulate', 'shymkent', '+7 700 000 0024', 25, 'organisation'],
  [
    'bishkek-resource-centre',
    'resource-centre',
    'bishkek',
    '+996 700 000 031',
    10,
    'visit',
    [42.8746, 74.5698],
  ],
  ['bishkek-hotline', 'hotline', 'bishkek', '+996 700 000 032', 70, 'phone'],
  [
    'dushanbe-resource-centre',
    'resource-centre',
    'dushanbe',
    '+992 900 000 041',
    35,
    'visit',
    [38.5598, 68.787],
  ],
  ['dushanbe-legal-clinic', 'legal-aid', 'dushanbe', '+992 900 000 042', 190, 'phone'],
  [
    'tashkent-resource-centre',
    'resource-centre',
    'tashkent',
    '+998 90 000 0051',
    18,
    'organisation',
    [41.2995, 69.2401],
  ],
  ['tashkent-hotline', 'hotline', 'tashkent', '+998 90 000 0052', 100, 'phone'],
  ['moscow-legal-clinic', 'legal-aid', 'moscow', '+7 900 000 0061', 45, 'phone'],
  ['moscow-clinic', 'health', 'moscow', '+7 900 000 0062', 5, 'visit', [55.7558, 37.6173]],
]

const languagesOf = (city: string): SpokenLanguage[] => {
  const country = cityOf(city)!.country
  const local: Record<string, SpokenLanguage[]> = {
    KZ: ['kk', 'ru', 'uz', 'ky', 'tg'],
    KG: ['ky', 'ru'],
    TJ: ['tg', 'ru'],
    UZ: ['uz', 'ru', 'en'],
    RU: ['ru', 'tg', 'uz', 'ky'],
  }
  return local[country]!
}

export const demoServices: SeedService[] = rows.map(
  ([slug, kind, city, phone, daysAgo, how, coordinates]) => ({
    slug,
    kind,
    city,
    phones: [phone],
    ...(kind === 'hotline' || kind === 'resource-centre' ? { whatsapp: phone } : {}),
    // No Telegram names: any invented one may be a real person's account.
    ...(kind === 'legal-aid' ? { email: `${slug}@demo.jol.example` } : {}),
    ...(coordinates ? { coordinates: { lat: coordinates[0], lng: coordinates[1] } } : {}),
    languages: languagesOf(city),
    verifiedDaysAgo: daysAgo,
    verifiedHow: how,
    organisation:
      kind === 'hotline' || kind === 'consulate' ? organisation[kind] : inCity(organisation[kind], city),
    name: name[kind],
    hours: kind === 'hotline' || kind === 'shelter' ? hours.always : hours.weekdays,
    cost: free,
  }),
)
