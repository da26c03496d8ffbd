import { hotline } from './campaign-leaflets'
import type { SeedLeaflet, SeedPost } from './types'

/**
 * The entries of the smaller "Safe departure" campaign, for countries of origin: written in
 * English (the CMS's default language), Kyrgyz, Tajik and Uzbek only. Russian and Kazakh readers
 * fall back, and the campaign's coverage shows it.
 */

export const safeDepartureLeaflets: SeedLeaflet[] = [
  {
    slug: 'check-a-job-offer',
    campaigns: ['safe-departure'],
    audience: ['departing-migrants'],
    topics: ['safe-migration', 'trafficking'],
    printFormat: 'A5',
    cover: 'border-road',
    contacts: [hotline],
    text: {
      en: {
        title: 'Check a job offer before you go',
        summary: 'Five questions to ask before you pay for a ticket to work abroad.',
        keyMessages: [
          'Ask for the employer’s name and address, and check them.',
          'Get a written contract in a language you understand.',
          'Never hand over your passport.',
        ],
        body: `## Five questions

1. Who is the employer, and where is the company?
2. What is the work, how many hours a day, and what is the pay?
3. Is there a written contract in a language you understand?
4. Who pays for housing and travel?
5. Who keeps your passport? (Only you.)

If someone promises high pay for easy work or asks for a large sum in advance, call the [free hotline](tel:+78000801234) before you decide.`,
      },
      ky: {
        title: 'Жолго чыкканга чейин жумуш сунушун текшериңиз',
        summary: 'Чет өлкөгө иштегени билет сатып алаардан мурун берилүүчү беш суроо.',
        keyMessages: [
          'Иш берүүчүнүн атын жана дарегин сураңыз, аларды текшериңиз.',
          'Өзүңүз түшүнгөн тилде жазуу жүзүндөгү келишим алыңыз.',
          'Паспортуңузду эч кимге бербеңиз.',
        ],
        body: `## Беш суроо

1. Иш берүүчү ким, компания кайда жайгашкан?
2. Кандай жумуш, күнүнө канча саат, айлык канча?
3. Өзүңүз түшүнгөн тилде жазуу жүзүндөгү келишим барбы?
4. Турак жай менен жолду ким төлөйт?
5. Паспортуңузду ким сактайт? (Өзүңүз гана.)

Эгер кимдир бирөө жеңил жумуш үчүн чоң айлык убада кылса же алдын ала көп акча сураса, чечим чыгараардан мурун [акысыз ишеним телефонуна](tel:+78000801234) чалыңыз.`,
      },
      tg: {
        title: 'Пеш аз сафар пешниҳоди корро санҷед',
        summary: 'Панҷ саволе, ки пеш аз харидани чипта барои кор дар хориҷа бояд пурсид.',
        keyMessages: [
          'Ном ва суроғаи корфарморо пурсед ва онҳоро санҷед.',
          'Шартномаи хаттиро бо забоне, ки мефаҳмед, гиред.',
          'Шиносномаатонро ба касе надиҳед.',
        ],
        body: `## Панҷ савол

1. Корфармо кист ва ширкат дар куҷост?
2. Кор чӣ гуна аст, рӯзе чанд соат ва музд чанд аст?
3. Оё шартномаи хаттӣ бо забоне, ки мефаҳмед, ҳаст?
4. Хона ва роҳкиро аз ҳисоби кист?
5. Шиносномаи шуморо кӣ нигоҳ медорад? (Танҳо худатон.)

Агар касе барои кори осон музди калон ваъда диҳад ё пешакӣ пули зиёд талаб кунад, пеш аз қарор ба [хати боварии ройгон](tel:+78000801234) занг занед.`,
      },
      uz: {
        title: 'Yoʻlga chiqishdan oldin ish taklifini tekshiring',
        summary: 'Chet elda ishlash uchun chipta sotib olishdan oldin beriladigan beshta savol.',
        keyMessages: [
          'Ish beruvchining nomi va manzilini soʻrang va tekshiring.',
          'Oʻzingiz tushunadigan tilda yozma shartnoma oling.',
          'Pasportingizni hech kimga bermang.',
        ],
        body: `## Beshta savol

1. Ish beruvchi kim va kompaniya qayerda joylashgan?
2. Qanday ish, kuniga necha soat va maosh qancha?
3. Oʻzingiz tushunadigan tilda yozma shartnoma bormi?
4. Turar joy va yoʻl haqini kim toʻlaydi?
5. Pasportingizni kim saqlaydi? (Faqat oʻzingiz.)

Agar kimdir oson ish uchun katta maosh vaʼda qilsa yoki oldindan koʻp pul soʻrasa, qaror qilishdan oldin [bepul ishonch telefoniga](tel:+78000801234) qoʻngʻiroq qiling.`,
      },
    },
  },
]

export const safeDeparturePosts: SeedPost[] = [
  {
    slug: 'questions-before-leaving',
    campaigns: ['safe-departure'],
    author: 'Aibek Toktogulov',
    publishDate: '2026-11-20',
    topics: ['safe-migration', 'employment'],
    cover: 'hotline-phone',
    text: {
      en: {
        title: 'What people ask the hotline before they leave',
        excerpt:
          'Since the campaign started in Osh, Khujand and Samarkand, callers ask about contracts, registration and passports.',
        body: `Most callers are young people going to work in Kazakhstan for the first time. They ask three things.

**Do I need a contract?** Yes: ask for a written contract before you travel, in a language you understand.

**When must I register?** Soon after you arrive; the hotline tells you the deadline that applies to you.

**Can my employer keep my passport?** No. Nobody has that right.`,
      },
      ky: {
        title: 'Жолго чыгаардан мурун ишеним телефонуна эмне деп сурашат',
        excerpt:
          'Кампания Ошто, Хужандда жана Самаркандда башталгандан бери чалгандар келишим, каттоо жана паспорт жөнүндө сурашат.',
        body: `Чалгандардын көбү Казакстанга биринчи жолу иштегени бараткан жаштар. Алар үч нерсени сурашат.

**Келишим керекпи?** Ооба: жолго чыкканга чейин өзүңүз түшүнгөн тилде жазуу жүзүндөгү келишим сураңыз.

**Качан каттоодон өтүшүм керек?** Келгенден кийин көп өтпөй; ишеним телефону сизге тиешелүү мөөнөттү айтып берет.

**Иш берүүчү паспортумду алып калса болобу?** Жок. Эч кимдин мындай укугу жок.`,
      },
      tg: {
        title: 'Пеш аз сафар аз хати боварӣ чӣ мепурсанд',
        excerpt:
          'Аз оғози маърака дар Ӯш, Хуҷанд ва Самарқанд зангзанандагон дар бораи шартнома, қайд ва шиноснома мепурсанд.',
        body: `Аксари зангзанандагон ҷавононе ҳастанд, ки бори аввал ба Қазоқистон барои кор мераванд. Онҳо се чизро мепурсанд.

**Оё ба ман шартнома лозим аст?** Бале: пеш аз сафар шартномаи хаттиро бо забоне, ки мефаҳмед, талаб кунед.

**Кай бояд қайд шавам?** Дере нагузашта пас аз расидан; хати боварӣ мӯҳлати ба шумо тааллуқдоштаро мегӯяд.

**Оё корфармо шиносномаи маро нигоҳ дошта метавонад?** Не. Ҳеҷ кас чунин ҳуқуқ надорад.`,
      },
      uz: {
        title: 'Yoʻlga chiqishdan oldin ishonch telefonidan nimalarni soʻrashadi',
        excerpt:
          'Kampaniya Oʻsh, Xoʻjand va Samarqandda boshlanganidan beri qoʻngʻiroq qiluvchilar shartnoma, roʻyxatdan oʻtish va pasport haqida soʻrashadi.',
        body: `Qoʻngʻiroq qiluvchilarning koʻpchiligi Qozogʻistonga birinchi marta ishlashga ketayotgan yoshlar. Ular uchta narsani soʻrashadi.

**Menga shartnoma kerakmi?** Ha: yoʻlga chiqishdan oldin oʻzingiz tushunadigan tilda yozma shartnoma soʻrang.

**Qachon roʻyxatdan oʻtishim kerak?** Kelganingizdan keyin tez orada; ishonch telefoni sizga tegishli muddatni aytib beradi.

**Ish beruvchi pasportimni olib qolishi mumkinmi?** Yoʻq. Hech kimning bunday huquqi yoʻq.`,
      },
    },
  },
]
