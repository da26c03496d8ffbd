import type { SeedCampaignPlan } from './types'

/**
 * The two demo campaigns. "Every child counts" follows the communication handbook in the field
 * material (../shared/seeds/000_…): inform migrant families with children about their rights and the
 * ways to regularise their status and their children's; audiences: irregular migrants, NGOs and
 * ethno-cultural associations, specialised media and bloggers; big cities and borders; meetings,
 * press releases, newsletters, blog posts and leaflets. "Safe departure" is the smaller follow-up the
 * handbook's partners asked for: the same hotline, aimed at countries of origin, in Kyrgyz, Tajik
 * and Uzbek. Organisations, numbers and links are fictional (example.org).
 */
export const campaignPlans: SeedCampaignPlan[] = [
  {
    slug: 'every-child-counts',
    startDate: '2026-09-15',
    endDate: '2026-12-31',
    brandColour: '#1d4e89',
    channels: ['leaflet', 'press-release', 'newsletter', 'blog-post', 'meeting', 'hotline'],
    countries: ['KZ'],
    partners: [
      { name: 'Jol Birge public foundation', url: 'https://example.org/jol-birge' },
      { name: 'Association of ethno-cultural centres of Almaty', url: 'https://example.org/ethno-centres' },
    ],
    objectives: [
      {
        indicator: 'Calls to the hotline from migrant families with children',
        unit: 'calls per month',
        baseline: 150,
        target: 600,
        targetDate: '2026-12-31',
      },
      {
        indicator: 'Children of migrant families enrolled in school with the resource centres’ help',
        unit: 'children',
        baseline: 0,
        target: 300,
        targetDate: '2026-12-31',
      },
      {
        indicator: 'Families who started regularising their status',
        unit: 'families',
        baseline: 0,
        target: 200,
        targetDate: '2026-12-31',
      },
      {
        indicator: 'Media pieces on migrant families with children',
        unit: 'articles and posts',
        baseline: 5,
        target: 40,
        targetDate: '2026-12-31',
      },
    ],
    personas: [
      {
        who: 'Irregular migrant parents with school-age children',
        where: 'Almaty, Astana and Shymkent: markets, building sites, rented rooms; border crossings',
        languages: ['ru', 'uz', 'tg', 'ky'],
        channels: ['leaflet', 'hotline', 'meeting', 'social-media'],
        needToKnow:
          'A child can go to school whatever the parents’ papers; how to regularise their stay and their children’s; the free, confidential hotline.',
      },
      {
        who: 'NGOs and ethno-cultural associations',
        where: 'Big cities and border regions',
        languages: ['ru', 'kk'],
        channels: ['meeting', 'newsletter', 'leaflet'],
        needToKnow:
          'What the law guarantees migrant children, where to refer a family, the campaign material to hand out.',
      },
      {
        who: 'Specialised media and bloggers',
        where: 'National and regional media, Telegram and Instagram channels',
        languages: ['kk', 'ru'],
        channels: ['press-release', 'blog-post', 'newsletter'],
        needToKnow:
          'Facts and figures, people to interview, how to write about migrant families without stigma.',
      },
    ],
    text: {
      en: {
        name: 'Every child counts',
        slogan: 'School is a right, whatever your papers say',
        summary:
          'Migrant families with children in Kazakhstan: your rights, the ways to regularise your stay and your children’s, and where to get free help.',
        keyMessages: [
          'Every child can go to school, whatever the parents’ papers.',
          'There are legal ways to regularise your stay and your children’s.',
          'Advice is free and confidential, in your language.',
        ],
        cities: ['Almaty', 'Astana', 'Shymkent'],
      },
      ru: {
        name: 'Каждый ребёнок важен',
        slogan: 'Школа — право, какие бы документы у вас ни были',
        summary:
          'Семьи мигрантов с детьми в Казахстане: ваши права, законные способы оформить пребывание — своё и детей — и где получить бесплатную помощь.',
        keyMessages: [
          'Каждый ребёнок может ходить в школу, какие бы документы ни были у родителей.',
          'Есть законные способы оформить своё пребывание и пребывание детей.',
          'Консультации бесплатные и конфиденциальные, на вашем языке.',
        ],
        cities: ['Алматы', 'Астана', 'Шымкент'],
      },
      kk: {
        name: 'Әр бала маңызды',
        slogan: 'Мектеп — құқық, құжаттарыңызға қарамастан',
        summary:
          'Қазақстандағы балалы мигрант отбасылары: сіздің құқықтарыңыз, өзіңіздің және балаларыңыздың болуын заңдастыру жолдары және тегін көмекті қайдан алуға болатыны.',
        keyMessages: [
          'Ата-анасының құжаттарына қарамастан, әр бала мектепке бара алады.',
          'Өзіңіздің және балаларыңыздың болуын заңдастырудың заңды жолдары бар.',
          'Кеңес тегін әрі құпия, өз тіліңізде.',
        ],
        cities: ['Алматы', 'Астана', 'Шымкент'],
      },
      ky: {
        name: 'Ар бир бала маанилүү',
        slogan: 'Мектеп — укук, документтериңизге карабастан',
        summary:
          'Казакстандагы балдары бар мигрант үй-бүлөлөр: сиздин укуктарыңыз, өзүңүздүн жана балдарыңыздын жүрүшүн мыйзамдаштыруунун жолдору жана акысыз жардамды кайдан алса болору.',
        keyMessages: [
          'Ата-энесинин документтерине карабастан, ар бир бала мектепке бара алат.',
          'Өзүңүздүн жана балдарыңыздын жүрүшүн мыйзамдаштыруунун мыйзамдуу жолдору бар.',
          'Кеңеш акысыз жана купуя, өз тилиңизде.',
        ],
        cities: ['Алматы', 'Астана', 'Шымкент'],
      },
      tg: {
        name: 'Ҳар як кӯдак муҳим аст',
        slogan: 'Мактаб ҳуқуқ аст, новобаста ба ҳуҷҷатҳоятон',
        summary:
          'Оилаҳои муҳоҷир бо фарзандон дар Қазоқистон: ҳуқуқҳои шумо, роҳҳои қонунӣ кардани будубоши худ ва фарзандонатон ва ҷойҳои гирифтани кӯмаки ройгон.',
        keyMessages: [
          'Ҳар як кӯдак новобаста ба ҳуҷҷатҳои падару модар ба мактаб рафта метавонад.',
          'Барои қонунӣ кардани будубоши худ ва фарзандон роҳҳои қонунӣ ҳастанд.',
          'Машварат ройгон ва махфӣ аст, бо забони шумо.',
        ],
        cities: ['Алмаато', 'Остона', 'Чимкент'],
      },
      uz: {
        name: 'Har bir bola muhim',
        slogan: 'Maktab — huquq, hujjatlaringizdan qatʼi nazar',
        summary:
          'Qozogʻistondagi bolali migrant oilalar: huquqlaringiz, oʻzingiz va farzandlaringizning yashashini qonuniylashtirish yoʻllari va bepul yordamni qayerdan olish mumkinligi.',
        keyMessages: [
          'Ota-onaning hujjatlaridan qatʼi nazar, har bir bola maktabga borishi mumkin.',
          'Oʻzingiz va farzandlaringizning yashashini qonuniylashtirishning qonuniy yoʻllari bor.',
          'Maslahat bepul va maxfiy, oʻz tilingizda.',
        ],
        cities: ['Olmaota', 'Astana', 'Chimkent'],
      },
    },
  },
  {
    slug: 'safe-departure',
    startDate: '2026-11-15',
    endDate: '2027-03-31',
    brandColour: '#8a3a00',
    channels: ['leaflet', 'blog-post', 'social-media', 'hotline'],
    countries: ['KG', 'TJ', 'UZ'],
    partners: [{ name: 'Migrant resource centre, Osh', url: 'https://example.org/mrc-osh' }],
    objectives: [
      {
        indicator: 'Calls to the hotline from people planning to leave',
        unit: 'calls per month',
        baseline: 20,
        target: 150,
        targetDate: '2027-03-31',
      },
      {
        indicator: 'Leaflets handed out at departure points',
        unit: 'leaflets',
        baseline: 0,
        target: 5000,
        targetDate: '2027-03-31',
      },
    ],
    personas: [
      {
        who: 'Young people planning to work in Kazakhstan for the first time',
        where: 'Osh, Khujand and Samarkand; bus and train stations, recruitment offices',
        languages: ['ky', 'tg', 'uz'],
        channels: ['leaflet', 'social-media', 'hotline'],
        needToKnow:
          'How to check a job offer, keep their passport, get a written contract, register on arrival; the hotline number.',
      },
      {
        who: 'Families of departing migrants',
        where: 'Home towns and villages in Kyrgyzstan, Tajikistan and Uzbekistan',
        languages: ['ky', 'tg', 'uz'],
        channels: ['meeting', 'social-media'],
        needToKnow:
          'The warning signs of trafficking; keep copies of documents and the address where their relative works.',
      },
    ],
    text: {
      en: {
        name: 'Safe departure',
        slogan: 'Check before you go',
        summary:
          'Before you leave to work abroad: check the job offer, keep your documents, know who to call. For people in Kyrgyzstan, Tajikistan and Uzbekistan who plan to work in Kazakhstan.',
        keyMessages: [
          'Never give your passport to an employer or a middleman.',
          'Get a written contract before you travel.',
          'Register within the legal deadline after you arrive.',
          'Save the free hotline number: +7 800 080 1234.',
        ],
        cities: ['Osh', 'Khujand', 'Samarkand'],
      },
      ky: {
        name: 'Коопсуз жол',
        slogan: 'Жолго чыкканга чейин текшериңиз',
        summary:
          'Чет өлкөгө иштегени кетээрден мурун: жумуш сунушун текшериңиз, документтериңизди сактаңыз, кимге чалаарыңызды билиңиз. Казакстанга иштегени барууну пландаган Кыргызстандын, Тажикстандын жана Өзбекстандын тургундары үчүн.',
        keyMessages: [
          'Паспортуңузду иш берүүчүгө же ортомчуга эч качан бербеңиз.',
          'Жолго чыкканга чейин жазуу жүзүндөгү келишим алыңыз.',
          'Келгенден кийин мыйзамда белгиленген мөөнөттө каттоодон өтүңүз.',
          'Акысыз ишеним телефонунун номерин сактап коюңуз: +7 800 080 1234.',
        ],
        cities: ['Ош', 'Хужанд', 'Самарканд'],
      },
      tg: {
        name: 'Сафари бехатар',
        slogan: 'Пеш аз роҳ санҷед',
        summary:
          'Пеш аз рафтан ба кор дар хориҷа: пешниҳоди корро санҷед, ҳуҷҷатҳоятонро нигоҳ доред, бидонед ба кӣ занг занед. Барои сокинони Қирғизистон, Тоҷикистон ва Ӯзбекистон, ки ба Қазоқистон барои кор рафтанӣ ҳастанд.',
        keyMessages: [
          'Шиносномаатонро ҳеҷ гоҳ ба корфармо ё миёнарав надиҳед.',
          'Пеш аз сафар шартномаи хаттӣ гиред.',
          'Пас аз расидан дар мӯҳлати қонунӣ қайд шавед.',
          'Рақами хати боварии ройгонро нигоҳ доред: +7 800 080 1234.',
        ],
        cities: ['Ӯш', 'Хуҷанд', 'Самарқанд'],
      },
      uz: {
        name: 'Xavfsiz safar',
        slogan: 'Yoʻlga chiqishdan oldin tekshiring',
        summary:
          'Chet elga ishlashga ketishdan oldin: ish taklifini tekshiring, hujjatlaringizni saqlang, kimga qoʻngʻiroq qilishni biling. Qozogʻistonga ishlashga borishni rejalashtirgan Qirgʻiziston, Tojikiston va Oʻzbekiston aholisi uchun.',
        keyMessages: [
          'Pasportingizni hech qachon ish beruvchiga yoki vositachiga bermang.',
          'Yoʻlga chiqishdan oldin yozma shartnoma oling.',
          'Kelganingizdan keyin qonunda belgilangan muddatda roʻyxatdan oʻting.',
          'Bepul ishonch telefoni raqamini saqlab qoʻying: +7 800 080 1234.',
        ],
        cities: ['Oʻsh', 'Xoʻjand', 'Samarqand'],
      },
    },
  },
]
