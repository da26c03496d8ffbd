import type { SeedImage } from './types'

/**
 * Illustrations of the demo campaign "Every child counts". They are drawn locally by the seed.
 * `resource-centre-meeting` shows recognisable people whose consent was never recorded: a press
 * release uses it, and the press kit must leave it out.
 */
export const images: SeedImage[] = [
  {
    key: 'family-at-table',
    palette: 'dawn',
    motif: 'family',
    credit: 'Illustration: Dana Ospan for Jol Birge',
    licence: 'CC BY 4.0',
    showsIdentifiablePeople: false,
    consentRecorded: false,
    text: {
      en: {
        alt: 'Drawing in warm morning colours: a mother, a father and two children sit at a kitchen table with tea and bread. They are seen from behind, so no faces are shown.',
        caption: 'Breakfast before school and work.',
      },
      ru: {
        alt: 'Рисунок в тёплых утренних цветах: мама, папа и двое детей сидят за кухонным столом с чаем и хлебом. Их видно со спины, лиц не видно.',
        caption: 'Завтрак перед школой и работой.',
      },
      kk: {
        alt: 'Таңғы жылы түстердегі сурет: ана, әке және екі бала ас үйдегі үстел басында шай ішіп, нан жеп отыр. Олар арт жағынан бейнеленген, беттері көрінбейді.',
        caption: 'Мектеп пен жұмыс алдындағы таңғы ас.',
      },
      ky: {
        alt: 'Жылуу таңкы түстөрдөгү сүрөт: апа, ата жана эки бала ашканадагы столдо чай ичип, нан жеп отурушат. Алар артынан тартылган, жүздөрү көрүнбөйт.',
        caption: 'Мектеп жана жумуш алдындагы эртең мененки тамак.',
      },
      tg: {
        alt: 'Расм бо рангҳои гарми субҳ: модар, падар ва ду кӯдак дар сари мизи ошхона бо чой ва нон нишастаанд. Онҳо аз пушт тасвир шудаанд, чеҳраҳояшон намоён нестанд.',
        caption: 'Ноништа пеш аз мактаб ва кор.',
      },
      uz: {
        alt: 'Ertalabki iliq ranglardagi rasm: ona, ota va ikki bola oshxonadagi stol atrofida choy ichib, non yeb oʻtiribdi. Ular orqa tomondan chizilgan, yuzlari koʻrinmaydi.',
        caption: 'Maktab va ish oldidan nonushta.',
      },
    },
  },
  {
    key: 'border-road',
    palette: 'steppe',
    motif: 'road',
    credit: 'Illustration: Timur Alimov for Jol Birge',
    licence: 'CC BY-SA 4.0',
    showsIdentifiablePeople: false,
    consentRecorded: false,
    text: {
      en: {
        alt: 'Drawing of a straight road crossing the yellow steppe under a wide blue sky. A small bus drives towards a border post far away.',
        caption: 'The road to the border: plan your trip before you leave.',
      },
      ru: {
        alt: 'Рисунок: прямая дорога через жёлтую степь под широким голубым небом. Маленький автобус едет к далёкому пограничному пункту.',
        caption: 'Дорога к границе: спланируйте поездку заранее.',
      },
      kk: {
        alt: 'Сурет: кең көк аспан астында сары даланы кесіп өтетін түп-тура жол. Шағын автобус алыстағы шекара бекетіне қарай келе жатыр.',
        caption: 'Шекараға апаратын жол: сапарыңызды алдын ала жоспарлаңыз.',
      },
      ky: {
        alt: 'Сүрөт: кең көк асман астында сары талааны кесип өткөн түз жол. Кичинекей автобус алыстагы чек ара бекетине карай баратат.',
        caption: 'Чек арага баруучу жол: сапарыңызды алдын ала пландаңыз.',
      },
      tg: {
        alt: 'Расм: роҳи рост, ки аз дашти зард зери осмони кушоди кабуд мегузарад. Автобуси хурд ба сӯи посгоҳи сарҳадии дур меравад.',
        caption: 'Роҳ ба сарҳад: сафари худро пешакӣ ба нақша гиред.',
      },
      uz: {
        alt: 'Rasm: keng moviy osmon ostida sariq dashtni kesib oʻtgan toʻgʻri yoʻl. Kichik avtobus uzoqdagi chegara postiga qarab ketmoqda.',
        caption: 'Chegaraga olib boruvchi yoʻl: safaringizni oldindan rejalashtiring.',
      },
    },
  },
  {
    key: 'documents-folder',
    palette: 'river',
    motif: 'document',
    credit: 'Illustration: Dana Ospan for Jol Birge',
    licence: 'CC0 1.0',
    showsIdentifiablePeople: false,
    consentRecorded: false,
    text: {
      en: {
        alt: 'Drawing in blue and green tones of documents on a table: two passports, a child’s birth certificate, a migration card and a clear plastic folder.',
        caption: 'Keep your documents together, and keep copies.',
      },
      ru: {
        alt: 'Рисунок в сине-зелёных тонах: на столе лежат два паспорта, свидетельство о рождении ребёнка, миграционная карточка и прозрачная пластиковая папка.',
        caption: 'Храните документы вместе и делайте копии.',
      },
      kk: {
        alt: 'Көк-жасыл түстердегі сурет: үстелде екі төлқұжат, баланың туу туралы куәлігі, көші-қон карточкасы және мөлдір пластик папка жатыр.',
        caption: 'Құжаттарыңызды бір жерде сақтаңыз және көшірмесін жасаңыз.',
      },
      ky: {
        alt: 'Көк-жашыл түстөрдөгү сүрөт: столдо эки паспорт, баланын туулгандыгы тууралуу күбөлүгү, миграциялык карта жана тунук пластик папка жатат.',
        caption: 'Документтериңизди бир жерде сактаңыз жана көчүрмөсүн жасаңыз.',
      },
      tg: {
        alt: 'Расм бо рангҳои кабуду сабз: дар рӯи миз ду шиноснома, шаҳодатномаи таваллуди кӯдак, корти муҳоҷиратӣ ва ҷилди шаффофи пластикӣ гузошта шудаанд.',
        caption: 'Ҳуҷҷатҳоро якҷоя нигоҳ доред ва аз онҳо нусха гиред.',
      },
      uz: {
        alt: 'Koʻk-yashil ranglardagi rasm: stol ustida ikkita pasport, bolaning tugʻilganlik haqidagi guvohnomasi, migratsiya kartasi va shaffof plastik papka turibdi.',
        caption: 'Hujjatlaringizni bir joyda saqlang va nusxasini oling.',
      },
    },
  },
  {
    key: 'hotline-phone',
    palette: 'city',
    motif: 'phone',
    credit: 'Illustration: Timur Alimov for Jol Birge',
    licence: 'CC BY 4.0',
    showsIdentifiablePeople: false,
    consentRecorded: false,
    text: {
      en: {
        alt: 'Drawing of a hand holding a mobile phone in front of city lights at night. The screen shows the free hotline number +7 800 080 1234.',
        caption: 'One call is enough to start: the hotline is free.',
      },
      ru: {
        alt: 'Рисунок: рука держит мобильный телефон на фоне ночных огней города. На экране — номер бесплатной горячей линии +7 800 080 1234.',
        caption: 'Чтобы начать, достаточно одного звонка: горячая линия бесплатная.',
      },
      kk: {
        alt: 'Сурет: түнгі қала шамдарының аясында қолда ұялы телефон тұр. Экранда тегін жедел желінің нөмірі көрінеді: +7 800 080 1234.',
        caption: 'Бастау үшін бір қоңырау жеткілікті: жедел желі тегін.',
      },
      ky: {
        alt: 'Сүрөт: түнкү шаардын жарыктарынын фонунда колдо уюлдук телефон турат. Экранда акысыз ишеним телефонунун номери көрүнүп турат: +7 800 080 1234.',
        caption: 'Баштоо үчүн бир чалуу жетиштүү: ишеним телефону акысыз.',
      },
      tg: {
        alt: 'Расм: дасте, ки дар заминаи чароғҳои шабонаи шаҳр телефони мобилиро нигоҳ медорад. Дар экран рақами хати боварии ройгон намоён аст: +7 800 080 1234.',
        caption: 'Барои оғоз як занг кифоя аст: хати боварӣ ройгон аст.',
      },
      uz: {
        alt: 'Rasm: tungi shahar chiroqlari fonida qoʻlda mobil telefon. Ekranda bepul ishonch telefoni raqami koʻrinib turibdi: +7 800 080 1234.',
        caption: 'Boshlash uchun bitta qoʻngʻiroq yetarli: ishonch telefoni bepul.',
      },
    },
  },
  {
    // Recognisable faces, no consent on file: usable in the press release, never in the press kit.
    key: 'resource-centre-meeting',
    palette: 'city',
    motif: 'meeting',
    credit: 'Illustration after a photo by Daniyar Omarov, Migrant Resource Centre Almaty',
    licence: 'All rights reserved',
    showsIdentifiablePeople: true,
    consentRecorded: false,
    text: {
      en: {
        alt: 'Drawing made from a photo of a consultation day at the migrant resource centre in Almaty. A consultant in a green scarf shows a leaflet to six women and men around a table. Their faces are clearly recognisable.',
        caption: 'Consultation day at the migrant resource centre in Almaty.',
      },
      ru: {
        alt: 'Рисунок по фотографии дня консультаций в ресурсном центре для мигрантов в Алматы. Консультант в зелёном платке показывает листовку шести женщинам и мужчинам за столом. Их лица хорошо узнаваемы.',
        caption: 'День консультаций в ресурсном центре для мигрантов в Алматы.',
      },
      kk: {
        alt: 'Алматыдағы мигранттарға арналған ресурстық орталықта өткен кеңес беру күнінің фотосуретінен салынған сурет. Жасыл орамал таққан кеңесші үстел басында отырған алты әйел мен ерге парақша көрсетіп тұр. Олардың жүздері анық танылады.',
        caption: 'Алматыдағы мигранттарға арналған ресурстық орталықтағы кеңес беру күні.',
      },
      ky: {
        alt: 'Алматыдагы мигранттар үчүн ресурстук борбордогу консультация күнүнүн фотосүрөтүнүн негизинде тартылган сүрөт. Жашыл жоолук салынган кеңешчи стол тегерегинде отурган алты аял менен эркекке баракча көрсөтүп жатат. Алардын жүздөрү так таанылат.',
        caption: 'Алматыдагы мигранттар үчүн ресурстук борбордогу консультация күнү.',
      },
      tg: {
        alt: 'Расме, ки аз рӯи акси рӯзи машварат дар маркази ресурсии муҳоҷирон дар Алмаато кашида шудааст. Машваратчӣ бо рӯймоли сабз ба шаш зану мард дар гирди миз варақаеро нишон медиҳад. Чеҳраҳои онҳо хуб шинохта мешаванд.',
        caption: 'Рӯзи машварат дар маркази ресурсии муҳоҷирон дар Алмаато.',
      },
      uz: {
        alt: 'Olmaotadagi migrantlar uchun resurs markazida oʻtgan maslahat kuni suratidan chizilgan rasm. Yashil roʻmol oʻragan maslahatchi stol atrofida oʻtirgan olti nafar ayol va erkakka varaqa koʻrsatmoqda. Ularning yuzlari aniq tanib olinadi.',
        caption: 'Olmaotadagi migrantlar uchun resurs markazida maslahat kuni.',
      },
    },
  },
  {
    key: 'school-gate',
    palette: 'mountain',
    motif: 'school',
    credit: 'Illustration: Dana Ospan for Jol Birge',
    licence: 'CC BY 4.0',
    showsIdentifiablePeople: false,
    consentRecorded: false,
    text: {
      en: {
        alt: 'Drawing of three children with backpacks walking through an open school gate, seen from behind. Snowy mountains rise behind the school building.',
        caption: 'Every child has the right to go to school.',
      },
      ru: {
        alt: 'Рисунок: трое детей с рюкзаками входят в открытые школьные ворота, их видно со спины. За зданием школы — снежные горы.',
        caption: 'Каждый ребёнок имеет право ходить в школу.',
      },
      kk: {
        alt: 'Сурет: арқасында сөмкесі бар үш бала ашық тұрған мектеп қақпасынан кіріп келеді, олар арт жағынан көрінеді. Мектеп ғимаратының артында қарлы таулар тұр.',
        caption: 'Әр баланың мектепке баруға құқығы бар.',
      },
      ky: {
        alt: 'Сүрөт: белинде рюкзагы бар үч бала ачык турган мектептин дарбазасынан кирип баратат, алар артынан көрүнөт. Мектептин имаратынын артында карлуу тоолор турат.',
        caption: 'Ар бир баланын мектепке барууга укугу бар.',
      },
      tg: {
        alt: 'Расм: се кӯдак бо ҷузвдон аз дарвозаи кушодаи мактаб медароянд, онҳо аз пушт дида мешаванд. Дар паси бинои мактаб кӯҳҳои барфпӯш қад кашидаанд.',
        caption: 'Ҳар кӯдак ҳақ дорад ба мактаб равад.',
      },
      uz: {
        alt: 'Rasm: yelkasida ryukzagi bor uch bola ochiq turgan maktab darvozasidan kirib bormoqda, ular orqa tomondan koʻrinadi. Maktab binosi ortida qorli togʻlar koʻrinib turibdi.',
        caption: 'Har bir bola maktabga borish huquqiga ega.',
      },
    },
  },
  {
    key: 'lawyer-consultation',
    palette: 'dawn',
    motif: 'meeting',
    credit: 'Illustration: Timur Alimov for Jol Birge',
    licence: 'CC BY 4.0',
    showsIdentifiablePeople: true,
    consentRecorded: true,
    text: {
      en: {
        alt: 'Drawing of a young mother with a small boy on her lap talking with a lawyer at a desk. The lawyer points to a form; soft morning light fills the room.',
        caption:
          'A free consultation with a lawyer at the Astana resource centre. Shown with the family’s consent.',
      },
      ru: {
        alt: 'Рисунок: молодая мама с маленьким сыном на коленях разговаривает с юристом за столом. Юрист показывает на бланк; комнату освещает мягкий утренний свет.',
        caption: 'Бесплатная консультация юриста в ресурсном центре в Астане. Публикуется с согласия семьи.',
      },
      kk: {
        alt: 'Сурет: тізесінде кішкентай ұлы отырған жас ана үстел басында заңгермен сөйлесіп отыр. Заңгер бланкіні көрсетіп отыр; бөлмені таңғы жұмсақ жарық жарықтандырып тұр.',
        caption: 'Астанадағы ресурстық орталықта заңгердің тегін кеңесі. Отбасының келісімімен жарияланды.',
      },
      ky: {
        alt: 'Сүрөт: тизесинде кичинекей уулу отурган жаш апа стол артында юрист менен сүйлөшүп жатат. Юрист бланкты көрсөтүп жатат; бөлмөнү эртең мененки жумшак жарык жарытып турат.',
        caption:
          'Астанадагы ресурстук борбордо юристтин акысыз консультациясы. Үй-бүлөнүн макулдугу менен жарыяланды.',
      },
      tg: {
        alt: 'Расм: модари ҷавон, ки писарчаи хурдаш дар зонуяш нишастааст, бо ҳуқуқшинос дар паси миз сӯҳбат мекунад. Ҳуқуқшинос ба варақаи ариза ишора мекунад; ҳуҷраро нури мулоими субҳ равшан кардааст.',
        caption: 'Машварати ройгони ҳуқуқшинос дар маркази ресурсӣ дар Остона. Бо розигии оила нашр шудааст.',
      },
      uz: {
        alt: 'Rasm: tizzasida kichkina oʻgʻli oʻtirgan yosh ona stol ortida yurist bilan suhbatlashmoqda. Yurist blankani koʻrsatmoqda; xonani ertalabki mayin yorugʻlik yoritib turibdi.',
        caption:
          'Astanadagi resurs markazida yuristning bepul maslahati. Oilaning roziligi bilan eʼlon qilindi.',
      },
    },
  },
  {
    key: 'family-packing-suitcase',
    palette: 'steppe',
    motif: 'family',
    credit: 'Illustration: Dana Ospan for Jol Birge',
    licence: 'CC BY-SA 4.0',
    showsIdentifiablePeople: true,
    consentRecorded: true,
    text: {
      en: {
        alt: 'Drawing of a father and his teenage daughter packing a suitcase in a village house. On the bed lie passports, a phone charger and a sheet with important phone numbers.',
        caption:
          'Getting ready for the trip: documents and phone numbers first. Shown with the family’s consent.',
      },
      ru: {
        alt: 'Рисунок: отец и дочь-подросток собирают чемодан в сельском доме. На кровати лежат паспорта, зарядка для телефона и листок с важными номерами телефонов.',
        caption: 'Сборы в дорогу: сначала документы и номера телефонов. Публикуется с согласия семьи.',
      },
      kk: {
        alt: 'Сурет: ауылдағы үйде әке мен жасөспірім қызы чемодан жинап жатыр. Төсекте төлқұжаттар, телефон зарядтағышы және маңызды телефон нөмірлері жазылған парақ жатыр.',
        caption: 'Жолға дайындық: алдымен құжаттар мен телефон нөмірлері. Отбасының келісімімен жарияланды.',
      },
      ky: {
        alt: 'Сүрөт: айылдагы үйдө ата жана өспүрүм кызы чемодан жыйнап жатышат. Керебетте паспорттор, телефондун кубаттагычы жана маанилүү телефон номерлери жазылган барак жатат.',
        caption:
          'Жолго даярдык: адегенде документтер жана телефон номерлери. Үй-бүлөнүн макулдугу менен жарыяланды.',
      },
      tg: {
        alt: 'Расм: падар ва духтари наврасаш дар хонаи деҳотӣ ҷомадонро ҷамъ мекунанд. Дар болои кат шиносномаҳо, барқпуркунаки телефон ва варақе бо рақамҳои муҳими телефон гузошта шудаанд.',
        caption: 'Омодагӣ ба сафар: аввал ҳуҷҷатҳо ва рақамҳои телефон. Бо розигии оила нашр шудааст.',
      },
      uz: {
        alt: 'Rasm: qishloqdagi uyda ota va oʻsmir qizi chamadon yigʻishtirmoqda. Karavot ustida pasportlar, telefon quvvatlagichi va muhim telefon raqamlari yozilgan varaq turibdi.',
        caption:
          'Safarga tayyorgarlik: avval hujjatlar va telefon raqamlari. Oilaning roziligi bilan eʼlon qilindi.',
      },
    },
  },
]
