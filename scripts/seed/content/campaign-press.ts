import type { SeedPressRelease } from './types'

type MediaContact = SeedPressRelease['mediaContacts'][number]

export const pressOfficer: MediaContact = {
  name: 'Aliya Serikova',
  phone: '+7 701 555 20 30',
  email: 'press@example.org',
  text: {
    en: { role: 'Press officer, Jol Birge' },
    ru: { role: 'Пресс-секретарь фонда «Жол Бирге»' },
    kk: { role: '«Жол Бірге» қорының баспасөз хатшысы' },
    ky: { role: '«Жол Бирге» фондунун басма сөз катчысы' },
    tg: { role: 'Котиби матбуотии фонди «Жол Бирге»' },
    uz: { role: '“Jol Birge” fondi matbuot kotibi' },
  },
}

export const almatyMediaContact: MediaContact = {
  name: 'Daniyar Omarov',
  phone: '+7 707 555 40 50',
  email: 'almaty.media@example.org',
  text: {
    en: { role: 'Communications officer, Migrant Resource Centre, Almaty' },
    ru: { role: 'Специалист по коммуникациям, ресурсный центр для мигрантов, Алматы' },
    kk: { role: 'Коммуникация жөніндегі маман, мигранттарға арналған ресурстық орталық, Алматы' },
    ky: { role: 'Коммуникация боюнча адис, мигранттар үчүн ресурстук борбор, Алматы' },
    tg: { role: 'Мутахассиси иртибот, маркази ресурсии муҳоҷирон, Алмаато' },
    uz: { role: 'Kommunikatsiya boʻyicha mutaxassis, migrantlar uchun resurs markazi, Olmaota' },
  },
}

export const pressReleases: SeedPressRelease[] = [
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'every-child-counts-campaign-launch',
    campaigns: ['every-child-counts'],
    releaseDate: '2026-09-15',
    topics: ['children-rights', 'health-and-education'],
    photos: ['family-at-table', 'school-gate'],
    quotes: [
      {
        speaker: 'Saule Temirbekova',
        text: {
          en: {
            role: 'Director, Jol Birge',
            quote:
              'A child’s right to learn does not depend on the parents’ papers. We want every family to know where to turn, and not to be afraid.',
          },
          ru: {
            role: 'Директор фонда «Жол Бирге»',
            quote:
              'Право ребёнка учиться не зависит от документов родителей. Мы хотим, чтобы каждая семья знала, куда обратиться, и не боялась.',
          },
          kk: {
            role: '«Жол Бірге» қорының директоры',
            quote:
              'Баланың оқу құқығы ата-анасының құжаттарына байланысты емес. Біз әр отбасы қайда жүгіну керектігін біліп, қорықпауын қалаймыз.',
          },
          ky: {
            role: '«Жол Бирге» фондунун директору',
            quote:
              'Баланын окуу укугу ата-энесинин документтерине көз каранды эмес. Биз ар бир үй-бүлө кайда кайрылууну билип, коркпосун деп каалайбыз.',
          },
          tg: {
            role: 'Директори фонди «Жол Бирге»',
            quote:
              'Ҳуқуқи кӯдак ба таҳсил аз ҳуҷҷатҳои падару модараш вобаста нест. Мо мехоҳем, ки ҳар оила донад ба куҷо муроҷиат кунад ва натарсад.',
          },
          uz: {
            role: '“Jol Birge” fondi direktori',
            quote:
              'Bolaning oʻqish huquqi ota-onasining hujjatlariga bogʻliq emas. Biz har bir oila qayerga murojaat qilishni bilishini va qoʻrqmasligini istaymiz.',
          },
        },
      },
    ],
    mediaContacts: [pressOfficer],
    text: {
      en: {
        title:
          '“Every child counts”: a campaign for the rights of migrant families with children starts in Kazakhstan',
        datelineCity: 'Astana',
        summary:
          'Jol Birge and the migrant resource centres in Almaty and Astana start a three-month information campaign with a free hotline in six languages.',
        body: `The public foundation Jol Birge today started “Every child counts”, an information campaign for migrant families with children in Kazakhstan. The campaign runs from 15 September to 15 December 2026 in Astana, Almaty and Shymkent, and in towns near the borders.

Many families do not know that their children have the right to go to school and to see a doctor. Others live without valid documents and are afraid to ask for help. The campaign explains in plain words how to enrol a child in school, how to regularise a stay and where to get free help.

## What the campaign offers

- a free hotline, +7 800 080 1234, in Kazakh, Russian, Kyrgyz, Tajik, Uzbek and English;
- free consultations with lawyers in the migrant resource centres in Almaty and Astana;
- leaflets, meetings in communities and a monthly newsletter;
- training for journalists and bloggers on how to write about migration fairly.

In the first weeks, lawyers and volunteers will visit markets, building sites and community centres in the three cities. Leaflets will also be available at bus stations and in towns near the border. All campaign materials are free to copy and share.

The campaign works together with NGOs and ethno-cultural associations. They bring the information to families who know them and trust them.`,
      },
      ru: {
        title: '«Каждый ребёнок важен»: в Казахстане стартует кампания за права семей мигрантов с детьми',
        datelineCity: 'Астана',
        summary:
          'Фонд «Жол Бирге» и ресурсные центры для мигрантов в Алматы и Астане начинают трёхмесячную информационную кампанию с бесплатной горячей линией на шести языках.',
        body: `Общественный фонд «Жол Бирге» сегодня начал информационную кампанию «Каждый ребёнок важен» для семей мигрантов с детьми в Казахстане. Кампания пройдёт с 15 сентября по 15 декабря 2026 года в Астане, Алматы и Шымкенте, а также в городах у границы.

Многие семьи не знают, что их дети имеют право ходить в школу и к врачу. Другие живут без действующих документов и боятся просить о помощи. Кампания простыми словами объясняет, как записать ребёнка в школу, как урегулировать пребывание и где получить бесплатную помощь.

## Что предлагает кампания

- бесплатная горячая линия +7 800 080 1234 на казахском, русском, кыргызском, таджикском, узбекском и английском языках;
- бесплатные консультации юристов в ресурсных центрах для мигрантов в Алматы и Астане;
- листовки, встречи в общинах и ежемесячная рассылка;
- обучение для журналистов и блогеров: как честно писать о миграции.

В первые недели юристы и волонтёры побывают на рынках, стройках и в общинных центрах трёх городов. Листовки также можно будет взять на автовокзалах и в городах у границы. Все материалы кампании можно бесплатно копировать и распространять.

Кампания работает вместе с НКО и этнокультурными объединениями. Они доносят информацию до семей, которые их знают и доверяют им.`,
      },
      kk: {
        title:
          '«Әр бала маңызды»: Қазақстанда балалы мигрант отбасыларының құқықтарына арналған науқан басталды',
        datelineCity: 'Астана',
        summary:
          '«Жол Бірге» қоры мен Алматы және Астанадағы мигранттарға арналған ресурстық орталықтар алты тілде тегін жедел желісі бар үш айлық ақпараттық науқанды бастады.',
        body: `«Жол Бірге» қоғамдық қоры бүгін Қазақстандағы балалы мигрант отбасыларына арналған «Әр бала маңызды» ақпараттық науқанын бастады. Науқан 2026 жылғы 15 қыркүйектен 15 желтоқсанға дейін Астанада, Алматыда және Шымкентте, сондай-ақ шекара маңындағы қалаларда өтеді.

Көп отбасы балаларының мектепке баруға және дәрігерге қаралуға құқығы бар екенін білмейді. Кейбіреулер жарамды құжатсыз тұрады және көмек сұраудан қорқады. Науқан баланы мектепке қалай жаздыруға, елде болуды қалай реттеуге және тегін көмекті қайдан алуға болатынын қарапайым тілмен түсіндіреді.

## Науқан не ұсынады

- қазақ, орыс, қырғыз, тәжік, өзбек және ағылшын тілдерінде +7 800 080 1234 тегін жедел желісі;
- Алматы мен Астанадағы мигранттарға арналған ресурстық орталықтарда заңгерлердің тегін кеңестері;
- парақшалар, қауымдастықтардағы кездесулер және ай сайын шығатын ақпараттық хат;
- журналистер мен блогерлерге көші-қон туралы әділ жазуды үйрететін оқыту.

Алғашқы апталарда заңгерлер мен еріктілер үш қаладағы базарларға, құрылыс алаңдарына және қауымдастық орталықтарына барады. Парақшаларды автовокзалдардан және шекара маңындағы қалалардан да алуға болады. Науқанның барлық материалын тегін көшіріп, таратуға болады.

Науқан үкіметтік емес ұйымдармен және этномәдени бірлестіктермен бірге жұмыс істейді. Олар ақпаратты өздерін танитын және сенетін отбасыларға жеткізеді.`,
      },
      ky: {
        title:
          '«Ар бир бала маанилүү»: Казакстанда балдары бар мигрант үй-бүлөлөрдүн укуктары үчүн кампания башталды',
        datelineCity: 'Астана',
        summary:
          '«Жол Бирге» фонду жана Алматы менен Астанадагы мигранттар үчүн ресурстук борборлор алты тилде акысыз ишеним телефону бар үч айлык маалымат кампаниясын башташты.',
        body: `«Жол Бирге» коомдук фонду бүгүн Казакстандагы балдары бар мигрант үй-бүлөлөр үчүн «Ар бир бала маанилүү» маалымат кампаниясын баштады. Кампания 2026-жылдын 15-сентябрынан 15-декабрына чейин Астанада, Алматыда жана Шымкентте, ошондой эле чек арага жакын шаарларда өтөт.

Көп үй-бүлөлөр балдарынын мектепке барууга жана дарыгерге көрүнүүгө укугу бар экенин билишпейт. Башкалары жарактуу документсиз жашап, жардам сурагандан коркушат. Кампания баланы мектепке кантип каттатууну, өлкөдө жүрүү статусун кантип жөнгө салууну жана акысыз жардамды кайдан алууну жөнөкөй сөз менен түшүндүрөт.

## Кампания эмнени сунуштайт

- казак, орус, кыргыз, тажик, өзбек жана англис тилдеринде +7 800 080 1234 акысыз ишеним телефону;
- Алматы менен Астанадагы мигранттар үчүн ресурстук борборлордо юристтердин акысыз кеңештери;
- баракчалар, жамааттардагы жолугушуулар жана ай сайын чыгуучу маалымат каты;
- журналисттер жана блогерлер үчүн миграция тууралуу калыс жазууну үйрөткөн окутуу.

Алгачкы жумаларда юристтер жана ыктыярчылар үч шаардагы базарларга, курулуш аянттарына жана жамааттык борборлорго барышат. Баракчаларды автобекеттерден жана чек арага жакын шаарлардан да алууга болот. Кампаниянын бардык материалдарын акысыз көчүрүп, таратууга болот.

Кампания бейөкмөт уюмдар жана этномаданий бирикмелер менен бирге иштейт. Алар маалыматты өздөрүн тааныган жана ишенген үй-бүлөлөргө жеткиришет.`,
      },
      tg: {
        title:
          '«Ҳар як кӯдак муҳим аст»: дар Қазоқистон маърака барои ҳуқуқи оилаҳои муҳоҷир бо фарзандон оғоз шуд',
        datelineCity: 'Остона',
        summary:
          'Фонди «Жол Бирге» ва марказҳои ресурсии муҳоҷирон дар Алмаато ва Остона маъракаи иттилоотии семоҳаро бо хати боварии ройгон ба шаш забон оғоз карданд.',
        body: `Фонди ҷамъиятии «Жол Бирге» имрӯз маъракаи иттилоотиро бо номи «Ҳар як кӯдак муҳим аст» барои оилаҳои муҳоҷир бо фарзандон дар Қазоқистон оғоз кард. Маърака аз 15 сентябр то 15 декабри соли 2026 дар Остона, Алмаато ва Чимкент, инчунин дар шаҳрҳои наздисарҳадӣ мегузарад.

Бисёр оилаҳо намедонанд, ки фарзандонашон ҳақ доранд ба мактаб раванд ва ба духтур муроҷиат кунанд. Дигарон бе ҳуҷҷатҳои эътибордор зиндагӣ мекунанд ва аз пурсидани кӯмак метарсанд. Маърака бо забони содда мефаҳмонад, ки чӣ тавр кӯдакро ба мактаб сабти ном кардан, мақоми будубошро ба тартиб овардан ва аз куҷо кӯмаки ройгон гирифтан мумкин аст.

## Маърака чӣ пешниҳод мекунад

- хати боварии ройгон +7 800 080 1234 ба забонҳои қазоқӣ, русӣ, қирғизӣ, тоҷикӣ, ӯзбекӣ ва англисӣ;
- машваратҳои ройгони ҳуқуқшиносон дар марказҳои ресурсии муҳоҷирон дар Алмаато ва Остона;
- варақаҳо, вохӯриҳо дар ҷамоатҳо ва бюллетени моҳона;
- омӯзиш барои рӯзноманигорон ва блогерҳо дар бораи он ки чӣ тавр одилона дар бораи муҳоҷират нависанд.

Дар ҳафтаҳои аввал ҳуқуқшиносон ва ихтиёриён ба бозорҳо, сохтмонҳо ва марказҳои ҷамоатии ин се шаҳр мераванд. Варақаҳоро инчунин дар истгоҳҳои автобус ва шаҳрҳои наздисарҳадӣ гирифтан мумкин аст. Ҳамаи маводи маъракаро ройгон нусхабардорӣ ва паҳн кардан мумкин аст.

Маърака якҷоя бо ташкилотҳои ғайридавлатӣ ва иттиҳодияҳои этнофарҳангӣ кор мекунад. Онҳо маълумотро ба оилаҳое мерасонанд, ки онҳоро мешиносанд ва ба онҳо бовар доранд.`,
      },
      uz: {
        title:
          '“Har bir bola muhim”: Qozogʻistonda bolali migrant oilalar huquqlari uchun kampaniya boshlandi',
        datelineCity: 'Astana',
        summary:
          '“Jol Birge” fondi hamda Olmaota va Astanadagi migrantlar uchun resurs markazlari olti tilda bepul ishonch telefoni bilan uch oylik axborot kampaniyasini boshladi.',
        body: `“Jol Birge” jamoat fondi bugun Qozogʻistondagi bolali migrant oilalar uchun “Har bir bola muhim” axborot kampaniyasini boshladi. Kampaniya 2026-yil 15-sentabrdan 15-dekabrgacha Astana, Olmaota va Chimkentda, shuningdek, chegara yaqinidagi shaharlarda oʻtadi.

Koʻp oilalar farzandlari maktabga borish va shifokorga murojaat qilish huquqiga ega ekanini bilmaydi. Boshqalar amaldagi hujjatlarsiz yashaydi va yordam soʻrashdan qoʻrqadi. Kampaniya bolani maktabga qanday yozdirish, yashash maqomini qanday tartibga solish va bepul yordamni qayerdan olish mumkinligini oddiy soʻzlar bilan tushuntiradi.

## Kampaniya nimalarni taklif qiladi

- qozoq, rus, qirgʻiz, tojik, oʻzbek va ingliz tillarida +7 800 080 1234 bepul ishonch telefoni;
- Olmaota va Astanadagi migrantlar uchun resurs markazlarida yuristlarning bepul maslahatlari;
- varaqalar, jamoalardagi uchrashuvlar va har oylik axborot xati;
- jurnalistlar va blogerlar uchun migratsiya haqida xolis yozishni oʻrgatadigan trening.

Dastlabki haftalarda yuristlar va koʻngillilar uchta shahardagi bozorlar, qurilish maydonlari va jamoa markazlariga boradi. Varaqalarni avtovokzallarda va chegara yaqinidagi shaharlarda ham olish mumkin. Kampaniyaning barcha materiallarini bepul nusxalash va tarqatish mumkin.

Kampaniya nodavlat tashkilotlar va etnomadaniy birlashmalar bilan birga ishlaydi. Ular maʼlumotni oʻzlarini taniydigan va ishonadigan oilalarga yetkazadi.`,
      },
    },
  },
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'every-child-counts-first-month-results',
    campaigns: ['every-child-counts'],
    releaseDate: '2026-10-20',
    topics: ['children-rights', 'where-to-get-help'],
    // 'resource-centre-meeting' shows recognisable people without recorded consent (see images).
    photos: ['resource-centre-meeting', 'lawyer-consultation'],
    quotes: [
      {
        speaker: 'Rustam Nazarov',
        text: {
          en: {
            role: 'Lawyer, Migrant Resource Centre, Almaty',
            quote:
              'Most problems can be solved if a family comes early. A missing paper is not the end of the road.',
          },
          ru: {
            role: 'Юрист ресурсного центра для мигрантов, Алматы',
            quote:
              'Большинство проблем можно решить, если семья приходит вовремя. Отсутствие одной бумаги — это не конец пути.',
          },
          kk: {
            role: 'Мигранттарға арналған ресурстық орталықтың заңгері, Алматы',
            quote:
              'Отбасы ерте келсе, мәселелердің көбін шешуге болады. Бір қағаздың жоқтығы – жолдың соңы емес.',
          },
          ky: {
            role: 'Мигранттар үчүн ресурстук борбордун юристи, Алматы',
            quote:
              'Үй-бүлө эрте келсе, көйгөйлөрдүн көбүн чечсе болот. Бир кагаздын жоктугу — жолдун аягы эмес.',
          },
          tg: {
            role: 'Ҳуқуқшиноси маркази ресурсии муҳоҷирон, Алмаато',
            quote:
              'Агар оила барвақт ояд, аксари мушкилотро ҳал кардан мумкин аст. Набудани як ҳуҷҷат охири роҳ нест.',
          },
          uz: {
            role: 'Migrantlar uchun resurs markazi yuristi, Olmaota',
            quote:
              'Agar oila erta kelsa, muammolarning koʻpini hal qilish mumkin. Bitta qogʻozning yoʻqligi — yoʻlning oxiri emas.',
          },
        },
      },
      {
        speaker: 'Nurbek Asanov',
        text: {
          en: {
            role: 'Chair, Ak-Bulak Kyrgyz community association',
            quote:
              'People trust their neighbours more than posters. When we bring a lawyer to the community, people come and ask their questions.',
          },
          ru: {
            role: 'Председатель объединения кыргызской общины «Ак-Булак»',
            quote:
              'Люди доверяют соседям больше, чем плакатам. Когда мы приводим юриста в общину, люди приходят и задают свои вопросы.',
          },
          kk: {
            role: '«Ак-Булак» қырғыз қауымдастығының төрағасы',
            quote:
              'Адамдар плакаттардан гөрі көршілеріне көбірек сенеді. Біз қауымдастыққа заңгер алып келгенде, адамдар келіп, сұрақтарын қояды.',
          },
          ky: {
            role: '«Ак-Булак» кыргыз жамаатынын төрагасы',
            quote:
              'Адамдар плакаттарга караганда кошуналарына көбүрөөк ишенишет. Биз жамаатка юрист алып келгенде, адамдар келип, суроолорун беришет.',
          },
          tg: {
            role: 'Раиси ҷамъияти қирғизҳои «Ак-Булак»',
            quote:
              'Одамон ба ҳамсояҳо бештар аз плакатҳо бовар мекунанд. Вақте ки мо ҳуқуқшиносро ба ҷамоат меорем, одамон омада, саволҳои худро медиҳанд.',
          },
          uz: {
            role: '“Ak-Bulak” qirgʻiz jamoasi raisi',
            quote:
              'Odamlar plakatlardan koʻra qoʻshnilariga koʻproq ishonadi. Biz jamoaga yurist olib kelganimizda, odamlar kelib, savollarini beradi.',
          },
        },
      },
    ],
    mediaContacts: [pressOfficer, almatyMediaContact],
    text: {
      en: {
        title: 'One month of “Every child counts”: 1,240 calls and 186 children at school',
        datelineCity: 'Almaty',
        summary:
          'In its first month, the campaign’s free hotline received 1,240 calls. Lawyers helped 186 children enrol in school, and 94 families started to sort out their documents.',
        body: `In the first month of the campaign “Every child counts”, the free hotline +7 800 080 1234 received 1,240 calls. Most people asked about school, documents for children and registration.

Lawyers of the migrant resource centres in Almaty and Astana gave 412 free consultations. With their help, 186 children went to school, and 94 families started to sort out their documents. Most of the children had missed less than a year of school.

## What families tell us

- Schools sometimes ask for papers that parents cannot get quickly.
- Many parents do not know that children born in Kazakhstan must be registered.
- Fear is the biggest barrier: families are afraid that asking for help will bring them trouble.

On 17 October, the Almaty centre held an open consultation day together with the Ak-Bulak Kyrgyz community association. More than 70 people came.

The hotline now receives about 45 calls a day. On 20 November, World Children’s Day, the centres in Astana and Shymkent will hold open days for families. Lawyers will also meet teachers in ten schools in Almaty and Astana to talk about the rights of migrant children.

The campaign continues until 15 December 2026. Journalists can visit the centres by appointment. Please do not publish photos of children and families without their consent.`,
      },
      ru: {
        title: 'Месяц кампании «Каждый ребёнок важен»: 1240 звонков и 186 детей в школе',
        datelineCity: 'Алматы',
        summary:
          'За первый месяц на бесплатную горячую линию кампании поступило 1240 звонков. Юристы помогли записать в школу 186 детей, а 94 семьи начали приводить документы в порядок.',
        body: `За первый месяц кампании «Каждый ребёнок важен» на бесплатную горячую линию +7 800 080 1234 поступило 1240 звонков. Чаще всего люди спрашивали о школе, документах для детей и регистрации.

Юристы ресурсных центров для мигрантов в Алматы и Астане провели 412 бесплатных консультаций. С их помощью 186 детей пошли в школу, а 94 семьи начали приводить документы в порядок. Большинство детей пропустили меньше года учёбы.

## Что рассказывают семьи

- Школы иногда просят бумаги, которые родители не могут быстро получить.
- Многие родители не знают, что детей, рождённых в Казахстане, нужно регистрировать.
- Главная преграда — страх: семьи боятся, что просьба о помощи принесёт им неприятности.

17 октября центр в Алматы вместе с объединением кыргызской общины «Ак-Булак» провёл открытый день консультаций. Пришли больше 70 человек.

Сейчас на горячую линию поступает около 45 звонков в день. 20 ноября, во Всемирный день ребёнка, центры в Астане и Шымкенте проведут дни открытых дверей для семей. Юристы также встретятся с учителями десяти школ в Алматы и Астане, чтобы поговорить о правах детей мигрантов.

Кампания продлится до 15 декабря 2026 года. Журналисты могут посетить центры по предварительной договорённости. Пожалуйста, не публикуйте фотографии детей и семей без их согласия.`,
      },
      kk: {
        title: '«Әр бала маңызды» науқанына бір ай: 1240 қоңырау және мектепке барған 186 бала',
        datelineCity: 'Алматы',
        summary:
          'Алғашқы айда науқанның тегін жедел желісіне 1240 қоңырау түсті. Заңгерлер 186 баланы мектепке жаздыруға көмектесті, ал 94 отбасы құжаттарын ретке келтіре бастады.',
        body: `«Әр бала маңызды» науқанының алғашқы айында +7 800 080 1234 тегін жедел желісіне 1240 қоңырау түсті. Адамдар көбінесе мектеп, балаларға арналған құжаттар және тіркеу туралы сұрады.

Алматы мен Астанадағы мигранттарға арналған ресурстық орталықтардың заңгерлері 412 тегін кеңес берді. Олардың көмегімен 186 бала мектепке барды, ал 94 отбасы құжаттарын ретке келтіре бастады. Балалардың көбі бір жылдан аз уақыт сабақтан қалған.

## Отбасылар не айтады

- Мектептер кейде ата-аналар тез ала алмайтын қағаздарды сұрайды.
- Көп ата-ана Қазақстанда туған балаларды тіркеу керек екенін білмейді.
- Ең үлкен кедергі – қорқыныш: отбасылар көмек сұрасақ, қиындыққа тап боламыз деп қорқады.

17 қазанда Алматыдағы орталық «Ак-Булак» қырғыз қауымдастығымен бірге ашық кеңес беру күнін өткізді. Оған 70-тен астам адам келді.

Қазір жедел желіге күніне 45-ке жуық қоңырау түседі. 20 қарашада, Дүниежүзілік балалар күнінде, Астана мен Шымкенттегі орталықтар отбасыларға арналған ашық есік күнін өткізеді. Заңгерлер сондай-ақ Алматы мен Астанадағы он мектептің мұғалімдерімен кездесіп, мигрант балаларының құқықтары туралы сөйлеседі.

Науқан 2026 жылғы 15 желтоқсанға дейін жалғасады. Журналистер орталықтарға алдын ала келісіп келе алады. Балалар мен отбасылардың суреттерін олардың келісімінсіз жарияламауыңызды сұраймыз.`,
      },
      ky: {
        title: '«Ар бир бала маанилүү» кампаниясына бир ай: 1240 чалуу жана мектепке барган 186 бала',
        datelineCity: 'Алматы',
        summary:
          'Биринчи айда кампаниянын акысыз ишеним телефонуна 1240 чалуу түштү. Юристтер 186 баланы мектепке каттатууга жардам беришти, ал эми 94 үй-бүлө документтерин тартипке келтире баштады.',
        body: `«Ар бир бала маанилүү» кампаниясынын биринчи айында +7 800 080 1234 акысыз ишеним телефонуна 1240 чалуу түштү. Адамдар көбүнчө мектеп, балдар үчүн документтер жана каттоо тууралуу сурашты.

Алматы менен Астанадагы мигранттар үчүн ресурстук борборлордун юристтери 412 акысыз кеңеш беришти. Алардын жардамы менен 186 бала мектепке барды, ал эми 94 үй-бүлө документтерин тартипке келтире баштады. Балдардын көбү бир жылдан аз убакыт сабактан калышкан.

## Үй-бүлөлөр эмне дешет

- Мектептер кээде ата-энелер тез ала албаган кагаздарды сурашат.
- Көп ата-энелер Казакстанда төрөлгөн балдарды каттатуу керек экенин билишпейт.
- Эң чоң тоскоол — коркуу: үй-бүлөлөр жардам сурасак, көйгөйгө кабылабыз деп коркушат.

17-октябрда Алматыдагы борбор «Ак-Булак» кыргыз жамааты менен бирге ачык консультация күнүн өткөрдү. Ага 70тен ашык адам келди.

Азыр ишеним телефонуна күнүнө 45ке жакын чалуу түшөт. 20-ноябрда, Бүткүл дүйнөлүк балдар күнүндө, Астана менен Шымкенттеги борборлор үй-бүлөлөр үчүн ачык эшиктер күнүн өткөрөт. Юристтер ошондой эле Алматы менен Астанадагы он мектептин мугалимдери менен жолугуп, мигрант балдардын укуктары тууралуу сүйлөшөт.

Кампания 2026-жылдын 15-декабрына чейин уланат. Журналисттер борборлорго алдын ала макулдашып келе алышат. Балдардын жана үй-бүлөлөрдүн сүрөттөрүн алардын макулдугусуз жарыялабооңуздарды суранабыз.`,
      },
      tg: {
        title: 'Як моҳи маъракаи «Ҳар як кӯдак муҳим аст»: 1240 занг ва 186 кӯдак дар мактаб',
        datelineCity: 'Алмаато',
        summary:
          'Дар моҳи аввал ба хати боварии ройгони маърака 1240 занг ворид шуд. Ҳуқуқшиносон ба 186 кӯдак дар сабти ном ба мактаб кӯмак карданд ва 94 оила ба тартиб овардани ҳуҷҷатҳои худро оғоз намуданд.',
        body: `Дар моҳи аввали маъракаи «Ҳар як кӯдак муҳим аст» ба хати боварии ройгон (+7 800 080 1234) 1240 занг ворид шуд. Одамон бештар дар бораи мактаб, ҳуҷҷатҳои кӯдакон ва бақайдгирӣ пурсиданд.

Ҳуқуқшиносони марказҳои ресурсии муҳоҷирон дар Алмаато ва Остона 412 машварати ройгон доданд. Бо кӯмаки онҳо 186 кӯдак ба мактаб рафтанд ва 94 оила ба тартиб овардани ҳуҷҷатҳои худро оғоз карданд. Аксари кӯдакон камтар аз як сол дарсро аз даст дода буданд.

## Оилаҳо чӣ мегӯянд

- Мактабҳо баъзан ҳуҷҷатҳоеро талаб мекунанд, ки падару модарон зуд гирифта наметавонанд.
- Бисёр волидон намедонанд, ки кӯдаконе, ки дар Қазоқистон таваллуд шудаанд, бояд ба қайд гирифта шаванд.
- Монеаи асосӣ тарс аст: оилаҳо метарсанд, ки пурсидани кӯмак барояшон мушкилот меорад.

17 октябр маркази Алмаато якҷоя бо ҷамъияти қирғизҳои «Ак-Булак» рӯзи кушоди машваратро гузаронд. Зиёда аз 70 нафар омаданд.

Ҳоло ба хати боварӣ рӯзе тақрибан 45 занг ворид мешавад. 20 ноябр, дар Рӯзи умумиҷаҳонии кӯдакон, марказҳо дар Остона ва Чимкент барои оилаҳо рӯзи дарҳои кушод мегузаронанд. Ҳуқуқшиносон инчунин бо муаллимони даҳ мактаб дар Алмаато ва Остона вомехӯранд, то дар бораи ҳуқуқи кӯдакони муҳоҷир сӯҳбат кунанд.

Маърака то 15 декабри соли 2026 идома меёбад. Рӯзноманигорон метавонанд бо созиши пешакӣ ба марказҳо оянд. Лутфан, аксҳои кӯдакон ва оилаҳоро бе розигии онҳо нашр накунед.`,
      },
      uz: {
        title: '“Har bir bola muhim” kampaniyasiga bir oy: 1240 ta qoʻngʻiroq va maktabga borgan 186 bola',
        datelineCity: 'Olmaota',
        summary:
          'Birinchi oyda kampaniyaning bepul ishonch telefoniga 1240 ta qoʻngʻiroq tushdi. Yuristlar 186 bolani maktabga yozdirishga yordam berdi, 94 oila esa hujjatlarini tartibga keltira boshladi.',
        body: `“Har bir bola muhim” kampaniyasining birinchi oyida +7 800 080 1234 bepul ishonch telefoniga 1240 ta qoʻngʻiroq tushdi. Odamlar koʻproq maktab, bolalar uchun hujjatlar va roʻyxatdan oʻtish haqida soʻradi.

Olmaota va Astanadagi migrantlar uchun resurs markazlari yuristlari 412 ta bepul maslahat berdi. Ularning yordami bilan 186 bola maktabga bordi, 94 oila esa hujjatlarini tartibga keltira boshladi. Bolalarning aksariyati bir yildan kam vaqt darsdan qolgan edi.

## Oilalar nima deydi

- Maktablar baʼzan ota-onalar tez ololmaydigan qogʻozlarni soʻraydi.
- Koʻp ota-onalar Qozogʻistonda tugʻilgan bolalarni roʻyxatdan oʻtkazish kerakligini bilmaydi.
- Eng katta toʻsiq — qoʻrquv: oilalar yordam soʻrasak, muammoga duch kelamiz, deb qoʻrqadi.

17-oktabrda Olmaotadagi markaz “Ak-Bulak” qirgʻiz jamoasi bilan birga ochiq maslahat kunini oʻtkazdi. Unga 70 dan ortiq kishi keldi.

Hozir ishonch telefoniga kuniga 45 taga yaqin qoʻngʻiroq tushadi. 20-noyabr, Butunjahon bolalar kunida Astana va Chimkentdagi markazlar oilalar uchun ochiq eshiklar kunini oʻtkazadi. Yuristlar, shuningdek, Olmaota va Astanadagi oʻnta maktab oʻqituvchilari bilan uchrashib, migrant bolalarning huquqlari haqida gaplashadi.

Kampaniya 2026-yil 15-dekabrgacha davom etadi. Jurnalistlar markazlarga oldindan kelishib kelishlari mumkin. Iltimos, bolalar va oilalarning suratlarini ularning roziligisiz eʼlon qilmang.`,
      },
    },
  },
  // ---------------------------------------------------------------------------------------------
  {
    // The only embargoed release: the report is presented on International Children's Day 2027.
    slug: 'every-child-counts-regional-report',
    campaigns: ['every-child-counts'],
    releaseDate: '2026-11-20',
    topics: ['children-rights', 'regularisation'],
    embargoUntil: '2027-06-01T09:00:00+05:00',
    photos: ['border-road', 'documents-folder'],
    quotes: [
      {
        speaker: 'Gulnara Abenova',
        text: {
          en: {
            role: 'Lead researcher of the report',
            quote:
              'Parents told us the same thing again and again: they want their children to learn. What they need is clear information and someone to walk with them to the first door.',
          },
          ru: {
            role: 'Руководитель исследования',
            quote:
              'Родители снова и снова говорили нам одно и то же: они хотят, чтобы их дети учились. Им нужна понятная информация и человек, который дойдёт с ними до первой двери.',
          },
          kk: {
            role: 'Зерттеу жетекшісі',
            quote:
              'Ата-аналар бізге қайта-қайта бір нәрсені айтты: олар балаларының оқығанын қалайды. Оларға түсінікті ақпарат пен алғашқы есікке дейін бірге баратын адам керек.',
          },
          ky: {
            role: 'Изилдөөнүн жетекчиси',
            quote:
              'Ата-энелер бизге кайра-кайра бир эле нерсени айтышты: алар балдарынын окушун каалашат. Аларга түшүнүктүү маалымат жана биринчи эшикке чейин бирге бара турган адам керек.',
          },
          tg: {
            role: 'Роҳбари таҳқиқот',
            quote:
              'Падару модарон борҳо ба мо як чизро гуфтанд: онҳо мехоҳанд, ки фарзандонашон таҳсил кунанд. Ба онҳо маълумоти фаҳмо ва касе лозим аст, ки то дари аввал ҳамроҳашон равад.',
          },
          uz: {
            role: 'Tadqiqot rahbari',
            quote:
              'Ota-onalar bizga qayta-qayta bir narsani aytishdi: ular farzandlari oʻqishini xohlaydi. Ularga tushunarli maʼlumot va birinchi eshikkacha birga boradigan odam kerak.',
          },
        },
      },
    ],
    mediaContacts: [pressOfficer],
    text: {
      en: {
        title:
          'New report: how migrant families with children in Kazakhstan find school, health care and support',
        datelineCity: 'Shymkent',
        summary:
          'A study by Jol Birge and partner associations, based on interviews with 600 parents, will be presented on 1 June 2027, International Children’s Day.',
        body: `Jol Birge and five partner associations will present the report “Every child counts: migrant families with children in Kazakhstan” on 1 June 2027, International Children’s Day, in Shymkent.

The report is based on interviews with 600 parents from Kyrgyzstan, Tajikistan and Uzbekistan who live in Shymkent, Almaty and Astana. The researchers also spoke with teachers, doctors and NGO staff.

## Main findings

- One in four school-age children in the study had not gone to school for at least six months.
- Families who called a hotline or came to a resource centre solved their document problems twice as often as others.
- Parents trust information from community associations and from other parents most of all.

The report gives ten practical recommendations for schools, clinics, local authorities and NGOs. It also tells the stories of twelve families, with their consent and with changed names. The report will be published in Kazakh, Russian and English.

Journalists can receive the full report under embargo. Please write to the press contact below. The report and its findings may not be published before 1 June 2027, 09:00 Astana time.`,
      },
      ru: {
        title:
          'Новый доклад: как семьи мигрантов с детьми в Казахстане находят школу, медицинскую помощь и поддержку',
        datelineCity: 'Шымкент',
        summary:
          'Исследование фонда «Жол Бирге» и партнёрских объединений, основанное на интервью с 600 родителями, представят 1 июня 2027 года, в Международный день защиты детей.',
        body: `Фонд «Жол Бирге» и пять партнёрских объединений представят доклад «Каждый ребёнок важен: семьи мигрантов с детьми в Казахстане» 1 июня 2027 года, в Международный день защиты детей, в Шымкенте.

Доклад основан на интервью с 600 родителями из Кыргызстана, Таджикистана и Узбекистана, которые живут в Шымкенте, Алматы и Астане. Исследователи также поговорили с учителями, врачами и сотрудниками НКО.

## Главные выводы

- Каждый четвёртый ребёнок школьного возраста в исследовании не ходил в школу как минимум шесть месяцев.
- Семьи, которые звонили на горячую линию или приходили в ресурсный центр, решали проблемы с документами в два раза чаще других.
- Больше всего родители доверяют информации от общинных объединений и от других родителей.

В докладе есть десять практических рекомендаций для школ, поликлиник, местных властей и НКО. В нём также рассказаны истории двенадцати семей — с их согласия и под изменёнными именами. Доклад выйдет на казахском, русском и английском языках.

Журналисты могут получить полный текст доклада под эмбарго. Пожалуйста, напишите контактному лицу для прессы, указанному ниже. Доклад и его выводы нельзя публиковать до 1 июня 2027 года, 09:00 по времени Астаны.`,
      },
      kk: {
        title:
          'Жаңа баяндама: Қазақстандағы балалы мигрант отбасылары мектепті, медициналық көмекті және қолдауды қалай табады',
        datelineCity: 'Шымкент',
        summary:
          '«Жол Бірге» қоры мен серіктес бірлестіктердің 600 ата-анамен сұхбатқа негізделген зерттеуі 2027 жылғы 1 маусымда, Халықаралық балаларды қорғау күнінде таныстырылады.',
        body: `«Жол Бірге» қоры және бес серіктес бірлестік «Әр бала маңызды: Қазақстандағы балалы мигрант отбасылары» баяндамасын 2027 жылғы 1 маусымда, Халықаралық балаларды қорғау күнінде, Шымкентте таныстырады.

Баяндама Шымкентте, Алматыда және Астанада тұратын, Қырғызстаннан, Тәжікстаннан және Өзбекстаннан келген 600 ата-анамен жүргізілген сұхбаттарға негізделген. Зерттеушілер мұғалімдермен, дәрігерлермен және үкіметтік емес ұйымдардың қызметкерлерімен де сөйлесті.

## Негізгі қорытындылар

- Зерттеуге қатысқан мектеп жасындағы әр төртінші бала кемінде алты ай мектепке бармаған.
- Жедел желіге қоңырау шалған немесе ресурстық орталыққа келген отбасылар құжат мәселесін басқаларға қарағанда екі есе жиі шешкен.
- Ата-аналар бәрінен де қауымдастық бірлестіктері мен басқа ата-аналардан келген ақпаратқа сенеді.

Баяндамада мектептерге, емханаларға, жергілікті билікке және үкіметтік емес ұйымдарға арналған он практикалық ұсыныс бар. Сондай-ақ онда он екі отбасының тарихы олардың келісімімен және есімдері өзгертіліп баяндалады. Баяндама қазақ, орыс және ағылшын тілдерінде жарияланады.

Журналистер баяндаманың толық мәтінін эмбарго шартымен ала алады. Төменде көрсетілген баспасөз байланысына жазыңыз. Баяндама мен оның қорытындыларын 2027 жылғы 1 маусымда Астана уақытымен сағат 09:00-ге дейін жариялауға болмайды.`,
      },
      ky: {
        title:
          'Жаңы баяндама: Казакстандагы балдары бар мигрант үй-бүлөлөр мектепти, медициналык жардамды жана колдоону кантип табышат',
        datelineCity: 'Шымкент',
        summary:
          '«Жол Бирге» фонду жана өнөктөш бирикмелердин 600 ата-эне менен болгон маектерге негизделген изилдөөсү 2027-жылдын 1-июнунда, Эл аралык балдарды коргоо күнүндө тааныштырылат.',
        body: `«Жол Бирге» фонду жана беш өнөктөш бирикме «Ар бир бала маанилүү: Казакстандагы балдары бар мигрант үй-бүлөлөр» баяндамасын 2027-жылдын 1-июнунда, Эл аралык балдарды коргоо күнүндө, Шымкентте тааныштырышат.

Баяндама Шымкентте, Алматыда жана Астанада жашаган, Кыргызстандан, Тажикстандан жана Өзбекстандан келген 600 ата-эне менен болгон маектерге негизделген. Изилдөөчүлөр мугалимдер, дарыгерлер жана бейөкмөт уюмдардын кызматкерлери менен да сүйлөшүштү.

## Негизги жыйынтыктар

- Изилдөөгө катышкан мектеп жашындагы ар бир төртүнчү бала кеминде алты ай мектепке барган эмес.
- Ишеним телефонуна чалган же ресурстук борборго келген үй-бүлөлөр документ маселесин башкаларга караганда эки эсе көп чечишкен.
- Ата-энелер баарынан көп жамааттык бирикмелерден жана башка ата-энелерден келген маалыматка ишенишет.

Баяндамада мектептер, клиникалар, жергиликтүү бийлик жана бейөкмөт уюмдар үчүн он практикалык сунуш бар. Ошондой эле анда он эки үй-бүлөнүн окуясы алардын макулдугу менен жана ысымдары өзгөртүлүп баяндалат. Баяндама казак, орус жана англис тилдеринде жарыяланат.

Журналисттер баяндаманын толук текстин эмбарго шарты менен ала алышат. Төмөндө көрсөтүлгөн басма сөз байланышына жазыңыз. Баяндаманы жана анын жыйынтыктарын 2027-жылдын 1-июнунда Астана убактысы боюнча саат 09:00гө чейин жарыялоого болбойт.`,
      },
      tg: {
        title:
          'Гузориши нав: оилаҳои муҳоҷир бо фарзандон дар Қазоқистон чӣ тавр мактаб, ёрии тиббӣ ва дастгирӣ меёбанд',
        datelineCity: 'Чимкент',
        summary:
          'Таҳқиқоти фонди «Жол Бирге» ва иттиҳодияҳои шарик, ки ба мусоҳиба бо 600 падару модар асос ёфтааст, 1 июни соли 2027, дар Рӯзи байналмилалии ҳимояи кӯдакон муаррифӣ мешавад.',
        body: `Фонди «Жол Бирге» ва панҷ иттиҳодияи шарик гузоришеро бо номи «Ҳар як кӯдак муҳим аст: оилаҳои муҳоҷир бо фарзандон дар Қазоқистон» 1 июни соли 2027, дар Рӯзи байналмилалии ҳимояи кӯдакон, дар Чимкент муаррифӣ мекунанд.

Гузориш ба мусоҳибаҳо бо 600 падару модар аз Қирғизистон, Тоҷикистон ва Ӯзбекистон, ки дар Чимкент, Алмаато ва Остона зиндагӣ мекунанд, асос ёфтааст. Муҳаққиқон инчунин бо муаллимон, духтурон ва кормандони ташкилотҳои ғайридавлатӣ сӯҳбат карданд.

## Хулосаҳои асосӣ

- Аз ҳар чор кӯдаки синни мактабӣ дар таҳқиқот яке ақаллан шаш моҳ ба мактаб нарафтааст.
- Оилаҳое, ки ба хати боварӣ занг задаанд ё ба маркази ресурсӣ омадаанд, мушкилоти ҳуҷҷатҳоро нисбат ба дигарон ду баробар бештар ҳал кардаанд.
- Падару модарон аз ҳама бештар ба маълумоте бовар мекунанд, ки аз иттиҳодияҳои ҷамоатӣ ва дигар волидон мерасад.

Дар гузориш даҳ тавсияи амалӣ барои мактабҳо, дармонгоҳҳо, мақомоти маҳаллӣ ва ташкилотҳои ғайридавлатӣ оварда шудааст. Ҳамчунин дар он саргузашти дувоздаҳ оила бо розигии онҳо ва бо номҳои иваз кардашуда нақл карда мешавад. Гузориш ба забонҳои қазоқӣ, русӣ ва англисӣ нашр мешавад.

Рӯзноманигорон метавонанд матни пурраи гузоришро бо шарти эмбарго гиранд. Лутфан, ба шахси тамос барои матбуот, ки дар поён зикр шудааст, нависед. Гузориш ва хулосаҳои онро то 1 июни соли 2027, соати 09:00 бо вақти Остона нашр кардан мумкин нест.`,
      },
      uz: {
        title:
          'Yangi hisobot: Qozogʻistondagi bolali migrant oilalar maktab, tibbiy yordam va koʻmakni qanday topadi',
        datelineCity: 'Chimkent',
        summary:
          '“Jol Birge” fondi va hamkor birlashmalarning 600 nafar ota-ona bilan suhbatlarga asoslangan tadqiqoti 2027-yil 1-iyunda, Xalqaro bolalarni himoya qilish kunida taqdim etiladi.',
        body: `“Jol Birge” fondi va beshta hamkor birlashma “Har bir bola muhim: Qozogʻistondagi bolali migrant oilalar” hisobotini 2027-yil 1-iyunda, Xalqaro bolalarni himoya qilish kunida, Chimkentda taqdim etadi.

Hisobot Chimkent, Olmaota va Astanada yashovchi, Qirgʻiziston, Tojikiston va Oʻzbekistondan kelgan 600 nafar ota-ona bilan oʻtkazilgan suhbatlarga asoslangan. Tadqiqotchilar oʻqituvchilar, shifokorlar va nodavlat tashkilotlar xodimlari bilan ham gaplashdi.

## Asosiy xulosalar

- Tadqiqotdagi maktab yoshidagi har toʻrtinchi bola kamida olti oy maktabga bormagan.
- Ishonch telefoniga qoʻngʻiroq qilgan yoki resurs markaziga kelgan oilalar hujjat muammolarini boshqalarga qaraganda ikki baravar koʻp hal qilgan.
- Ota-onalar eng koʻp jamoa birlashmalari va boshqa ota-onalardan kelgan maʼlumotga ishonadi.

Hisobotda maktablar, poliklinikalar, mahalliy hokimiyat va nodavlat tashkilotlar uchun oʻnta amaliy tavsiya bor. Unda, shuningdek, oʻn ikki oilaning hikoyasi ularning roziligi bilan va ismlari oʻzgartirilgan holda bayon qilingan. Hisobot qozoq, rus va ingliz tillarida eʼlon qilinadi.

Jurnalistlar hisobotning toʻliq matnini embargo sharti bilan olishlari mumkin. Iltimos, quyida koʻrsatilgan matbuot aloqasiga yozing. Hisobot va uning xulosalarini 2027-yil 1-iyun kuni Astana vaqti bilan soat 09:00 gacha eʼlon qilish mumkin emas.`,
      },
    },
  },
]
