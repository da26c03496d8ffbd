import type { SeedCampaign, SeedPressRoom, SeedSiteSettings } from './types'
import { images } from './campaign-images'
import { leaflets, phones } from './campaign-leaflets'
import { newsletters } from './campaign-newsletters'
import { posts } from './campaign-posts'
import { campaignPlans } from './campaign-plans'
import { almatyMediaContact, pressOfficer, pressReleases } from './campaign-press'
import { safeDepartureLeaflets, safeDeparturePosts } from './safe-departure'

/**
 * The demo campaign "Every child counts" (Каждый ребёнок важен), autumn 2026.
 *
 * Everything here is fictional: the public foundation Jol Birge, its migrant resource centres in
 * Almaty and Astana and its consultation point in Shymkent, the people, the numbers, the phones
 * (Kazakhstan format; the hotline is toll-free), the e-mail addresses and links at example.org.
 *
 * Deliberate edge cases the seed relies on:
 * - image `resource-centre-meeting` shows recognisable people without recorded consent;
 * - press release `every-child-counts-regional-report` is the only embargoed one (until 1 June 2027);
 * - post `writing-about-migrant-families` has no Kazakh (kk) and no Tajik (tg) text;
 * - the second campaign, "Safe departure" (`campaign-plans.ts`), and its own entries
 *   (`safe-departure.ts`) are written in English, Kyrgyz, Tajik and Uzbek only.
 */

const siteSettings: SeedSiteSettings = {
  hotlinePhone: phones.hotline,
  footerContacts: [
    {
      phone: phones.almaty,
      text: {
        en: { label: 'Migrant Resource Centre, Almaty' },
        ru: { label: 'Ресурсный центр для мигрантов, Алматы' },
        kk: { label: 'Мигранттарға арналған ресурстық орталық, Алматы' },
        ky: { label: 'Мигранттар үчүн ресурстук борбор, Алматы' },
        tg: { label: 'Маркази ресурсии муҳоҷирон, Алмаато' },
        uz: { label: 'Migrantlar uchun resurs markazi, Olmaota' },
      },
    },
    {
      phone: phones.astana,
      text: {
        en: { label: 'Migrant Resource Centre, Astana' },
        ru: { label: 'Ресурсный центр для мигрантов, Астана' },
        kk: { label: 'Мигранттарға арналған ресурстық орталық, Астана' },
        ky: { label: 'Мигранттар үчүн ресурстук борбор, Астана' },
        tg: { label: 'Маркази ресурсии муҳоҷирон, Остона' },
        uz: { label: 'Migrantlar uchun resurs markazi, Astana' },
      },
    },
    {
      phone: phones.shymkent,
      text: {
        en: { label: 'Consultation point, Shymkent' },
        ru: { label: 'Консультационный пункт, Шымкент' },
        kk: { label: 'Кеңес беру пункті, Шымкент' },
        ky: { label: 'Консультациялык пункт, Шымкент' },
        tg: { label: 'Нуқтаи машваратӣ, Чимкент' },
        uz: { label: 'Maslahat punkti, Chimkent' },
      },
    },
    {
      email: 'info@example.org',
      text: {
        en: { label: 'Write to us' },
        ru: { label: 'Напишите нам' },
        kk: { label: 'Бізге жазыңыз' },
        ky: { label: 'Бизге жазыңыз' },
        tg: { label: 'Ба мо нависед' },
        uz: { label: 'Bizga yozing' },
      },
    },
    {
      url: 'https://example.org/jol-birge',
      text: {
        en: { label: 'About Jol Birge' },
        ru: { label: 'О фонде «Жол Бирге»' },
        kk: { label: '«Жол Бірге» қоры туралы' },
        ky: { label: '«Жол Бирге» фонду жөнүндө' },
        tg: { label: 'Дар бораи фонди «Жол Бирге»' },
        uz: { label: '“Jol Birge” fondi haqida' },
      },
    },
  ],
  text: {
    en: {
      siteName: 'Every child counts',
      tagline: 'Rights and help for migrant families with children in Kazakhstan',
      hotlineLabel: 'Free hotline',
      hotlineHours: 'Monday–Saturday, 9:00–20:00',
    },
    ru: {
      siteName: 'Каждый ребёнок важен',
      tagline: 'Права и помощь для семей мигрантов с детьми в Казахстане',
      hotlineLabel: 'Бесплатная горячая линия',
      hotlineHours: 'Понедельник–суббота, 9:00–20:00',
    },
    kk: {
      siteName: 'Әр бала маңызды',
      tagline: 'Қазақстандағы балалы мигрант отбасыларына арналған құқықтар мен көмек',
      hotlineLabel: 'Тегін жедел желі',
      hotlineHours: 'Дүйсенбі–сенбі, 9:00–20:00',
    },
    ky: {
      siteName: 'Ар бир бала маанилүү',
      tagline: 'Казакстандагы балдары бар мигрант үй-бүлөлөр үчүн укуктар жана жардам',
      hotlineLabel: 'Акысыз ишеним телефону',
      hotlineHours: 'Дүйшөмбү–ишемби, 9:00–20:00',
    },
    tg: {
      siteName: 'Ҳар як кӯдак муҳим аст',
      tagline: 'Ҳуқуқ ва кӯмак барои оилаҳои муҳоҷир бо фарзандон дар Қазоқистон',
      hotlineLabel: 'Хати боварии ройгон',
      hotlineHours: 'Душанбе–шанбе, 9:00–20:00',
    },
    uz: {
      siteName: 'Har bir bola muhim',
      tagline: 'Qozogʻistondagi bolali migrant oilalar uchun huquqlar va yordam',
      hotlineLabel: 'Bepul ishonch telefoni',
      hotlineHours: 'Dushanba–shanba, 9:00–20:00',
    },
  },
}

const pressRoom: SeedPressRoom = {
  mediaContacts: [pressOfficer, almatyMediaContact],
  text: {
    en: {
      boilerplate: `**Jol Birge** is a public foundation that supports migrants and their families in Kazakhstan. Since 2015 it has run migrant resource centres in Almaty and Astana, and in 2026 it opened a consultation point in Shymkent. Lawyers and consultants give free and confidential advice on documents, work, school and health care in Kazakh, Russian, Kyrgyz, Tajik, Uzbek and English. The foundation works with NGOs, ethno-cultural associations and local authorities. Its campaign “Every child counts” (September–December 2026) tells migrant families with children about their rights and where to get help. Free hotline: +7 800 080 1234.`,
    },
    ru: {
      boilerplate: `**«Жол Бирге»** — общественный фонд, который поддерживает мигрантов и их семьи в Казахстане. С 2015 года фонд ведёт ресурсные центры для мигрантов в Алматы и Астане, а в 2026 году открыл консультационный пункт в Шымкенте. Юристы и консультанты бесплатно и конфиденциально консультируют по вопросам документов, работы, школы и медицинской помощи на казахском, русском, кыргызском, таджикском, узбекском и английском языках. Фонд сотрудничает с НКО, этнокультурными объединениями и местными властями. Его кампания «Каждый ребёнок важен» (сентябрь–декабрь 2026 года) рассказывает семьям мигрантов с детьми об их правах и о том, где получить помощь. Бесплатная горячая линия: +7 800 080 1234.`,
    },
    kk: {
      boilerplate: `**«Жол Бірге»** – Қазақстандағы мигранттар мен олардың отбасыларына қолдау көрсететін қоғамдық қор. Қор 2015 жылдан бері Алматы мен Астанадағы мигранттарға арналған ресурстық орталықтарды басқарады, ал 2026 жылы Шымкентте кеңес беру пунктін ашты. Заңгерлер мен кеңесшілер құжаттар, жұмыс, мектеп және медициналық көмек мәселелері бойынша қазақ, орыс, қырғыз, тәжік, өзбек және ағылшын тілдерінде тегін әрі құпия кеңес береді. Қор үкіметтік емес ұйымдармен, этномәдени бірлестіктермен және жергілікті билікпен бірлесіп жұмыс істейді. Оның «Әр бала маңызды» науқаны (2026 жылғы қыркүйек–желтоқсан) балалы мигрант отбасыларына олардың құқықтары және көмекті қайдан алуға болатыны туралы айтады. Тегін жедел желі: +7 800 080 1234.`,
    },
    ky: {
      boilerplate: `**«Жол Бирге»** — Казакстандагы мигранттарды жана алардын үй-бүлөлөрүн колдогон коомдук фонд. Фонд 2015-жылдан бери Алматы менен Астанадагы мигранттар үчүн ресурстук борборлорду башкарат, ал эми 2026-жылы Шымкентте консультациялык пункт ачты. Юристтер жана кеңешчилер документтер, жумуш, мектеп жана медициналык жардам боюнча казак, орус, кыргыз, тажик, өзбек жана англис тилдеринде акысыз жана купуя кеңеш беришет. Фонд бейөкмөт уюмдар, этномаданий бирикмелер жана жергиликтүү бийлик менен кызматташат. Анын «Ар бир бала маанилүү» кампаниясы (2026-жылдын сентябрь–декабры) балдары бар мигрант үй-бүлөлөргө алардын укуктары жана жардамды кайдан алса болору тууралуу айтып берет. Акысыз ишеним телефону: +7 800 080 1234.`,
    },
    tg: {
      boilerplate: `**«Жол Бирге»** фонди ҷамъиятиест, ки ба муҳоҷирон ва оилаҳои онҳо дар Қазоқистон дастгирӣ мерасонад. Фонд аз соли 2015 марказҳои ресурсии муҳоҷиронро дар Алмаато ва Остона идора мекунад ва соли 2026 дар Чимкент нуқтаи машваратӣ кушод. Ҳуқуқшиносон ва машваратчиён оид ба ҳуҷҷатҳо, кор, мактаб ва ёрии тиббӣ ба забонҳои қазоқӣ, русӣ, қирғизӣ, тоҷикӣ, ӯзбекӣ ва англисӣ машварати ройгон ва махфӣ медиҳанд. Фонд бо ташкилотҳои ғайридавлатӣ, иттиҳодияҳои этнофарҳангӣ ва мақомоти маҳаллӣ ҳамкорӣ мекунад. Маъракаи он «Ҳар як кӯдак муҳим аст» (сентябр–декабри соли 2026) ба оилаҳои муҳоҷир бо фарзандон дар бораи ҳуқуқҳояшон ва ҷойҳои гирифтани кӯмак нақл мекунад. Хати боварии ройгон: +7 800 080 1234.`,
    },
    uz: {
      boilerplate: `**“Jol Birge”** — Qozogʻistondagi migrantlar va ularning oilalarini qoʻllab-quvvatlaydigan jamoat fondi. Fond 2015-yildan beri Olmaota va Astanadagi migrantlar uchun resurs markazlarini boshqaradi, 2026-yilda esa Chimkentda maslahat punktini ochdi. Yuristlar va maslahatchilar hujjatlar, ish, maktab va tibbiy yordam masalalari boʻyicha qozoq, rus, qirgʻiz, tojik, oʻzbek va ingliz tillarida bepul va maxfiy maslahat beradi. Fond nodavlat tashkilotlar, etnomadaniy birlashmalar va mahalliy hokimiyat bilan hamkorlik qiladi. Uning “Har bir bola muhim” kampaniyasi (2026-yil sentabr–dekabr) bolali migrant oilalarga ularning huquqlari va yordamni qayerdan olish mumkinligi haqida gapirib beradi. Bepul ishonch telefoni: +7 800 080 1234.`,
    },
  },
}

export const campaign: SeedCampaign = {
  campaigns: campaignPlans,
  images,
  leaflets: [...leaflets, ...safeDepartureLeaflets],
  pressReleases,
  newsletters,
  posts: [...posts, ...safeDeparturePosts],
  siteSettings,
  pressRoom,
}
