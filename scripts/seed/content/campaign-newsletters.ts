import type { SeedNewsletter } from './types'

/** Story sections point at leaflets and posts defined in campaign-leaflets.ts and campaign-posts.ts. */
export const newsletters: SeedNewsletter[] = [
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'newsletter-2026-10',
    campaigns: ['every-child-counts'],
    issueNumber: 1,
    topics: ['children-rights', 'health-and-education'],
    date: '2026-10-01',
    text: {
      en: {
        subject: 'Every child counts: our campaign has started',
        preheader:
          'A free hotline in six languages, a new leaflet about school and an open consultation day in Almaty.',
        intro:
          'Dear friends, on 15 September we started “Every child counts”, a campaign for the rights of migrant families with children in Kazakhstan. In this first issue you will find our new leaflet, a story from Almaty and an invitation to our open consultation day. Please share this newsletter with families and colleagues.',
      },
      ru: {
        subject: '«Каждый ребёнок важен»: наша кампания началась',
        preheader:
          'Бесплатная горячая линия на шести языках, новая листовка о школе и день открытых консультаций в Алматы.',
        intro:
          'Дорогие друзья! 15 сентября мы начали кампанию «Каждый ребёнок важен» за права семей мигрантов с детьми в Казахстане. В этом первом выпуске — наша новая листовка, история из Алматы и приглашение на день открытых консультаций. Пожалуйста, поделитесь рассылкой с семьями и коллегами.',
      },
      kk: {
        subject: '«Әр бала маңызды»: науқанымыз басталды',
        preheader:
          'Алты тілдегі тегін жедел желі, мектеп туралы жаңа парақша және Алматыда ашық кеңес беру күні.',
        intro:
          'Құрметті достар! 15 қыркүйекте біз Қазақстандағы балалы мигрант отбасыларының құқықтарына арналған «Әр бала маңызды» науқанын бастадық. Осы алғашқы санда – жаңа парақшамыз, Алматыдан бір оқиға және ашық кеңес беру күніне шақыру. Бұл хатты отбасылармен және әріптестеріңізбен бөлісіңіз.',
      },
      ky: {
        subject: '«Ар бир бала маанилүү»: кампаниябыз башталды',
        preheader:
          'Алты тилдеги акысыз ишеним телефону, мектеп тууралуу жаңы баракча жана Алматыда ачык консультация күнү.',
        intro:
          'Урматтуу достор! 15-сентябрда биз Казакстандагы балдары бар мигрант үй-бүлөлөрдүн укуктары үчүн «Ар бир бала маанилүү» кампаниясын баштадык. Бул биринчи санда — жаңы баракчабыз, Алматыдан бир окуя жана ачык консультация күнүнө чакыруу. Бул катты үй-бүлөлөр жана кесиптештериңиз менен бөлүшүңүз.',
      },
      tg: {
        subject: '«Ҳар як кӯдак муҳим аст»: маъракаи мо оғоз шуд',
        preheader:
          'Хати боварии ройгон ба шаш забон, варақаи нав дар бораи мактаб ва рӯзи кушоди машварат дар Алмаато.',
        intro:
          'Дӯстони азиз! 15 сентябр мо маъракаеро бо номи «Ҳар як кӯдак муҳим аст» барои ҳимояи ҳуқуқи оилаҳои муҳоҷир бо фарзандон дар Қазоқистон оғоз кардем. Дар ин шумораи аввал — варақаи нави мо, қиссае аз Алмаато ва даъватнома ба рӯзи кушоди машварат. Лутфан, ин бюллетенро ба оилаҳо ва ҳамкорон фиристед.',
      },
      uz: {
        subject: '“Har bir bola muhim”: kampaniyamiz boshlandi',
        preheader:
          'Olti tilda bepul ishonch telefoni, maktab haqida yangi varaqa va Olmaotada ochiq maslahat kuni.',
        intro:
          'Aziz doʻstlar! 15-sentabrda biz Qozogʻistondagi bolali migrant oilalar huquqlari uchun “Har bir bola muhim” kampaniyasini boshladik. Ushbu birinchi sonda — yangi varaqamiz, Olmaotadan bir hikoya va ochiq maslahat kuniga taklif. Iltimos, bu xatni oilalar va hamkasblaringiz bilan baham koʻring.',
      },
    },
    sections: [
      {
        kind: 'story',
        target: { collection: 'leaflets', slug: 'your-child-has-the-right-to-school' },
        text: {
          en: {
            headline: 'New leaflet: your child has the right to school',
            blurb:
              'Simple steps to enrol a child in school, and what to do if the school says no. In six languages, free to print.',
          },
          ru: {
            headline: 'Новая листовка: ваш ребёнок имеет право учиться в школе',
            blurb:
              'Простые шаги, чтобы записать ребёнка в школу, и что делать, если школа отказывает. На шести языках, можно бесплатно распечатать.',
          },
          kk: {
            headline: 'Жаңа парақша: балаңыздың мектепте оқуға құқығы бар',
            blurb:
              'Баланы мектепке жаздырудың қарапайым қадамдары және мектеп бас тартса не істеу керегі. Алты тілде, тегін басып шығаруға болады.',
          },
          ky: {
            headline: 'Жаңы баракча: балаңыздын мектепте окууга укугу бар',
            blurb:
              'Баланы мектепке каттатуунун жөнөкөй кадамдары жана мектеп баш тартса эмне кылуу керек. Алты тилде, акысыз басып чыгарса болот.',
          },
          tg: {
            headline: 'Варақаи нав: фарзанди шумо ҳақ дорад дар мактаб таҳсил кунад',
            blurb:
              'Қадамҳои оддӣ барои сабти номи кӯдак ба мактаб ва чӣ бояд кард, агар мактаб рад кунад. Ба шаш забон; онро ройгон чоп кардан мумкин аст.',
          },
          uz: {
            headline: 'Yangi varaqa: farzandingiz maktabda oʻqish huquqiga ega',
            blurb:
              'Bolani maktabga yozdirishning oddiy qadamlari va maktab rad etsa nima qilish kerakligi. Olti tilda, bepul chop etish mumkin.',
          },
        },
      },
      {
        kind: 'story',
        target: { collection: 'posts', slug: 'malikas-first-day-at-school' },
        text: {
          en: {
            headline: 'Malika’s first day at school',
            blurb:
              'After two years at a market stall, nine-year-old Malika is back in class. Her mother tells how it happened.',
          },
          ru: {
            headline: 'Первый школьный день Малики',
            blurb:
              'Два года девятилетняя Малика провела за прилавком на рынке, а теперь снова учится. Её мама рассказывает, как это получилось.',
          },
          kk: {
            headline: 'Маликаның мектептегі алғашқы күні',
            blurb:
              'Тоғыз жасар Малика екі жыл базардағы сөреде отырды, ал енді қайтадан оқып жүр. Анасы мұның қалай болғанын айтады.',
          },
          ky: {
            headline: 'Маликанын мектептеги биринчи күнү',
            blurb:
              'Тогуз жаштагы Малика эки жыл базарда отурду, эми кайра окуп жатат. Апасы мунун кантип болгонун айтып берет.',
          },
          tg: {
            headline: 'Рӯзи аввали мактаби Малика',
            blurb:
              'Маликаи нӯҳсола ду сол дар назди растаи бозор нишаст, акнун боз мехонад. Модараш нақл мекунад, ки ин чӣ тавр шуд.',
          },
          uz: {
            headline: 'Malikaning maktabdagi birinchi kuni',
            blurb:
              'Toʻqqiz yoshli Malika ikki yil bozordagi rastada oʻtirdi, endi esa yana oʻqiyapti. Onasi bu qanday boʻlganini aytib beradi.',
          },
        },
      },
      {
        kind: 'event',
        date: '2026-10-17',
        text: {
          en: {
            title: 'Open consultation day in Almaty',
            place: 'Migrant Resource Centre, Almaty',
            description:
              'Free advice from lawyers on school, documents and registration, from 10:00 to 16:00, together with the Ak-Bulak Kyrgyz community association. Bring your documents. No appointment needed.',
          },
          ru: {
            title: 'День открытых консультаций в Алматы',
            place: 'Ресурсный центр для мигрантов, Алматы',
            description:
              'Бесплатные консультации юристов о школе, документах и регистрации, с 10:00 до 16:00, вместе с объединением кыргызской общины «Ак-Булак». Возьмите с собой документы. Записываться заранее не нужно.',
          },
          kk: {
            title: 'Алматыда ашық кеңес беру күні',
            place: 'Мигранттарға арналған ресурстық орталық, Алматы',
            description:
              'Заңгерлердің мектеп, құжаттар және тіркеу туралы тегін кеңестері, 10:00-ден 16:00-ге дейін, «Ак-Булак» қырғыз қауымдастығымен бірге. Құжаттарыңызды ала келіңіз. Алдын ала жазылу қажет емес.',
          },
          ky: {
            title: 'Алматыда ачык консультация күнү',
            place: 'Мигранттар үчүн ресурстук борбор, Алматы',
            description:
              'Юристтердин мектеп, документтер жана каттоо боюнча акысыз кеңештери, саат 10:00дөн 16:00гө чейин, «Ак-Булак» кыргыз жамааты менен бирге. Документтериңизди ала келиңиз. Алдын ала жазылуунун кереги жок.',
          },
          tg: {
            title: 'Рӯзи кушоди машварат дар Алмаато',
            place: 'Маркази ресурсии муҳоҷирон, Алмаато',
            description:
              'Машваратҳои ройгони ҳуқуқшиносон дар бораи мактаб, ҳуҷҷатҳо ва бақайдгирӣ, аз соати 10:00 то 16:00, якҷоя бо ҷамъияти қирғизҳои «Ак-Булак». Ҳуҷҷатҳоятонро бо худ биёред. Пешакӣ қайд шудан лозим нест.',
          },
          uz: {
            title: 'Olmaotada ochiq maslahat kuni',
            place: 'Migrantlar uchun resurs markazi, Olmaota',
            description:
              'Yuristlarning maktab, hujjatlar va roʻyxatdan oʻtish boʻyicha bepul maslahatlari, soat 10:00 dan 16:00 gacha, “Ak-Bulak” qirgʻiz jamoasi bilan birga. Hujjatlaringizni olib keling. Oldindan yozilish shart emas.',
          },
        },
      },
      {
        kind: 'call-to-action',
        url: 'https://example.org/every-child-counts/order-leaflets',
        text: {
          en: {
            label: 'Order printed leaflets',
            description:
              'NGOs and associations can order free printed leaflets in six languages for their communities.',
          },
          ru: {
            label: 'Заказать печатные листовки',
            description:
              'НКО и объединения могут бесплатно заказать печатные листовки на шести языках для своих общин.',
          },
          kk: {
            label: 'Басылған парақшаларға тапсырыс беру',
            description:
              'Үкіметтік емес ұйымдар мен бірлестіктер өз қауымдастықтары үшін алты тілдегі басылған парақшаларға тегін тапсырыс бере алады.',
          },
          ky: {
            label: 'Басылган баракчаларга буйрутма берүү',
            description:
              'Бейөкмөт уюмдар жана бирикмелер өз жамааттары үчүн алты тилдеги басылган баракчаларга акысыз буйрутма бере алышат.',
          },
          tg: {
            label: 'Фармоиши варақаҳои чопӣ',
            description:
              'Ташкилотҳои ғайридавлатӣ ва иттиҳодияҳо метавонанд барои ҷамоатҳои худ варақаҳои чопиро ба шаш забон ройгон фармоиш диҳанд.',
          },
          uz: {
            label: 'Bosma varaqalarga buyurtma berish',
            description:
              'Nodavlat tashkilotlar va birlashmalar oʻz jamoalari uchun olti tildagi bosma varaqalarga bepul buyurtma bera oladi.',
          },
        },
      },
    ],
  },
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'newsletter-2026-11',
    campaigns: ['every-child-counts'],
    issueNumber: 2,
    topics: ['regularisation', 'where-to-get-help'],
    date: '2026-11-01',
    text: {
      en: {
        subject: '1,240 calls in the first month: what families asked us',
        preheader:
          'Hotline results, a lawyer’s advice on documents and an invitation for World Children’s Day.',
        intro:
          'Dear friends, in the first month of the campaign our hotline answered 1,240 calls, and our lawyers helped 186 children enrol in school. Thank you for sharing our number. In this issue: the questions we hear most often, five documents to keep safe, and our plans for 20 November.',
      },
      ru: {
        subject: '1240 звонков за первый месяц: о чём нас спрашивали семьи',
        preheader:
          'Итоги работы горячей линии, советы юриста о документах и приглашение на Всемирный день ребёнка.',
        intro:
          'Дорогие друзья! За первый месяц кампании наша горячая линия ответила на 1240 звонков, а юристы помогли записать в школу 186 детей. Спасибо, что делитесь нашим номером. В этом выпуске — самые частые вопросы, пять документов, которые нужно беречь, и наши планы на 20 ноября.',
      },
      kk: {
        subject: 'Алғашқы айда 1240 қоңырау: отбасылар бізден не сұрады',
        preheader:
          'Жедел желінің нәтижелері, заңгердің құжаттар туралы кеңесі және Дүниежүзілік балалар күніне шақыру.',
        intro:
          'Құрметті достар! Науқанның алғашқы айында жедел желіміз 1240 қоңырауға жауап берді, ал заңгерлеріміз 186 баланы мектепке жаздыруға көмектесті. Нөмірімізді таратқаныңыз үшін рахмет. Бұл санда – ең жиі қойылатын сұрақтар, сақтау керек бес құжат және 20 қарашаға арналған жоспарларымыз.',
      },
      ky: {
        subject: 'Биринчи айда 1240 чалуу: үй-бүлөлөр бизден эмнени сурашты',
        preheader:
          'Ишеним телефонунун жыйынтыктары, юристтин документтер тууралуу кеңеши жана Бүткүл дүйнөлүк балдар күнүнө чакыруу.',
        intro:
          'Урматтуу достор! Кампаниянын биринчи айында ишеним телефонубуз 1240 чалууга жооп берди, ал эми юристтерибиз 186 баланы мектепке каттатууга жардам беришти. Номерибизди таратканыңыз үчүн рахмат. Бул санда — эң көп берилген суроолор, сактоо керек болгон беш документ жана 20-ноябрга карата пландарыбыз.',
      },
      tg: {
        subject: '1240 занг дар моҳи аввал: оилаҳо аз мо чӣ пурсиданд',
        preheader:
          'Натиҷаҳои хати боварӣ, маслиҳати ҳуқуқшинос дар бораи ҳуҷҷатҳо ва даъватнома ба Рӯзи умумиҷаҳонии кӯдакон.',
        intro:
          'Дӯстони азиз! Дар моҳи аввали маърака хати боварии мо ба 1240 занг ҷавоб дод ва ҳуқуқшиносони мо ба 186 кӯдак дар сабти ном ба мактаб кӯмак карданд. Ташаккур, ки рақами моро паҳн мекунед. Дар ин шумора — саволҳое, ки аз ҳама бештар медиҳанд, панҷ ҳуҷҷате, ки бояд эҳтиёт кард, ва нақшаҳои мо барои 20 ноябр.',
      },
      uz: {
        subject: 'Birinchi oyda 1240 ta qoʻngʻiroq: oilalar bizdan nimalarni soʻradi',
        preheader:
          'Ishonch telefoni natijalari, yuristning hujjatlar haqidagi maslahati va Butunjahon bolalar kuniga taklif.',
        intro:
          'Aziz doʻstlar! Kampaniyaning birinchi oyida ishonch telefonimiz 1240 ta qoʻngʻiroqqa javob berdi, yuristlarimiz esa 186 bolani maktabga yozdirishga yordam berdi. Raqamimizni tarqatayotganingiz uchun rahmat. Ushbu sonda — eng koʻp beriladigan savollar, asrash kerak boʻlgan beshta hujjat va 20-noyabr uchun rejalarimiz.',
      },
    },
    sections: [
      {
        kind: 'story',
        target: { collection: 'posts', slug: 'what-we-heard-on-the-hotline' },
        text: {
          en: {
            headline: 'What we heard on the hotline',
            blurb: 'The most common questions from the first month, and our answers.',
          },
          ru: {
            headline: 'Что мы услышали на горячей линии',
            blurb: 'Самые частые вопросы первого месяца и наши ответы.',
          },
          kk: {
            headline: 'Жедел желіде не естідік',
            blurb: 'Алғашқы айдағы ең жиі қойылған сұрақтар және біздің жауаптарымыз.',
          },
          ky: {
            headline: 'Ишеним телефонунда эмнелерди уктук',
            blurb: 'Биринчи айдагы эң көп берилген суроолор жана биздин жоопторубуз.',
          },
          tg: {
            headline: 'Дар хати боварӣ чӣ шунидем',
            blurb: 'Саволҳое, ки дар моҳи аввал аз ҳама бештар доданд, ва ҷавобҳои мо.',
          },
          uz: {
            headline: 'Ishonch telefonida nimalarni eshitdik',
            blurb: 'Birinchi oydagi eng koʻp berilgan savollar va bizning javoblarimiz.',
          },
        },
      },
      {
        kind: 'story',
        target: { collection: 'posts', slug: 'five-documents-to-keep-safe' },
        text: {
          en: {
            headline: 'Five documents to keep safe',
            blurb: 'A lawyer explains which papers every migrant family needs and how to protect them.',
          },
          ru: {
            headline: 'Пять документов, которые нужно беречь',
            blurb: 'Юрист объясняет, какие бумаги нужны каждой семье мигрантов и как их сберечь.',
          },
          kk: {
            headline: 'Сақтау керек бес құжат',
            blurb:
              'Заңгер әр мигрант отбасына қандай қағаздар керек екенін және оларды қалай сақтау керектігін түсіндіреді.',
          },
          ky: {
            headline: 'Сактоо керек болгон беш документ',
            blurb:
              'Юрист ар бир мигрант үй-бүлөгө кандай кагаздар керек экенин жана аларды кантип сактоо керектигин түшүндүрөт.',
          },
          tg: {
            headline: 'Панҷ ҳуҷҷате, ки бояд эҳтиёт кард',
            blurb:
              'Ҳуқуқшинос мефаҳмонад, ки ба ҳар оилаи муҳоҷир кадом ҳуҷҷатҳо лозиманд ва чӣ тавр онҳоро ҳифз кардан мумкин аст.',
          },
          uz: {
            headline: 'Asrash kerak boʻlgan beshta hujjat',
            blurb:
              'Yurist har bir migrant oilaga qanday qogʻozlar kerakligini va ularni qanday asrashni tushuntiradi.',
          },
        },
      },
      {
        kind: 'event',
        date: '2026-11-20',
        text: {
          en: {
            title: 'World Children’s Day: open doors in Astana and Shymkent',
            place: 'Migrant Resource Centre, Astana, and consultation point, Shymkent',
            description:
              'Free consultations for parents, games and drawing for children, and information on school and health care, from 11:00 to 17:00.',
          },
          ru: {
            title: 'Всемирный день ребёнка: день открытых дверей в Астане и Шымкенте',
            place: 'Ресурсный центр для мигрантов, Астана, и консультационный пункт, Шымкент',
            description:
              'Бесплатные консультации для родителей, игры и рисование для детей, информация о школе и медицинской помощи, с 11:00 до 17:00.',
          },
          kk: {
            title: 'Дүниежүзілік балалар күні: Астана мен Шымкентте ашық есік күні',
            place: 'Мигранттарға арналған ресурстық орталық, Астана, және кеңес беру пункті, Шымкент',
            description:
              'Ата-аналарға тегін кеңес, балаларға ойындар мен сурет салу, мектеп пен медициналық көмек туралы ақпарат, 11:00-ден 17:00-ге дейін.',
          },
          ky: {
            title: 'Бүткүл дүйнөлүк балдар күнү: Астана менен Шымкентте ачык эшиктер күнү',
            place: 'Мигранттар үчүн ресурстук борбор, Астана, жана консультациялык пункт, Шымкент',
            description:
              'Ата-энелерге акысыз кеңеш, балдарга оюндар жана сүрөт тартуу, мектеп жана медициналык жардам тууралуу маалымат, саат 11:00дөн 17:00гө чейин.',
          },
          tg: {
            title: 'Рӯзи умумиҷаҳонии кӯдакон: рӯзи дарҳои кушод дар Остона ва Чимкент',
            place: 'Маркази ресурсии муҳоҷирон, Остона, ва нуқтаи машваратӣ, Чимкент',
            description:
              'Машварати ройгон барои волидон, бозӣ ва расмкашӣ барои кӯдакон, маълумот дар бораи мактаб ва ёрии тиббӣ, аз соати 11:00 то 17:00.',
          },
          uz: {
            title: 'Butunjahon bolalar kuni: Astana va Chimkentda ochiq eshiklar kuni',
            place: 'Migrantlar uchun resurs markazi, Astana, va maslahat punkti, Chimkent',
            description:
              'Ota-onalar uchun bepul maslahat, bolalar uchun oʻyinlar va rasm chizish, maktab va tibbiy yordam haqida maʼlumot, soat 11:00 dan 17:00 gacha.',
          },
        },
      },
      {
        kind: 'call-to-action',
        url: 'https://example.org/every-child-counts/survey',
        text: {
          en: {
            label: 'Tell us what you need',
            description:
              'Answer five short questions. Your answers are anonymous and help us plan the next months of the campaign.',
          },
          ru: {
            label: 'Расскажите, что вам нужно',
            description:
              'Ответьте на пять коротких вопросов. Ответы анонимны и помогут нам спланировать следующие месяцы кампании.',
          },
          kk: {
            label: 'Сізге не керек екенін айтыңыз',
            description:
              'Бес қысқа сұраққа жауап беріңіз. Жауаптар жасырын және науқанның келесі айларын жоспарлауға көмектеседі.',
          },
          ky: {
            label: 'Сизге эмне керек экенин айтыңыз',
            description:
              'Беш кыска суроого жооп бериңиз. Жооптор жашыруун жана кампаниянын кийинки айларын пландаштырууга жардам берет.',
          },
          tg: {
            label: 'Ба мо гӯед, ки ба шумо чӣ лозим аст',
            description:
              'Ба панҷ саволи кӯтоҳ ҷавоб диҳед. Ҷавобҳо беном мебошанд ва ба мо барои ба нақша гирифтани моҳҳои ояндаи маърака кӯмак мекунанд.',
          },
          uz: {
            label: 'Sizga nima kerakligini ayting',
            description:
              'Beshta qisqa savolga javob bering. Javoblar anonim va kampaniyaning keyingi oylarini rejalashtirishga yordam beradi.',
          },
        },
      },
    ],
  },
]
