import type { SeedLeaflet } from './types'

/** Phone numbers of the campaign (fictional). The hotline is toll-free. */
export const phones = {
  hotline: '+7 800 080 1234',
  almaty: '+7 727 355 01 20',
  astana: '+7 717 255 04 40',
  shymkent: '+7 725 255 07 70',
  chat: '+7 701 555 12 34',
} as const

type Contact = SeedLeaflet['contacts'][number]

export const hotline: Contact = {
  phone: phones.hotline,
  url: 'https://example.org/every-child-counts/hotline',
  text: {
    en: { label: 'Free hotline (six languages)', hours: 'Monday–Saturday, 9:00–20:00' },
    ru: { label: 'Бесплатная горячая линия (шесть языков)', hours: 'Понедельник–суббота, 9:00–20:00' },
    kk: { label: 'Тегін жедел желі (алты тіл)', hours: 'Дүйсенбі–сенбі, 9:00–20:00' },
    ky: { label: 'Акысыз ишеним телефону (алты тил)', hours: 'Дүйшөмбү–ишемби, 9:00–20:00' },
    tg: { label: 'Хати боварии ройгон (шаш забон)', hours: 'Душанбе–шанбе, 9:00–20:00' },
    uz: { label: 'Bepul ishonch telefoni (olti til)', hours: 'Dushanba–shanba, 9:00–20:00' },
  },
}

const almatyCentre: Contact = {
  phone: phones.almaty,
  url: 'https://example.org/every-child-counts/centres/almaty',
  text: {
    en: { label: 'Migrant Resource Centre, Almaty', hours: 'Monday–Friday, 10:00–18:00' },
    ru: { label: 'Ресурсный центр для мигрантов, Алматы', hours: 'Понедельник–пятница, 10:00–18:00' },
    kk: { label: 'Мигранттарға арналған ресурстық орталық, Алматы', hours: 'Дүйсенбі–жұма, 10:00–18:00' },
    ky: { label: 'Мигранттар үчүн ресурстук борбор, Алматы', hours: 'Дүйшөмбү–жума, 10:00–18:00' },
    tg: { label: 'Маркази ресурсии муҳоҷирон, Алмаато', hours: 'Душанбе–ҷумъа, 10:00–18:00' },
    uz: { label: 'Migrantlar uchun resurs markazi, Olmaota', hours: 'Dushanba–juma, 10:00–18:00' },
  },
}

const astanaCentre: Contact = {
  phone: phones.astana,
  url: 'https://example.org/every-child-counts/centres/astana',
  text: {
    en: { label: 'Migrant Resource Centre, Astana', hours: 'Monday–Friday, 10:00–18:00' },
    ru: { label: 'Ресурсный центр для мигрантов, Астана', hours: 'Понедельник–пятница, 10:00–18:00' },
    kk: { label: 'Мигранттарға арналған ресурстық орталық, Астана', hours: 'Дүйсенбі–жұма, 10:00–18:00' },
    ky: { label: 'Мигранттар үчүн ресурстук борбор, Астана', hours: 'Дүйшөмбү–жума, 10:00–18:00' },
    tg: { label: 'Маркази ресурсии муҳоҷирон, Остона', hours: 'Душанбе–ҷумъа, 10:00–18:00' },
    uz: { label: 'Migrantlar uchun resurs markazi, Astana', hours: 'Dushanba–juma, 10:00–18:00' },
  },
}

const shymkentPoint: Contact = {
  phone: phones.shymkent,
  url: 'https://example.org/every-child-counts/centres/shymkent',
  text: {
    en: { label: 'Consultation point, Shymkent', hours: 'Tuesday and Thursday, 10:00–17:00' },
    ru: { label: 'Консультационный пункт, Шымкент', hours: 'Вторник и четверг, 10:00–17:00' },
    kk: { label: 'Кеңес беру пункті, Шымкент', hours: 'Сейсенбі мен бейсенбі, 10:00–17:00' },
    ky: { label: 'Консультациялык пункт, Шымкент', hours: 'Шейшемби жана бейшемби, 10:00–17:00' },
    tg: { label: 'Нуқтаи машваратӣ, Чимкент', hours: 'Сешанбе ва панҷшанбе, 10:00–17:00' },
    uz: { label: 'Maslahat punkti, Chimkent', hours: 'Seshanba va payshanba, 10:00–17:00' },
  },
}

const messengerChat: Contact = {
  phone: phones.chat,
  text: {
    en: { label: 'Chat in messengers (write to us)', hours: 'Every day, 9:00–21:00' },
    ru: { label: 'Чат в мессенджерах (пишите нам)', hours: 'Ежедневно, 9:00–21:00' },
    kk: { label: 'Мессенджердегі чат (бізге жазыңыз)', hours: 'Күн сайын, 9:00–21:00' },
    ky: { label: 'Мессенджердеги чат (бизге жазыңыз)', hours: 'Күн сайын, 9:00–21:00' },
    tg: { label: 'Чат дар паёмрасонҳо (ба мо нависед)', hours: 'Ҳар рӯз, 9:00–21:00' },
    uz: { label: 'Messenjerdagi chat (bizga yozing)', hours: 'Har kuni, 9:00–21:00' },
  },
}

export const leaflets: SeedLeaflet[] = [
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'your-child-has-the-right-to-school',
    campaigns: ['every-child-counts'],
    audience: ['migrant-families', 'irregular-migrants'],
    topics: ['children-rights', 'health-and-education', 'where-to-get-help'],
    printFormat: 'A5',
    cover: 'school-gate',
    contacts: [hotline, almatyCentre, astanaCentre],
    text: {
      en: {
        title: 'Your child has the right to school',
        summary:
          'Every child has the right to learn. Here is how to enrol your child in school and where to get help.',
        keyMessages: [
          'Every child has the right to learn.',
          'Go to the school near your home and ask about enrolment.',
          'Bring the documents you have, even if some are missing.',
          'If the school says no, call the free hotline.',
          'Our help is free and confidential.',
        ],
        body: `## Your child can learn

Every child has the right to education. This right is written in the UN Convention on the Rights of the Child. Kazakhstan has signed this convention. At school, your child learns the language, makes friends and opens the way to a better future.

## How to enrol your child

- Go to the school near your home. Ask to meet the head teacher or the deputy head.
- Bring the documents you have: your passport, your child’s birth certificate, a vaccination card and papers from your child’s old school.
- If a document is missing, say so openly. Ask what you can bring instead.
- If the school says no, ask for the answer in writing.

If your child does not speak Kazakh or Russian well, ask the school about extra lessons. Children learn a new language fast when they go to school every day.

Do not wait for the new school year. You can ask about a place at school at any time.

## If the school says no

Do not give up. Our lawyers can go with you to talk to the school and to the city education department. Everything you tell us stays confidential.

Call the free hotline [+7 800 080 1234](tel:+78000801234), Monday to Saturday, from 9:00 to 20:00. You can speak Kazakh, Russian, Kyrgyz, Tajik, Uzbek or English.

More information: [example.org/every-child-counts/school](https://example.org/every-child-counts/school)`,
      },
      ru: {
        title: 'Ваш ребёнок имеет право учиться в школе',
        summary:
          'Каждый ребёнок имеет право учиться. Рассказываем, как записать ребёнка в школу и где получить помощь.',
        keyMessages: [
          'Каждый ребёнок имеет право учиться.',
          'Идите в школу рядом с домом и спросите о зачислении.',
          'Возьмите документы, которые у вас есть, даже если каких-то не хватает.',
          'Если школа отказывает, звоните на бесплатную горячую линию.',
          'Наша помощь бесплатная и конфиденциальная.',
        ],
        body: `## Ваш ребёнок может учиться

Каждый ребёнок имеет право на образование. Это право записано в Конвенции ООН о правах ребёнка. Казахстан подписал эту конвенцию. В школе ребёнок учит язык, находит друзей и открывает себе путь к лучшему будущему.

## Как записать ребёнка в школу

- Придите в школу рядом с домом. Попросите о встрече с директором или завучем.
- Возьмите документы, которые у вас есть: ваш паспорт, свидетельство о рождении ребёнка, прививочную карту и документы из прежней школы ребёнка.
- Если какого-то документа нет, скажите об этом честно. Спросите, что можно принести вместо него.
- Если школа отказывает, попросите дать ответ письменно.

Если ребёнок плохо говорит по-казахски или по-русски, спросите в школе о дополнительных занятиях. Дети быстро учат новый язык, когда ходят в школу каждый день.

Не ждите начала учебного года. О месте в школе можно спрашивать в любое время.

## Если школа отказывает

Не сдавайтесь. Наши юристы могут пойти с вами и поговорить со школой и с городским управлением образования. Всё, что вы нам рассказываете, остаётся конфиденциальным.

Звоните на бесплатную горячую линию [+7 800 080 1234](tel:+78000801234) с понедельника по субботу, с 9:00 до 20:00. Можно говорить на казахском, русском, кыргызском, таджикском, узбекском или английском языке.

Подробнее: [example.org/every-child-counts/school](https://example.org/every-child-counts/school)`,
      },
      kk: {
        title: 'Балаңыздың мектепте оқуға құқығы бар',
        summary:
          'Әр баланың оқуға құқығы бар. Баланы мектепке қалай жаздыруға болатынын және көмекті қайдан алуға болатынын айтып береміз.',
        keyMessages: [
          'Әр баланың оқуға құқығы бар.',
          'Үйіңізге жақын мектепке барып, баланы қабылдау туралы сұраңыз.',
          'Кейбір құжат жетіспесе де, қолыңыздағы құжаттарды алып барыңыз.',
          'Мектеп бас тартса, тегін жедел желіге қоңырау шалыңыз.',
          'Біздің көмегіміз тегін және құпия.',
        ],
        body: `## Балаңыз оқи алады

Әр баланың білім алуға құқығы бар. Бұл құқық БҰҰ-ның Бала құқықтары туралы конвенциясында жазылған. Қазақстан бұл конвенцияға қол қойған. Мектепте бала тіл үйренеді, дос табады және жақсы болашаққа жол ашады.

## Баланы мектепке қалай жаздыруға болады

- Үйіңізге жақын мектепке барыңыз. Директормен немесе оның орынбасарымен кездесуді сұраңыз.
- Қолыңыздағы құжаттарды алыңыз: өз төлқұжатыңыз, баланың туу туралы куәлігі, екпе картасы және баланың бұрынғы мектебінен алынған құжаттар.
- Қандай да бір құжат болмаса, бұл туралы ашық айтыңыз. Оның орнына не әкелуге болатынын сұраңыз.
- Мектеп бас тартса, жауапты жазбаша беруін сұраңыз.

Балаңыз қазақша немесе орысша жақсы сөйлемесе, мектептен қосымша сабақтар туралы сұраңыз. Балалар мектепке күн сайын барса, жаңа тілді тез үйренеді.

Оқу жылының басталуын күтпеңіз. Мектептегі орын туралы кез келген уақытта сұрауға болады.

## Мектеп бас тартса

Үмітіңізді үзбеңіз. Біздің заңгерлер сізбен бірге барып, мектеппен және қалалық білім басқармасымен сөйлесе алады. Бізге айтқан сөздеріңіздің бәрі құпия сақталады.

Тегін жедел желіге қоңырау шалыңыз: [+7 800 080 1234](tel:+78000801234), дүйсенбіден сенбіге дейін, 9:00-ден 20:00-ге дейін. Қазақ, орыс, қырғыз, тәжік, өзбек немесе ағылшын тілінде сөйлесуге болады.

Толығырақ: [example.org/every-child-counts/school](https://example.org/every-child-counts/school)`,
      },
      ky: {
        title: 'Балаңыздын мектепте окууга укугу бар',
        summary:
          'Ар бир баланын окууга укугу бар. Баланы мектепке кантип каттатууну жана жардамды кайдан алууга болорун айтып беребиз.',
        keyMessages: [
          'Ар бир баланын окууга укугу бар.',
          'Үйүңүзгө жакын мектепке барып, баланы кабыл алуу тууралуу сураңыз.',
          'Кээ бир документтер жетишпесе да, колуңуздагы документтерди алып барыңыз.',
          'Мектеп баш тартса, акысыз ишеним телефонуна чалыңыз.',
          'Биздин жардам акысыз жана купуя.',
        ],
        body: `## Балаңыз окуй алат

Ар бир баланын билим алууга укугу бар. Бул укук БУУнун Бала укуктары жөнүндө конвенциясында жазылган. Казакстан бул конвенцияга кол койгон. Мектепте бала тил үйрөнөт, дос табат жана жакшы келечекке жол ачат.

## Баланы мектепке кантип каттатуу керек

- Үйүңүзгө жакын мектепке барыңыз. Директор же анын орун басары менен жолугушууну сураңыз.
- Колуңуздагы документтерди алыңыз: өзүңүздүн паспортуңуз, баланын туулгандыгы тууралуу күбөлүгү, эмдөө картасы жана баланын мурунку мектебинен алынган документтер.
- Кайсы бир документ жок болсо, бул тууралуу ачык айтыңыз. Анын ордуна эмне алып келсе болорун сураңыз.
- Мектеп баш тартса, жоопту жазуу жүзүндө берүүсүн сураңыз.

Балаңыз казакча же орусча жакшы сүйлөбөсө, мектептен кошумча сабактар тууралуу сураңыз. Балдар мектепке күн сайын барса, жаңы тилди тез үйрөнүшөт.

Окуу жылынын башталышын күтпөңүз. Мектептеги орун тууралуу каалаган убакта сурасаңыз болот.

## Мектеп баш тартса

Үмүтүңүздү үзбөңүз. Биздин юристтер сиз менен бирге барып, мектеп жана шаардык билим берүү башкармалыгы менен сүйлөшө алышат. Бизге айткандарыңыздын баары купуя сакталат.

Акысыз ишеним телефонуна чалыңыз: [+7 800 080 1234](tel:+78000801234), дүйшөмбүдөн ишембиге чейин, саат 9:00дөн 20:00гө чейин. Казак, орус, кыргыз, тажик, өзбек же англис тилинде сүйлөшсөңүз болот.

Кененирээк: [example.org/every-child-counts/school](https://example.org/every-child-counts/school)`,
      },
      tg: {
        title: 'Фарзанди шумо ҳақ дорад дар мактаб таҳсил кунад',
        summary:
          'Ҳар кӯдак ҳуқуқи таҳсил дорад. Мо мегӯем, ки чӣ тавр фарзандатонро ба мактаб сабти ном кунед ва аз куҷо кӯмак гиред.',
        keyMessages: [
          'Ҳар кӯдак ҳуқуқи таҳсил дорад.',
          'Ба мактаби наздики хонаатон равед ва дар бораи қабул пурсед.',
          'Ҳуҷҷатҳоеро, ки доред, биёред, ҳатто агар баъзеашон набошанд.',
          'Агар мактаб рад кунад, ба хати боварии ройгон занг занед.',
          'Кӯмаки мо ройгон ва махфӣ аст.',
        ],
        body: `## Фарзанди шумо метавонад таҳсил кунад

Ҳар кӯдак ҳуқуқи таҳсил дорад. Ин ҳуқуқ дар Конвенсияи СММ дар бораи ҳуқуқи кӯдак навишта шудааст. Қазоқистон ин конвенсияро имзо кардааст. Дар мактаб кӯдак забон меомӯзад, дӯст пайдо мекунад ва ба сӯи ояндаи беҳтар роҳ мекушояд.

## Чӣ тавр кӯдакро ба мактаб сабти ном кардан мумкин аст

- Ба мактаби наздики хонаатон равед. Хоҳиш кунед, ки бо директор ё муовини ӯ вохӯред.
- Ҳуҷҷатҳоеро, ки доред, гиред: шиносномаи худ, шаҳодатномаи таваллуди кӯдак, корти эмкунӣ ва ҳуҷҷатҳо аз мактаби пешинаи кӯдак.
- Агар ягон ҳуҷҷат набошад, инро ошкоро гӯед. Пурсед, ки ба ҷои он чӣ овардан мумкин аст.
- Агар мактаб рад кунад, хоҳиш кунед, ки ҷавобро хаттӣ диҳанд.

Агар фарзандатон бо забони қазоқӣ ё русӣ хуб гап назанад, дар мактаб дар бораи дарсҳои иловагӣ пурсед. Агар кӯдакон ҳар рӯз ба мактаб раванд, забони навро зуд меомӯзанд.

Оғози соли таҳсилро интизор нашавед. Дар бораи ҷой дар мактаб ҳар вақт пурсидан мумкин аст.

## Агар мактаб рад кунад

Ноумед нашавед. Ҳуқуқшиносони мо метавонанд ҳамроҳи шумо рафта, бо мактаб ва раёсати маорифи шаҳр гуфтугӯ кунанд. Ҳар чизе, ки ба мо мегӯед, махфӣ мемонад.

Ба хати боварии ройгон занг занед: [+7 800 080 1234](tel:+78000801234), аз душанбе то шанбе, аз соати 9:00 то 20:00. Шумо метавонед бо забонҳои қазоқӣ, русӣ, қирғизӣ, тоҷикӣ, ӯзбекӣ ё англисӣ гап занед.

Маълумоти бештар: [example.org/every-child-counts/school](https://example.org/every-child-counts/school)`,
      },
      uz: {
        title: 'Farzandingiz maktabda oʻqish huquqiga ega',
        summary:
          'Har bir bola oʻqish huquqiga ega. Farzandingizni maktabga qanday yozdirish va qayerdan yordam olish mumkinligini aytib beramiz.',
        keyMessages: [
          'Har bir bola oʻqish huquqiga ega.',
          'Uyingizga yaqin maktabga boring va qabul haqida soʻrang.',
          'Baʼzi hujjatlar yetishmasa ham, bor hujjatlaringizni olib boring.',
          'Maktab rad etsa, bepul ishonch telefoniga qoʻngʻiroq qiling.',
          'Bizning yordamimiz bepul va maxfiy.',
        ],
        body: `## Farzandingiz oʻqishi mumkin

Har bir bola taʼlim olish huquqiga ega. Bu huquq BMTning Bola huquqlari toʻgʻrisidagi konvensiyasida yozilgan. Qozogʻiston bu konvensiyani imzolagan. Maktabda bola til oʻrganadi, doʻst topadi va yaxshi kelajakka yoʻl ochadi.

## Farzandni maktabga qanday yozdirish mumkin

- Uyingizga yaqin maktabga boring. Direktor yoki uning oʻrinbosari bilan uchrashishni soʻrang.
- Bor hujjatlaringizni oling: oʻz pasportingiz, bolaning tugʻilganlik haqidagi guvohnomasi, emlash kartasi va bolaning avvalgi maktabidan olingan hujjatlar.
- Biror hujjat boʻlmasa, buni ochiq ayting. Uning oʻrniga nima olib kelish mumkinligini soʻrang.
- Maktab rad etsa, javobni yozma ravishda berishlarini soʻrang.

Agar farzandingiz qozoq yoki rus tilida yaxshi gapirmasa, maktabdan qoʻshimcha darslar haqida soʻrang. Bolalar har kuni maktabga borsa, yangi tilni tez oʻrganadi.

Oʻquv yili boshlanishini kutmang. Maktabdagi oʻrin haqida istalgan vaqtda soʻrash mumkin.

## Maktab rad etsa

Umidingizni uzmang. Yuristlarimiz siz bilan birga borib, maktab va shahar taʼlim boshqarmasi bilan gaplasha oladi. Bizga aytgan hamma gaplaringiz sir saqlanadi.

Bepul ishonch telefoniga qoʻngʻiroq qiling: [+7 800 080 1234](tel:+78000801234), dushanbadan shanbagacha, soat 9:00 dan 20:00 gacha. Qozoq, rus, qirgʻiz, tojik, oʻzbek yoki ingliz tilida gaplashishingiz mumkin.

Batafsil: [example.org/every-child-counts/school](https://example.org/every-child-counts/school)`,
      },
    },
  },
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'how-to-regularise-your-stay',
    campaigns: ['every-child-counts'],
    audience: ['irregular-migrants', 'migrant-families', 'ngos-and-associations'],
    topics: ['regularisation', 'where-to-get-help', 'children-rights'],
    printFormat: 'A4',
    cover: 'documents-folder',
    contacts: [hotline, almatyCentre, astanaCentre],
    text: {
      en: {
        title: 'How to regularise your stay',
        summary:
          'Living without valid documents is risky for you and your children. There are ways to sort out your status. Here are the first steps.',
        keyMessages: [
          'Documents in order protect you and your children.',
          'Check the dates in your passport and migration card today.',
          'Register every child, including babies born in Kazakhstan.',
          'If your passport is lost or expired, contact your embassy or consulate.',
          'Get free advice from a lawyer before you pay anyone.',
        ],
        body: `## Why documents matter

With valid documents, it is easier to work with a contract, rent a home, see a doctor and send your children to school. Without documents, it is easier for others to cheat you. Many families have been in this situation, and there is a way out. The earlier you start, the easier it is.

## First steps

- Check the dates in your passport, your migration card and your registration.
- Make copies or photos of all documents. Keep them in a safe place and on your phone.
- Register a baby born in Kazakhstan at the registry office (ZAGS) and get a birth certificate.
- If your passport is lost or expired, contact the embassy or consulate of your country. They can give you a new passport or a document to travel home.
- Write down the names of your employer and your landlord, and the addresses where you have lived.

## Be careful

Do not pay people who promise “fast papers”. Do not give your passport to an employer or a middleman. Nobody has the right to keep your passport.

## Free help

Our lawyers explain what options you have and help you fill in the forms. The consultation is free and confidential. Call [+7 800 080 1234](tel:+78000801234) or come to a centre in Almaty or Astana.

Addresses and opening hours of the centres: [example.org/every-child-counts/centres](https://example.org/every-child-counts/centres)`,
      },
      ru: {
        title: 'Как урегулировать своё пребывание',
        summary:
          'Жить без действующих документов опасно для вас и ваших детей. Есть способы привести статус в порядок. Вот первые шаги.',
        keyMessages: [
          'Документы в порядке защищают вас и ваших детей.',
          'Проверьте сроки в паспорте и миграционной карточке сегодня.',
          'Зарегистрируйте каждого ребёнка, в том числе малышей, рождённых в Казахстане.',
          'Если паспорт потерян или просрочен, обратитесь в посольство или консульство.',
          'Прежде чем кому-то платить, получите бесплатную консультацию юриста.',
        ],
        body: `## Почему важны документы

С действующими документами проще работать по договору, снимать жильё, ходить к врачу и отдавать детей в школу. Без документов вас легче обмануть. Многие семьи были в такой ситуации, и выход есть. Чем раньше вы начнёте, тем легче.

## Первые шаги

- Проверьте сроки в паспорте, миграционной карточке и регистрации.
- Сделайте копии или фотографии всех документов. Храните их в надёжном месте и в телефоне.
- Зарегистрируйте малыша, рождённого в Казахстане, в ЗАГСе и получите свидетельство о рождении.
- Если паспорт потерян или просрочен, обратитесь в посольство или консульство вашей страны. Там могут выдать новый паспорт или документ для возвращения домой.
- Запишите имена работодателя и хозяина жилья, а также адреса, где вы жили.

## Будьте осторожны

Не платите людям, которые обещают «быстрые документы». Не отдавайте паспорт работодателю или посреднику. Никто не имеет права забирать ваш паспорт.

## Бесплатная помощь

Наши юристы объяснят, какие у вас есть варианты, и помогут заполнить заявления. Консультация бесплатная и конфиденциальная. Звоните [+7 800 080 1234](tel:+78000801234) или приходите в центр в Алматы или Астане.

Адреса и часы работы центров: [example.org/every-child-counts/centres](https://example.org/every-child-counts/centres)`,
      },
      kk: {
        title: 'Елде болу мәртебеңізді қалай реттеуге болады',
        summary:
          'Жарамды құжатсыз өмір сүру сізге де, балаларыңызға да қауіпті. Мәртебеңізді реттеудің жолдары бар. Міне, алғашқы қадамдар.',
        keyMessages: [
          'Ретке келтірілген құжаттар сізді де, балаларыңызды да қорғайды.',
          'Төлқұжатыңыз бен көші-қон карточкаңыздағы мерзімдерді бүгін тексеріңіз.',
          'Әр баланы, соның ішінде Қазақстанда туған сәбилерді де тіркеңіз.',
          'Төлқұжатыңыз жоғалса немесе мерзімі өтсе, елшілікке немесе консулдыққа хабарласыңыз.',
          'Біреуге ақша төлемес бұрын заңгерден тегін кеңес алыңыз.',
        ],
        body: `## Құжаттар неге маңызды

Жарамды құжаттар болса, шарт бойынша жұмыс істеу, пәтер жалдау, дәрігерге бару және балаларды мектепке беру оңайырақ. Құжатсыз сізді алдау оңай. Мұндай жағдайға көп отбасы тап болған, бірақ одан шығудың жолы бар. Неғұрлым ерте бастасаңыз, соғұрлым оңай болады.

## Алғашқы қадамдар

- Төлқұжатыңыздағы, көші-қон карточкаңыздағы және тіркеуіңіздегі мерзімдерді тексеріңіз.
- Барлық құжаттың көшірмесін немесе суретін жасаңыз. Оларды сенімді жерде және телефоныңызда сақтаңыз.
- Қазақстанда туған сәбиді АХАЖ бөлімінде тіркеп, туу туралы куәлік алыңыз.
- Төлқұжатыңыз жоғалса немесе мерзімі өтсе, өз еліңіздің елшілігіне немесе консулдығына хабарласыңыз. Олар жаңа төлқұжат немесе елге қайтуға арналған құжат бере алады.
- Жұмыс берушіңіз бен пәтер иесінің аты-жөнін, сондай-ақ бұрын тұрған мекенжайларыңызды жазып қойыңыз.

## Абай болыңыз

«Құжатты тез жасап береміз» деп уәде ететін адамдарға ақша төлемеңіз. Төлқұжатыңызды жұмыс берушіге немесе делдалға бермеңіз. Ешкімнің сіздің төлқұжатыңызды ұстап қалуға құқығы жоқ.

## Тегін көмек

Біздің заңгерлер сізде қандай мүмкіндіктер бар екенін түсіндіреді және өтініштерді толтыруға көмектеседі. Кеңес тегін әрі құпия. [+7 800 080 1234](tel:+78000801234) нөміріне қоңырау шалыңыз немесе Алматыдағы не Астанадағы орталыққа келіңіз.

Орталықтардың мекенжайлары мен жұмыс уақыты: [example.org/every-child-counts/centres](https://example.org/every-child-counts/centres)`,
      },
      ky: {
        title: 'Өлкөдө жүрүү статусуңузду кантип жөнгө салса болот',
        summary:
          'Жарактуу документсиз жашоо сиз үчүн да, балдарыңыз үчүн да коркунучтуу. Статусту жөнгө салуунун жолдору бар. Мына, алгачкы кадамдар.',
        keyMessages: [
          'Тартипке келтирилген документтер сизди да, балдарыңызды да коргойт.',
          'Паспортуңуздагы жана миграциялык картаңыздагы мөөнөттөрдү бүгүн текшериңиз.',
          'Ар бир баланы, анын ичинде Казакстанда төрөлгөн ымыркайларды да каттатыңыз.',
          'Паспортуңуз жоголсо же мөөнөтү бүтсө, элчиликке же консулдукка кайрылыңыз.',
          'Бирөөгө акча төлөөдөн мурун юристтен акысыз кеңеш алыңыз.',
        ],
        body: `## Документтер эмне үчүн маанилүү

Жарактуу документтер болсо, келишим менен иштөө, батир жалдоо, дарыгерге баруу жана балдарды мектепке берүү жеңилирээк. Документсиз сизди алдоо оңой. Мындай абалга көп үй-бүлө туш болгон, бирок андан чыгуунун жолу бар. Канчалык эрте баштасаңыз, ошончолук жеңил болот.

## Алгачкы кадамдар

- Паспортуңуздагы, миграциялык картаңыздагы жана каттооңуздагы мөөнөттөрдү текшериңиз.
- Бардык документтердин көчүрмөсүн же сүрөтүн жасаңыз. Аларды ишенимдүү жерде жана телефонуңузда сактаңыз.
- Казакстанда төрөлгөн ымыркайды ЗАГСта каттатып, туулгандыгы тууралуу күбөлүк алыңыз.
- Паспортуңуз жоголсо же мөөнөтү бүтсө, өз өлкөңүздүн элчилигине же консулдугуна кайрылыңыз. Алар жаңы паспорт же үйгө кайтуу үчүн документ бере алышат.
- Иш берүүчүңүздүн жана батир ээсинин аты-жөнүн, ошондой эле мурун жашаган даректериңизди жазып коюңуз.

## Этият болуңуз

«Документти тез жасап беребиз» деп убада берген адамдарга акча төлөбөңүз. Паспортуңузду иш берүүчүгө же ортомчуга бербеңиз. Эч кимдин сиздин паспортуңузду кармап калууга укугу жок.

## Акысыз жардам

Биздин юристтер сизде кандай мүмкүнчүлүктөр бар экенин түшүндүрүп, арыздарды толтурууга жардам беришет. Кеңеш акысыз жана купуя. [+7 800 080 1234](tel:+78000801234) номерине чалыңыз же Алматыдагы же Астанадагы борборго келиңиз.

Борборлордун даректери жана иш убактысы: [example.org/every-child-counts/centres](https://example.org/every-child-counts/centres)`,
      },
      tg: {
        title: 'Чӣ тавр мақоми будубоши худро ба тартиб оред',
        summary:
          'Зиндагӣ бе ҳуҷҷатҳои эътибордор барои шумо ва фарзандонатон хатарнок аст. Роҳҳои танзими мақом вуҷуд доранд. Инак, қадамҳои аввал.',
        keyMessages: [
          'Ҳуҷҷатҳои ба тартиб овардашуда шумо ва фарзандонатонро ҳимоя мекунанд.',
          'Мӯҳлатҳоро дар шиноснома ва корти муҳоҷиратӣ имрӯз санҷед.',
          'Ҳар кӯдакро, аз ҷумла навзодоне, ки дар Қазоқистон таваллуд шудаанд, ба қайд гиред.',
          'Агар шиноснома гум шуда бошад ё мӯҳлаташ гузашта бошад, ба сафорат ё консулгарӣ муроҷиат кунед.',
          'Пеш аз он ки ба касе пул диҳед, аз ҳуқуқшинос машварати ройгон гиред.',
        ],
        body: `## Чаро ҳуҷҷатҳо муҳиманд

Бо ҳуҷҷатҳои эътибордор бо шартнома кор кардан, хона иҷора гирифтан, ба духтур рафтан ва фарзандонро ба мактаб додан осонтар аст. Бе ҳуҷҷат шуморо фиреб додан осон аст. Бисёр оилаҳо дар чунин вазъ қарор доштанд, аммо роҳи ҳал ҳаст. Ҳар қадар барвақттар сар кунед, ҳамон қадар осонтар мешавад.

## Қадамҳои аввал

- Мӯҳлатҳоро дар шиноснома, корти муҳоҷиратӣ ва ҳуҷҷати бақайдгирии худ санҷед.
- Аз ҳамаи ҳуҷҷатҳо нусха ё акс гиред. Онҳоро дар ҷои бехатар ва дар телефон нигоҳ доред.
- Кӯдакеро, ки дар Қазоқистон таваллуд шудааст, дар ЗАГС ба қайд гиред ва шаҳодатномаи таваллуд гиред.
- Агар шиноснома гум шуда бошад ё мӯҳлаташ гузашта бошад, ба сафорат ё консулгарии кишвари худ муроҷиат кунед. Онҳо метавонанд шиносномаи нав ё ҳуҷҷат барои бозгашт ба ватан диҳанд.
- Ному насаби корфармо ва соҳиби хонаро, инчунин суроғаҳоеро, ки дар онҳо зиндагӣ кардаед, нависед.

## Эҳтиёт бошед

Ба одамоне, ки «ҳуҷҷатҳои зуд» ваъда медиҳанд, пул надиҳед. Шиносномаи худро ба корфармо ё миёнарав надиҳед. Ҳеҷ кас ҳақ надорад шиносномаи шуморо нигоҳ дорад.

## Кӯмаки ройгон

Ҳуқуқшиносони мо мефаҳмонанд, ки шумо чӣ имконият доред, ва дар пур кардани аризаҳо кӯмак мекунанд. Машварат ройгон ва махфӣ аст. Ба [+7 800 080 1234](tel:+78000801234) занг занед ё ба марказ дар Алмаато ё Остона биёед.

Суроға ва вақти кори марказҳо: [example.org/every-child-counts/centres](https://example.org/every-child-counts/centres)`,
      },
      uz: {
        title: 'Yashash maqomingizni qanday tartibga solish mumkin',
        summary:
          'Amaldagi hujjatlarsiz yashash siz va farzandlaringiz uchun xavfli. Maqomni tartibga solish yoʻllari bor. Mana, dastlabki qadamlar.',
        keyMessages: [
          'Tartibdagi hujjatlar sizni ham, farzandlaringizni ham himoya qiladi.',
          'Pasport va migratsiya kartangizdagi muddatlarni bugunoq tekshiring.',
          'Har bir bolani, jumladan, Qozogʻistonda tugʻilgan chaqaloqlarni ham roʻyxatdan oʻtkazing.',
          'Pasportingiz yoʻqolgan yoki muddati oʻtgan boʻlsa, elchixona yoki konsullikka murojaat qiling.',
          'Kimgadir pul toʻlashdan oldin yuristdan bepul maslahat oling.',
        ],
        body: `## Hujjatlar nega muhim

Amaldagi hujjatlar bilan shartnoma asosida ishlash, uy ijaraga olish, shifokorga borish va bolalarni maktabga berish osonroq. Hujjatsiz sizni aldash oson. Koʻp oilalar shunday vaziyatga tushgan, lekin undan chiqish yoʻli bor. Qanchalik erta boshlasangiz, shunchalik oson boʻladi.

## Dastlabki qadamlar

- Pasportingiz, migratsiya kartangiz va roʻyxatdan oʻtganingiz haqidagi hujjatdagi muddatlarni tekshiring.
- Barcha hujjatlarning nusxasini yoki suratini oling. Ularni ishonchli joyda va telefoningizda saqlang.
- Qozogʻistonda tugʻilgan chaqaloqni ZAGSda roʻyxatdan oʻtkazing va tugʻilganlik haqidagi guvohnoma oling.
- Pasportingiz yoʻqolgan yoki muddati oʻtgan boʻlsa, oʻz davlatingiz elchixonasi yoki konsulligiga murojaat qiling. Ular yangi pasport yoki uyga qaytish uchun hujjat berishi mumkin.
- Ish beruvchingiz va uy egasining ism-familiyasini, shuningdek, yashagan manzillaringizni yozib qoʻying.

## Ehtiyot boʻling

“Hujjatni tez qilib beramiz” deb vaʼda beradigan odamlarga pul toʻlamang. Pasportingizni ish beruvchiga yoki vositachiga bermang. Hech kim pasportingizni ushlab qolishga haqli emas.

## Bepul yordam

Yuristlarimiz sizda qanday imkoniyatlar borligini tushuntirib, arizalarni toʻldirishga yordam beradi. Maslahat bepul va maxfiy. [+7 800 080 1234](tel:+78000801234) raqamiga qoʻngʻiroq qiling yoki Olmaota yoki Astanadagi markazga keling.

Markazlarning manzillari va ish vaqti: [example.org/every-child-counts/centres](https://example.org/every-child-counts/centres)`,
      },
    },
  },
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'safe-migration-before-you-leave',
    campaigns: ['every-child-counts', 'safe-departure'],
    audience: ['departing-migrants', 'migrant-families'],
    topics: ['safe-migration', 'trafficking', 'employment'],
    printFormat: 'A4',
    cover: 'family-packing-suitcase',
    contacts: [hotline, messengerChat, shymkentPoint],
    text: {
      en: {
        title: 'Safe migration: before you leave',
        summary:
          'Planning to work in Kazakhstan? A few simple steps before the trip will protect you and your family.',
        keyMessages: [
          'Check the job offer and the employer before you travel.',
          'Ask for a written contract in a language you understand.',
          'Keep your passport with you. Nobody has the right to take it.',
          'Take your children’s documents if they travel with you.',
          'Save the hotline number and leave your address with your family.',
        ],
        body: `## Check before you go

Many people find good work in Kazakhstan. But some job offers are not what they seem. Ask questions before you pay for a ticket.

- Who is the employer? Ask for the name and address of the company, and check them.
- What is the job, how many hours a day, and how much is the pay?
- Will there be a written contract? Ask for it in a language you understand.
- Who pays for housing and travel?

## Your documents

- Check that your passport is valid for your whole stay.
- If your children travel with you, take their birth certificates and school papers.
- Take photos of all documents and send them to a relative you trust.

## Warning signs

Be careful if someone promises very high pay for easy work, asks you to pay a large sum, or wants to keep your passport. These can be signs of human trafficking. Nobody has the right to take your passport or to stop you from leaving a job.

## Save these numbers

Write down the free hotline [+7 800 080 1234](tel:+78000801234) and the phone number of your country’s embassy in Astana. Tell your family where you will live and work. Agree to call each other every week at a fixed time.

Read more before you leave: [example.org/every-child-counts/before-you-leave](https://example.org/every-child-counts/before-you-leave)`,
      },
      ru: {
        title: 'Безопасная миграция: до отъезда',
        summary:
          'Собираетесь работать в Казахстане? Несколько простых шагов до поездки защитят вас и вашу семью.',
        keyMessages: [
          'Проверьте предложение о работе и работодателя до поездки.',
          'Попросите письменный договор на понятном вам языке.',
          'Держите паспорт при себе. Никто не имеет права его забирать.',
          'Возьмите документы детей, если они едут с вами.',
          'Сохраните номер горячей линии и оставьте семье свой адрес.',
        ],
        body: `## Проверьте до отъезда

Многие находят в Казахстане хорошую работу. Но некоторые предложения о работе — не то, чем кажутся. Задайте вопросы до того, как покупать билет.

- Кто работодатель? Узнайте название и адрес компании и проверьте их.
- Какая работа, сколько часов в день и какая зарплата?
- Будет ли письменный договор? Попросите его на понятном вам языке.
- Кто платит за жильё и дорогу?

## Ваши документы

- Проверьте, что паспорт действует на весь срок вашего пребывания.
- Если дети едут с вами, возьмите их свидетельства о рождении и школьные документы.
- Сфотографируйте все документы и отправьте фото родственнику, которому доверяете.

## Тревожные признаки

Будьте осторожны, если вам обещают очень высокую зарплату за лёгкую работу, просят заплатить большую сумму или хотят оставить у себя ваш паспорт. Это могут быть признаки торговли людьми. Никто не имеет права забирать ваш паспорт или запрещать вам уйти с работы.

## Сохраните эти номера

Запишите номер бесплатной горячей линии [+7 800 080 1234](tel:+78000801234) и телефон посольства вашей страны в Астане. Скажите семье, где вы будете жить и работать. Договоритесь созваниваться каждую неделю в одно и то же время.

Подробнее перед поездкой: [example.org/every-child-counts/before-you-leave](https://example.org/every-child-counts/before-you-leave)`,
      },
      kk: {
        title: 'Қауіпсіз көші-қон: жолға шықпас бұрын',
        summary:
          'Қазақстанда жұмыс істеуді жоспарлап жүрсіз бе? Сапар алдындағы бірнеше қарапайым қадам сізді және отбасыңызды қорғайды.',
        keyMessages: [
          'Жолға шықпас бұрын жұмыс ұсынысын және жұмыс берушіні тексеріңіз.',
          'Өзіңізге түсінікті тілде жазбаша шарт сұраңыз.',
          'Төлқұжатыңызды өзіңізде ұстаңыз. Оны ешкім алуға құқылы емес.',
          'Балалар сізбен бірге барса, олардың құжаттарын алыңыз.',
          'Жедел желінің нөмірін сақтап, отбасыңызға мекенжайыңызды қалдырыңыз.',
        ],
        body: `## Жолға шықпас бұрын тексеріңіз

Көп адам Қазақстанда жақсы жұмыс табады. Бірақ кейбір жұмыс ұсыныстары көрінгендей емес. Билетке ақша төлемес бұрын сұрақ қойыңыз.

- Жұмыс беруші кім? Компанияның атауы мен мекенжайын сұрап, оларды тексеріңіз.
- Қандай жұмыс, күніне неше сағат және жалақы қанша?
- Жазбаша шарт бола ма? Оны өзіңізге түсінікті тілде сұраңыз.
- Тұрғын үй мен жол ақысын кім төлейді?

## Құжаттарыңыз

- Төлқұжатыңыздың бүкіл болу мерзіміңізге жарамды екенін тексеріңіз.
- Балалар сізбен бірге барса, олардың туу туралы куәліктерін және мектеп құжаттарын алыңыз.
- Барлық құжатты суретке түсіріп, сенімді туысыңызға жіберіңіз.

## Қауіп белгілері

Біреу жеңіл жұмыс үшін өте жоғары жалақы уәде етсе, үлкен ақша төлеуді сұраса немесе төлқұжатыңызды алып қалғысы келсе, абай болыңыз. Бұл адам саудасының белгілері болуы мүмкін. Ешкім сіздің төлқұжатыңызды алуға немесе жұмыстан кетуіңізге тыйым салуға құқылы емес.

## Бұл нөмірлерді сақтаңыз

Тегін жедел желінің нөмірін [+7 800 080 1234](tel:+78000801234) және еліңіздің Астанадағы елшілігінің телефонын жазып алыңыз. Отбасыңызға қайда тұрып, қайда жұмыс істейтініңізді айтыңыз. Әр апта белгілі бір уақытта бір-біріңізге қоңырау шалуға келісіңіз.

Сапар алдында толығырақ оқыңыз: [example.org/every-child-counts/before-you-leave](https://example.org/every-child-counts/before-you-leave)`,
      },
      ky: {
        title: 'Коопсуз миграция: жолго чыкканга чейин',
        summary:
          'Казакстанда иштөөнү пландап жатасызбы? Сапар алдындагы бир нече жөнөкөй кадам сизди жана үй-бүлөңүздү коргойт.',
        keyMessages: [
          'Жолго чыкканга чейин жумуш сунушун жана иш берүүчүнү текшериңиз.',
          'Өзүңүзгө түшүнүктүү тилде жазуу жүзүндөгү келишим сураңыз.',
          'Паспортуңузду өзүңүздө кармаңыз. Аны алууга эч кимдин укугу жок.',
          'Балдар сиз менен бирге барса, алардын документтерин алыңыз.',
          'Ишеним телефонунун номерин сактап, үй-бүлөңүзгө дарегиңизди калтырыңыз.',
        ],
        body: `## Жолго чыкканга чейин текшериңиз

Көп адамдар Казакстанда жакшы жумуш табышат. Бирок кээ бир жумуш сунуштары көрүнгөндөй эмес. Билетке акча төлөөдөн мурун суроо бериңиз.

- Иш берүүчү ким? Компаниянын аталышын жана дарегин сурап, аларды текшериңиз.
- Кандай жумуш, күнүнө канча саат жана айлык канча?
- Жазуу жүзүндөгү келишим болобу? Аны өзүңүзгө түшүнүктүү тилде сураңыз.
- Турак жай жана жол үчүн ким төлөйт?

## Документтериңиз

- Паспортуңуз бүт жүрүү мөөнөтүңүзгө жарактуу экенин текшериңиз.
- Балдар сиз менен бирге барса, алардын туулгандыгы тууралуу күбөлүктөрүн жана мектеп документтерин алыңыз.
- Бардык документтерди сүрөткө тартып, ишенген тууганыңызга жөнөтүңүз.

## Коркунуч белгилери

Бирөө жеңил жумуш үчүн өтө жогору айлык убада кылса, чоң акча төлөөнү сураса же паспортуңузду алып калгысы келсе, этият болуңуз. Бул адам сатуунун белгилери болушу мүмкүн. Паспортуңузду алууга же жумуштан кетүүңүзгө тыюу салууга эч кимдин укугу жок.

## Бул номерлерди сактаңыз

Акысыз ишеним телефонунун номерин [+7 800 080 1234](tel:+78000801234) жана өлкөңүздүн Астанадагы элчилигинин телефонун жазып алыңыз. Үй-бүлөңүзгө кайда жашап, кайда иштей турганыңызды айтыңыз. Ар жумада белгилүү бир убакта бири-бириңизге чалууга макулдашыңыз.

Сапар алдында кененирээк окуңуз: [example.org/every-child-counts/before-you-leave](https://example.org/every-child-counts/before-you-leave)`,
      },
      tg: {
        title: 'Муҳоҷирати бехатар: пеш аз сафар',
        summary:
          'Нақша доред, ки дар Қазоқистон кор кунед? Якчанд қадами оддӣ пеш аз сафар шумо ва оилаатонро ҳимоя мекунад.',
        keyMessages: [
          'Пеш аз сафар пешниҳоди кор ва корфарморо санҷед.',
          'Шартномаи хаттиро бо забоне, ки мефаҳмед, талаб кунед.',
          'Шиносномаатонро назди худ нигоҳ доред. Ҳеҷ кас ҳақ надорад онро гирад.',
          'Агар фарзандон бо шумо раванд, ҳуҷҷатҳои онҳоро гиред.',
          'Рақами хати бовариро нигоҳ доред ва суроғаатонро ба оила гузоред.',
        ],
        body: `## Пеш аз сафар санҷед

Бисёр одамон дар Қазоқистон кори хуб пайдо мекунанд. Аммо баъзе пешниҳодҳои кор он чизе нестанд, ки менамоянд. Пеш аз харидани чипта савол диҳед.

- Корфармо кист? Ному суроғаи ширкатро пурсед ва онҳоро санҷед.
- Кор чӣ гуна аст, рӯзе чанд соат ва музд чанд аст?
- Оё шартномаи хаттӣ мешавад? Онро бо забоне, ки мефаҳмед, талаб кунед.
- Пули манзил ва роҳро кӣ медиҳад?

## Ҳуҷҷатҳои шумо

- Санҷед, ки шиносномаатон барои тамоми мӯҳлати будубош эътибор дорад.
- Агар фарзандон бо шумо раванд, шаҳодатномаҳои таваллуд ва ҳуҷҷатҳои мактабии онҳоро гиред.
- Аз ҳамаи ҳуҷҷатҳо акс гиред ва ба хешованде, ки ба ӯ бовар доред, фиристед.

## Аломатҳои хатар

Эҳтиёт бошед, агар касе барои кори осон музди хеле баланд ваъда диҳад, пули калон талаб кунад ё шиносномаи шуморо назди худ нигоҳ доштан хоҳад. Инҳо метавонанд аломатҳои савдои одамон бошанд. Ҳеҷ кас ҳақ надорад шиносномаи шуморо гирад ё ба шумо аз кор рафтанро манъ кунад.

## Ин рақамҳоро нигоҳ доред

Рақами хати боварии ройгон [+7 800 080 1234](tel:+78000801234) ва телефони сафорати кишвари худро дар Остона нависед. Ба оилаатон гӯед, ки дар куҷо зиндагӣ ва кор мекунед. Созиш кунед, ки ҳар ҳафта дар вақти муайян ба ҳамдигар занг занед.

Пеш аз сафар бештар хонед: [example.org/every-child-counts/before-you-leave](https://example.org/every-child-counts/before-you-leave)`,
      },
      uz: {
        title: 'Xavfsiz migratsiya: yoʻlga chiqishdan oldin',
        summary:
          'Qozogʻistonda ishlashni rejalashtiryapsizmi? Safar oldidan bir necha oddiy qadam sizni va oilangizni himoya qiladi.',
        keyMessages: [
          'Yoʻlga chiqishdan oldin ish taklifini va ish beruvchini tekshiring.',
          'Oʻzingiz tushunadigan tilda yozma shartnoma soʻrang.',
          'Pasportingizni oʻzingizda saqlang. Uni olishga hech kim haqli emas.',
          'Bolalar siz bilan borsa, ularning hujjatlarini oling.',
          'Ishonch telefoni raqamini saqlang va oilangizga manzilingizni qoldiring.',
        ],
        body: `## Yoʻlga chiqishdan oldin tekshiring

Koʻp odamlar Qozogʻistonda yaxshi ish topadi. Lekin baʼzi ish takliflari koʻringanidek emas. Chiptaga pul toʻlashdan oldin savol bering.

- Ish beruvchi kim? Kompaniyaning nomi va manzilini soʻrang va ularni tekshiring.
- Qanday ish, kuniga necha soat va maosh qancha?
- Yozma shartnoma boʻladimi? Uni oʻzingiz tushunadigan tilda soʻrang.
- Uy-joy va yoʻl haqini kim toʻlaydi?

## Hujjatlaringiz

- Pasportingiz butun yashash muddatingiz davomida amal qilishini tekshiring.
- Bolalar siz bilan borsa, ularning tugʻilganlik haqidagi guvohnomalari va maktab hujjatlarini oling.
- Barcha hujjatlarni suratga olib, ishonchli qarindoshingizga yuboring.

## Xavf belgilari

Kimdir oson ish uchun juda yuqori maosh vaʼda qilsa, katta pul toʻlashni soʻrasa yoki pasportingizni olib qolmoqchi boʻlsa, ehtiyot boʻling. Bular odam savdosi belgilari boʻlishi mumkin. Hech kim pasportingizni olishga yoki ishdan ketishingizni taqiqlashga haqli emas.

## Bu raqamlarni saqlang

Bepul ishonch telefoni raqamini [+7 800 080 1234](tel:+78000801234) va davlatingizning Astanadagi elchixonasi telefonini yozib oling. Oilangizga qayerda yashab, qayerda ishlashingizni ayting. Har hafta maʼlum bir vaqtda bir-biringizga qoʻngʻiroq qilishni kelishib oling.

Safar oldidan batafsil oʻqing: [example.org/every-child-counts/before-you-leave](https://example.org/every-child-counts/before-you-leave)`,
      },
    },
  },
]
