import type { SeedPost } from './types'

export const posts: SeedPost[] = [
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'malikas-first-day-at-school',
    campaigns: ['every-child-counts'],
    author: 'Zhanar Bekova',
    publishDate: '2026-09-29',
    topics: ['children-rights', 'health-and-education'],
    cover: 'family-at-table',
    text: {
      en: {
        title: '“Now she has friends”: Malika’s first day at school',
        excerpt:
          'Malika is nine. For two years she helped her mother at a market instead of going to school. This autumn she went back to class.',
        body: `Malika is nine years old. Her family came to Almaty from Tajikistan three years ago. Her father works on building sites, and her mother sells vegetables at a market. For two years, Malika did not go to school. She sat at the market stall and looked after her little brother.

“We were afraid,” says her mother, Zarina. “Our registration had run out. We thought the school would call the police.”

In early September, a neighbour took Zarina to a meeting of the Chashma Tajik community association. A lawyer from the migrant resource centre spoke there. Two days later, Zarina came to the centre with all the papers she had: two passports, Malika’s birth certificate and an old school report from Khujand.

## What happened next

- The lawyer explained the family’s rights and the ways to sort out their documents.
- Together they went to the school near their home and spoke with the deputy head.
- The school asked for a medical certificate. A clinic nearby gave it in two days.
- With the centre’s help, the family started to renew their registration.

On 21 September, Malika went to class with a new backpack. Her teacher gives her extra lessons in Russian. Her favourite subject is Kazakh.

“Now she has friends,” says Zarina. “She comes home and teaches her brother the letters.”

## Why we tell this story

Many families still live the way Malika’s family lived before: in fear and without information. Their children lose years of learning. Every child counts, and every year at school matters.

If your child does not go to school, call the free hotline [+7 800 080 1234](tel:+78000801234). We keep your story private.

*The names in this story have been changed. The family agreed to share it.*`,
      },
      ru: {
        title: '«Теперь у неё есть друзья»: первый школьный день Малики',
        excerpt:
          'Малике девять лет. Два года она помогала маме на рынке вместо того, чтобы ходить в школу. Этой осенью она снова пошла в класс.',
        body: `Малике девять лет. Её семья приехала в Алматы из Таджикистана три года назад. Папа работает на стройках, мама продаёт овощи на рынке. Два года Малика не ходила в школу. Она сидела за прилавком и присматривала за младшим братом.

«Мы боялись, — рассказывает её мама Зарина. — У нас закончилась регистрация. Мы думали, что школа вызовет полицию».

В начале сентября соседка привела Зарину на встречу таджикской общины «Чашма». Там выступал юрист ресурсного центра для мигрантов. Через два дня Зарина пришла в центр со всеми бумагами, которые у неё были: два паспорта, свидетельство о рождении Малики и старый школьный табель из Худжанда.

## Что было дальше

- Юрист объяснил, какие права есть у семьи и как можно привести документы в порядок.
- Вместе они пошли в школу рядом с домом и поговорили с завучем.
- Школа попросила медицинскую справку. Поликлиника рядом выдала её за два дня.
- С помощью центра семья начала продлевать регистрацию.

21 сентября Малика пошла в класс с новым рюкзаком. Учительница дополнительно занимается с ней русским языком. Любимый предмет Малики — казахский язык.

«Теперь у неё есть друзья, — говорит Зарина. — Она приходит домой и учит брата буквам».

## Почему мы рассказываем эту историю

Многие семьи до сих пор живут так, как раньше жила семья Малики: в страхе и без информации. Их дети теряют годы учёбы. Каждый ребёнок важен, и каждый год в школе имеет значение.

Если ваш ребёнок не ходит в школу, звоните на бесплатную горячую линию [+7 800 080 1234](tel:+78000801234). Мы сохраним вашу историю в тайне.

*Имена в этой истории изменены. Семья согласилась её рассказать.*`,
      },
      kk: {
        title: '«Енді оның достары бар»: Маликаның мектептегі алғашқы күні',
        excerpt:
          'Малика тоғыз жаста. Екі жыл бойы ол мектепке барудың орнына базарда анасына көмектесті. Биыл күзде ол сыныпқа қайта оралды.',
        body: `Малика тоғыз жаста. Оның отбасы үш жыл бұрын Тәжікстаннан Алматыға келген. Әкесі құрылыста жұмыс істейді, анасы базарда көкөніс сатады. Екі жыл бойы Малика мектепке бармады. Ол базардағы сөреде отырып, інісін бағып жүрді.

«Біз қорықтық, – дейді анасы Зарина. – Тіркеуіміздің мерзімі бітіп қалған еді. Мектеп полиция шақырады деп ойладық».

Қыркүйектің басында көршісі Заринаны «Чашма» тәжік қауымдастығының жиналысына ертіп барды. Онда мигранттарға арналған ресурстық орталықтың заңгері сөз сөйледі. Екі күннен кейін Зарина қолындағы барлық қағазды алып, орталыққа келді: екі төлқұжат, Маликаның туу туралы куәлігі және Худжандтағы мектептен алынған ескі табель.

## Одан кейін не болды

- Заңгер отбасының құқықтарын және құжаттарды ретке келтіру жолдарын түсіндірді.
- Олар бірге үйге жақын мектепке барып, директордың орынбасарымен сөйлесті.
- Мектеп медициналық анықтама сұрады. Жақын маңдағы емхана оны екі күнде берді.
- Орталықтың көмегімен отбасы тіркеуін ұзарта бастады.

21 қыркүйекте Малика жаңа сөмкесімен сыныпқа барды. Мұғалімі онымен орыс тілінен қосымша сабақ өткізеді. Маликаның ең сүйікті пәні – қазақ тілі.

«Енді оның достары бар, – дейді Зарина. – Ол үйге келіп, інісіне әріп үйретеді».

## Бұл оқиғаны неге айтып отырмыз

Маликаның отбасы бұрын қалай өмір сүрсе, көп отбасы әлі күнге дейін солай өмір сүріп жатыр: қорқынышпен және ақпаратсыз. Олардың балалары оқудан жылдар бойы қалып қояды. Әр бала маңызды, мектептегі әр жыл маңызды.

Балаңыз мектепке бармаса, тегін жедел желіге қоңырау шалыңыз: [+7 800 080 1234](tel:+78000801234). Сіздің оқиғаңызды құпия сақтаймыз.

*Бұл оқиғадағы есімдер өзгертілген. Отбасы оны айтуға келісім берді.*`,
      },
      ky: {
        title: '«Азыр анын достору бар»: Маликанын мектептеги биринчи күнү',
        excerpt:
          'Малика тогуз жашта. Эки жыл бою ал мектепке барбай, базарда апасына жардам берди. Быйыл күзүндө ал кайра класска барды.',
        body: `Малика тогуз жашта. Анын үй-бүлөсү үч жыл мурун Тажикстандан Алматыга келген. Атасы курулушта иштейт, апасы базарда жашылча сатат. Эки жыл бою Малика мектепке барган жок. Ал базардагы дүкөндө отуруп, инисин карачу.

«Биз коркчубуз, — дейт апасы Зарина. — Каттообуздун мөөнөтү бүтүп калган. Мектеп полиция чакырат деп ойлогонбуз».

Сентябрдын башында кошунасы Заринаны «Чашма» тажик жамаатынын жыйынына алып барды. Ал жерде мигранттар үчүн ресурстук борбордун юристи сүйлөдү. Эки күндөн кийин Зарина колундагы бардык кагаздарды алып, борборго келди: эки паспорт, Маликанын туулгандыгы тууралуу күбөлүгү жана Кожент шаарындагы мектептен алынган эски табель.

## Андан кийин эмне болду

- Юрист үй-бүлөнүн укуктарын жана документтерди тартипке келтирүүнүн жолдорун түшүндүрдү.
- Алар бирге үйүнө жакын мектепке барып, директордун орун басары менен сүйлөштү.
- Мектеп медициналык маалымкат сурады. Жакын жердеги клиника аны эки күндө берди.
- Борбордун жардамы менен үй-бүлө каттоосун узарта баштады.

21-сентябрда Малика жаңы рюкзагы менен класска барды. Мугалими аны менен орус тилинен кошумча сабак өтөт. Маликанын эң жакшы көргөн сабагы — казак тили.

«Азыр анын достору бар, — дейт Зарина. — Ал үйгө келип, инисине тамгаларды үйрөтөт».

## Бул окуяны эмне үчүн айтып жатабыз

Маликанын үй-бүлөсү мурун кандай жашаса, көп үй-бүлөлөр азыр да ошондой жашашат: коркуу менен жана маалыматсыз. Алардын балдары окуудан жылдар бою калып калышат. Ар бир бала маанилүү, мектептеги ар бир жыл маанилүү.

Балаңыз мектепке барбаса, акысыз ишеним телефонуна чалыңыз: [+7 800 080 1234](tel:+78000801234). Сиздин окуяңызды купуя сактайбыз.

*Бул окуядагы ысымдар өзгөртүлгөн. Үй-бүлө аны айтып берүүгө макул болду.*`,
      },
      tg: {
        title: '«Акнун ӯ дӯстон дорад»: рӯзи аввали мактаби Малика',
        excerpt:
          'Малика нӯҳсола аст. Ду сол ба ҷои мактаб ӯ дар бозор ба модараш кӯмак мекард. Тирамоҳи имсол ӯ боз ба синф баргашт.',
        body: `Малика нӯҳсола аст. Оилаи ӯ се сол пеш аз Тоҷикистон ба Алмаато омадааст. Падараш дар сохтмон кор мекунад, модараш дар бозор сабзавот мефурӯшад. Ду сол Малика ба мактаб нарафт. Ӯ дар назди растаи бозор менишаст ва бародарчаашро нигоҳубин мекард.

«Мо метарсидем, — мегӯяд модараш Зарина. — Мӯҳлати бақайдгирии мо гузашта буд. Гумон мекардем, ки мактаб политсияро даъват мекунад».

Аввали сентябр ҳамсояаш Заринаро ба вохӯрии ҷамъияти тоҷикони «Чашма» бурд. Дар он ҷо ҳуқуқшиноси маркази ресурсии муҳоҷирон суханронӣ кард. Пас аз ду рӯз Зарина бо ҳамаи ҳуҷҷатҳое, ки дошт, ба марказ омад: ду шиноснома, шаҳодатномаи таваллуди Малика ва табели кӯҳнаи мактабӣ аз Хуҷанд.

## Баъд чӣ шуд

- Ҳуқуқшинос ҳуқуқҳои оила ва роҳҳои ба тартиб овардани ҳуҷҷатҳоро фаҳмонд.
- Онҳо якҷоя ба мактаби наздики хона рафтанд ва бо муовини директор сӯҳбат карданд.
- Мактаб маълумотномаи тиббӣ талаб кард. Дармонгоҳи наздик онро дар ду рӯз дод.
- Бо кӯмаки марказ оила тамдиди бақайдгирии худро оғоз кард.

21 сентябр Малика бо ҷузвдони нав ба синф рафт. Муаллимааш бо ӯ аз забони русӣ дарсҳои иловагӣ мегузаронад. Фанни дӯстдоштаи Малика забони қазоқӣ аст.

«Акнун ӯ дӯстон дорад, — мегӯяд Зарина. — Ӯ ба хона омада, ба бародараш ҳарфҳоро меомӯзонад».

## Чаро мо ин қиссаро нақл мекунем

Бисёр оилаҳо ҳоло ҳам ҳамон тавр зиндагӣ мекунанд, ки оилаи Малика пештар мезист: дар тарс ва бе маълумот. Фарзандони онҳо солҳои таҳсилро аз даст медиҳанд. Ҳар як кӯдак муҳим аст ва ҳар соли мактаб аҳамият дорад.

Агар фарзандатон ба мактаб наравад, ба хати боварии ройгон занг занед: [+7 800 080 1234](tel:+78000801234). Мо қиссаи шуморо махфӣ нигоҳ медорем.

*Номҳо дар ин қисса иваз карда шудаанд. Оила розӣ шуд, ки онро нақл кунем.*`,
      },
      uz: {
        title: '“Endi uning doʻstlari bor”: Malikaning maktabdagi birinchi kuni',
        excerpt:
          'Malika toʻqqiz yoshda. Ikki yil davomida u maktabga borish oʻrniga bozorda onasiga yordam berdi. Bu kuz u yana sinfga qaytdi.',
        body: `Malika toʻqqiz yoshda. Uning oilasi uch yil oldin Tojikistondan Olmaotaga kelgan. Otasi qurilishda ishlaydi, onasi bozorda sabzavot sotadi. Ikki yil davomida Malika maktabga bormadi. U bozordagi rastada oʻtirib, ukasiga qarardi.

“Biz qoʻrqardik, — deydi onasi Zarina. — Roʻyxatimizning muddati tugab qolgan edi. Maktab politsiya chaqiradi, deb oʻylagandik.”

Sentabr boshida qoʻshnisi Zarinani “Chashma” tojik jamoasining yigʻilishiga olib bordi. U yerda migrantlar uchun resurs markazining yuristi soʻzga chiqdi. Ikki kundan keyin Zarina bor barcha qogʻozlarini olib, markazga keldi: ikkita pasport, Malikaning tugʻilganlik haqidagi guvohnomasi va Xoʻjanddagi maktabdan olingan eski tabel.

## Keyin nima boʻldi

- Yurist oilaning huquqlarini va hujjatlarni tartibga keltirish yoʻllarini tushuntirdi.
- Ular birga uyga yaqin maktabga borib, direktor oʻrinbosari bilan gaplashdi.
- Maktab tibbiy maʼlumotnoma soʻradi. Yaqindagi poliklinika uni ikki kunda berdi.
- Markaz yordamida oila roʻyxat muddatini uzaytirishni boshladi.

21-sentabrda Malika yangi ryukzagi bilan sinfga bordi. Oʻqituvchisi u bilan rus tilidan qoʻshimcha dars oʻtadi. Malikaning eng sevimli fani — qozoq tili.

“Endi uning doʻstlari bor, — deydi Zarina. — U uyga kelib, ukasiga harflarni oʻrgatadi.”

## Bu voqeani nega aytyapmiz

Koʻp oilalar hozir ham Malikaning oilasi avval qanday yashagan boʻlsa, shunday yashayapti: qoʻrquv ichida va maʼlumotsiz. Ularning farzandlari yillab oʻqishdan qoladi. Har bir bola muhim, maktabdagi har bir yil muhim.

Farzandingiz maktabga bormasa, bepul ishonch telefoniga qoʻngʻiroq qiling: [+7 800 080 1234](tel:+78000801234). Hikoyangizni sir saqlaymiz.

*Bu hikoyadagi ismlar oʻzgartirilgan. Oila uni aytib berishga rozi boʻldi.*`,
      },
    },
  },
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'five-documents-to-keep-safe',
    campaigns: ['every-child-counts'],
    author: 'Rustam Nazarov',
    publishDate: '2026-10-06',
    topics: ['regularisation', 'where-to-get-help'],
    cover: 'documents-folder',
    text: {
      en: {
        title: 'Five documents every migrant family should keep safe',
        excerpt:
          'A lawyer from the Almaty resource centre explains which papers to keep, how to copy them and what to do if one is lost.',
        body: `Every week, families come to our centre with the same problem: a document is lost or has expired. Often one small step, taken in time, would have saved months of trouble. Here are five documents to keep safe. Checking them takes ten minutes and can save you a lot of time and money.

## Five documents

### Passports

Check the expiry date of every passport in the family, including the children’s. Start renewing a passport at least six months before it expires.

### Birth certificates

A child needs a birth certificate to go to school and to see a doctor. If your baby was born in Kazakhstan, register the birth at the registry office (ZAGS) as soon as you can.

### Migration card and registration

Keep the migration card you received at the border and the paper that shows your registration. Check the dates and set a reminder on your phone.

### Work contract

A written contract protects your pay and your rights. Keep a copy at home, not only at work. If you have no contract, write down every day how many hours you worked and how much you were paid.

### School and medical papers

Keep your children’s school reports and vaccination cards. With them, a new school or clinic can accept your child faster.

## How to keep them safe

- Keep all originals together in one waterproof folder.
- Take clear photos of every page. Save them on your phone and send them to your own email.
- Give copies to a relative you trust.
- Never leave your passport with an employer or a landlord.

If a document is lost or stolen, do not panic. Call the free hotline [+7 800 080 1234](tel:+78000801234) or come to the centre. We will tell you what to do, step by step.

More advice: [example.org/every-child-counts/documents](https://example.org/every-child-counts/documents)`,
      },
      ru: {
        title: 'Пять документов, которые каждой семье мигрантов нужно беречь',
        excerpt:
          'Юрист ресурсного центра в Алматы объясняет, какие бумаги хранить, как делать копии и что делать, если документ потерян.',
        body: `Каждую неделю в наш центр приходят семьи с одной и той же проблемой: документ потерян или просрочен. Часто один маленький шаг, сделанный вовремя, избавил бы от месяцев хлопот. Вот пять документов, которые нужно беречь. Проверка займёт десять минут, а сберечь может много времени и денег.

## Пять документов

### Паспорта

Проверьте срок действия каждого паспорта в семье, в том числе детских. Начинайте менять паспорт минимум за шесть месяцев до конца срока.

### Свидетельства о рождении

Свидетельство о рождении нужно ребёнку, чтобы ходить в школу и к врачу. Если ваш малыш родился в Казахстане, как можно скорее зарегистрируйте рождение в ЗАГСе.

### Миграционная карточка и регистрация

Храните миграционную карточку, которую вы получили на границе, и бумагу о регистрации. Проверьте сроки и поставьте напоминание в телефоне.

### Трудовой договор

Письменный договор защищает вашу зарплату и ваши права. Храните копию дома, а не только на работе. Если договора нет, каждый день записывайте, сколько часов вы работали и сколько денег получили.

### Школьные и медицинские документы

Храните табели детей и прививочные карты. С ними новая школа или поликлиника быстрее примет ребёнка.

## Как их сберечь

- Держите все оригиналы вместе, в одной непромокаемой папке.
- Сфотографируйте каждую страницу. Сохраните фото в телефоне и отправьте на свою электронную почту.
- Отдайте копии родственнику, которому доверяете.
- Никогда не оставляйте паспорт у работодателя или хозяина жилья.

Если документ потерян или украден, не паникуйте. Позвоните на бесплатную горячую линию [+7 800 080 1234](tel:+78000801234) или приходите в центр. Мы шаг за шагом расскажем, что делать.

Больше советов: [example.org/every-child-counts/documents](https://example.org/every-child-counts/documents)`,
      },
      kk: {
        title: 'Әр мигрант отбасы сақтауы тиіс бес құжат',
        excerpt:
          'Алматыдағы ресурстық орталықтың заңгері қандай қағаздарды сақтау керектігін, олардың көшірмесін қалай жасауды және құжат жоғалса не істеу керектігін түсіндіреді.',
        body: `Біздің орталыққа апта сайын отбасылар бір мәселемен келеді: құжат жоғалған немесе мерзімі өтіп кеткен. Көбіне уақытында жасалған бір кішкентай қадам айлар бойғы әурешіліктен құтқарар еді. Міне, сақтау керек бес құжат. Оларды тексеруге он минут кетеді, ал бұл сізге көп уақыт пен ақша үнемдеуі мүмкін.

## Бес құжат

### Төлқұжаттар

Отбасындағы әр төлқұжаттың, соның ішінде балалардың төлқұжатының мерзімін тексеріңіз. Төлқұжатты мерзімі біткенге дейін кемінде алты ай бұрын ауыстыра бастаңыз.

### Туу туралы куәліктер

Балаға мектепке бару және дәрігерге қаралу үшін туу туралы куәлік керек. Сәбиіңіз Қазақстанда туса, оны АХАЖ бөлімінде мүмкіндігінше тез тіркеңіз.

### Көші-қон карточкасы және тіркеу

Шекарада алған көші-қон карточкаңызды және тіркеуіңізді растайтын қағазды сақтаңыз. Мерзімдерін тексеріп, телефоныңызға еске салғыш қойыңыз.

### Еңбек шарты

Жазбаша шарт жалақыңыз бен құқықтарыңызды қорғайды. Оның көшірмесін жұмыста ғана емес, үйде де сақтаңыз. Шарт болмаса, жұмыс істеген сағаттарыңыз бен алған ақшаңызды күн сайын жазып отырыңыз.

### Мектеп және медициналық құжаттар

Балалардың мектеп табельдері мен екпе карталарын сақтаңыз. Олар болса, жаңа мектеп немесе емхана баланы тезірек қабылдайды.

## Оларды қалай сақтау керек

- Барлық түпнұсқаны су өтпейтін бір папкада бірге ұстаңыз.
- Әр бетті анық етіп суретке түсіріңіз. Суреттерді телефоныңызда сақтап, өз электрондық поштаңызға жіберіңіз.
- Көшірмелерін сенімді туысыңызға беріңіз.
- Төлқұжатыңызды ешқашан жұмыс берушіде немесе пәтер иесінде қалдырмаңыз.

Құжат жоғалса немесе ұрланса, сасқалақтамаңыз. Тегін жедел желіге қоңырау шалыңыз: [+7 800 080 1234](tel:+78000801234) немесе орталыққа келіңіз. Не істеу керектігін қадам-қадаммен айтып береміз.

Қосымша кеңестер: [example.org/every-child-counts/documents](https://example.org/every-child-counts/documents)`,
      },
      ky: {
        title: 'Ар бир мигрант үй-бүлө сакташы керек болгон беш документ',
        excerpt:
          'Алматыдагы ресурстук борбордун юристи кайсы кагаздарды сактоо керектигин, алардын көчүрмөсүн кантип жасоону жана документ жоголсо эмне кылуу керектигин түшүндүрөт.',
        body: `Биздин борборго жума сайын үй-бүлөлөр бир эле көйгөй менен келишет: документ жоголгон же мөөнөтү бүткөн. Көбүнчө убагында жасалган бир кичинекей кадам айлар бою убара болуудан сактамак. Мына, сактоо керек болгон беш документ. Аларды текшерүүгө он мүнөт кетет, бирок бул сизге көп убакыт жана акча үнөмдөп бериши мүмкүн.

## Беш документ

### Паспорттор

Үй-бүлөдөгү ар бир паспорттун, анын ичинде балдардын паспортунун мөөнөтүн текшериңиз. Паспортту мөөнөтү бүткөнгө чейин кеминде алты ай мурун алмаштыра баштаңыз.

### Туулгандыгы тууралуу күбөлүктөр

Балага мектепке барууга жана дарыгерге көрүнүүгө туулгандыгы тууралуу күбөлүк керек. Ымыркайыңыз Казакстанда төрөлсө, анын төрөлгөнүн ЗАГСта мүмкүн болушунча тез каттатыңыз.

### Миграциялык карта жана каттоо

Чек арада алган миграциялык картаңызды жана каттоодон өткөнүңүздү тастыктаган кагазды сактаңыз. Мөөнөттөрүн текшерип, телефонуңузга эскертме коюңуз.

### Эмгек келишими

Жазуу жүзүндөгү келишим айлыгыңызды жана укуктарыңызды коргойт. Анын көчүрмөсүн жумушта гана эмес, үйдө да сактаңыз. Келишим жок болсо, иштеген саатыңызды жана алган акчаңызды күн сайын жазып туруңуз.

### Мектеп жана медициналык документтер

Балдардын мектеп табелдерин жана эмдөө карталарын сактаңыз. Алар болсо, жаңы мектеп же клиника баланы тезирээк кабыл алат.

## Аларды кантип сактоо керек

- Бардык түп нускаларды суу өтпөгөн бир папкада чогуу кармаңыз.
- Ар бир баракты так сүрөткө тартыңыз. Сүрөттөрдү телефонуңузда сактап, өзүңүздүн электрондук почтаңызга жөнөтүңүз.
- Көчүрмөлөрүн ишенген тууганыңызга бериңиз.
- Паспортуңузду эч качан иш берүүчүдө же батир ээсинде калтырбаңыз.

Документ жоголсо же уурдалса, дүрбөлөңгө түшпөңүз. Акысыз ишеним телефонуна чалыңыз: [+7 800 080 1234](tel:+78000801234) же борборго келиңиз. Эмне кылуу керектигин кадам-кадамы менен айтып беребиз.

Кошумча кеңештер: [example.org/every-child-counts/documents](https://example.org/every-child-counts/documents)`,
      },
      tg: {
        title: 'Панҷ ҳуҷҷате, ки ҳар оилаи муҳоҷир бояд эҳтиёт кунад',
        excerpt:
          'Ҳуқуқшиноси маркази ресурсӣ дар Алмаато мефаҳмонад, ки кадом ҳуҷҷатҳоро нигоҳ доштан лозим аст, чӣ тавр аз онҳо нусха гирифтан мумкин аст ва агар ҳуҷҷат гум шавад, чӣ бояд кард.',
        body: `Ҳар ҳафта ба маркази мо оилаҳо бо як мушкил меоянд: ҳуҷҷат гум шудааст ё мӯҳлаташ гузаштааст. Аксар вақт як қадами хурде, ки саривақт гузошта мешуд, аз моҳҳо ташвиш наҷот медод. Инак, панҷ ҳуҷҷате, ки бояд эҳтиёт кард. Санҷиши онҳо даҳ дақиқа вақт мегирад, аммо метавонад вақт ва пули зиёди шуморо сарфа кунад.

## Панҷ ҳуҷҷат

### Шиносномаҳо

Мӯҳлати эътибори ҳар шиносномаро дар оила, аз ҷумла шиносномаҳои кӯдаконро, санҷед. Ивази шиносномаро ақаллан шаш моҳ пеш аз ба охир расидани мӯҳлаташ оғоз кунед.

### Шаҳодатномаҳои таваллуд

Барои ба мактаб ва ба духтур рафтан ба кӯдак шаҳодатномаи таваллуд лозим аст. Агар кӯдаки шумо дар Қазоқистон таваллуд шуда бошад, таваллудро ҳар чи зудтар дар ЗАГС ба қайд гиред.

### Корти муҳоҷиратӣ ва бақайдгирӣ

Корти муҳоҷиратиеро, ки дар сарҳад гирифтаед, ва ҳуҷҷати бақайдгириро нигоҳ доред. Мӯҳлатҳоро санҷед ва дар телефон ёдраскунак гузоред.

### Шартномаи меҳнатӣ

Шартномаи хаттӣ музд ва ҳуқуқҳои шуморо ҳимоя мекунад. Нусхаи онро на танҳо дар ҷои кор, балки дар хона ҳам нигоҳ доред. Агар шартнома надошта бошед, ҳар рӯз нависед, ки чанд соат кор кардед ва чӣ қадар пул гирифтед.

### Ҳуҷҷатҳои мактабӣ ва тиббӣ

Табелҳои мактабӣ ва кортҳои эмкунии фарзандонро нигоҳ доред. Бо онҳо мактаб ё дармонгоҳи нав кӯдакро зудтар қабул мекунад.

## Чӣ тавр онҳоро эҳтиёт кардан мумкин аст

- Ҳамаи нусхаҳои аслиро якҷоя дар як ҷилди обногузар нигоҳ доред.
- Аз ҳар саҳифа акси равшан гиред. Аксҳоро дар телефон нигоҳ доред ва ба почтаи электронии худ фиристед.
- Нусхаҳоро ба хешованде, ки ба ӯ бовар доред, диҳед.
- Ҳеҷ гоҳ шиносномаатонро назди корфармо ё соҳиби хона нагузоред.

Агар ҳуҷҷат гум ё дуздида шавад, ба воҳима наафтед. Ба хати боварии ройгон занг занед: [+7 800 080 1234](tel:+78000801234) ё ба марказ биёед. Мо қадам ба қадам мегӯем, ки чӣ бояд кард.

Маслиҳатҳои бештар: [example.org/every-child-counts/documents](https://example.org/every-child-counts/documents)`,
      },
      uz: {
        title: 'Har bir migrant oila asrashi kerak boʻlgan beshta hujjat',
        excerpt:
          'Olmaotadagi resurs markazi yuristi qaysi qogʻozlarni saqlash, ulardan qanday nusxa olish va hujjat yoʻqolsa nima qilish kerakligini tushuntiradi.',
        body: `Har hafta markazimizga oilalar bir xil muammo bilan keladi: hujjat yoʻqolgan yoki muddati oʻtgan. Koʻpincha oʻz vaqtida qoʻyilgan bitta kichik qadam oylab ovoragarchilikdan qutqarardi. Mana, asrash kerak boʻlgan beshta hujjat. Ularni tekshirish oʻn daqiqa vaqt oladi, lekin sizga koʻp vaqt va pulni tejab qolishi mumkin.

## Beshta hujjat

### Pasportlar

Oiladagi har bir pasportning, jumladan, bolalar pasportlarining amal qilish muddatini tekshiring. Pasportni almashtirishni muddati tugashidan kamida olti oy oldin boshlang.

### Tugʻilganlik haqidagi guvohnomalar

Bolaga maktabga borish va shifokorga koʻrinish uchun tugʻilganlik haqidagi guvohnoma kerak. Chaqalogʻingiz Qozogʻistonda tugʻilgan boʻlsa, uni imkon qadar tezroq ZAGSda roʻyxatdan oʻtkazing.

### Migratsiya kartasi va roʻyxat

Chegarada olgan migratsiya kartangizni va roʻyxatdan oʻtganingizni tasdiqlovchi qogʻozni saqlang. Muddatlarini tekshiring va telefoningizga eslatma qoʻying.

### Mehnat shartnomasi

Yozma shartnoma maoshingiz va huquqlaringizni himoya qiladi. Uning nusxasini faqat ishda emas, uyda ham saqlang. Shartnomangiz boʻlmasa, har kuni necha soat ishlaganingiz va qancha pul olganingizni yozib boring.

### Maktab va tibbiy hujjatlar

Bolalarning maktab tabellari va emlash kartalarini saqlang. Ular boʻlsa, yangi maktab yoki poliklinika bolani tezroq qabul qiladi.

## Ularni qanday asrash kerak

- Barcha asl nusxalarni suv oʻtkazmaydigan bitta papkada birga saqlang.
- Har bir sahifani aniq suratga oling. Suratlarni telefoningizda saqlang va oʻz elektron pochtangizga yuboring.
- Nusxalarini ishonchli qarindoshingizga bering.
- Pasportingizni hech qachon ish beruvchi yoki uy egasida qoldirmang.

Hujjat yoʻqolsa yoki oʻgʻirlansa, vahimaga tushmang. Bepul ishonch telefoniga qoʻngʻiroq qiling: [+7 800 080 1234](tel:+78000801234) yoki markazga keling. Nima qilish kerakligini qadamma-qadam aytib beramiz.

Koʻproq maslahatlar: [example.org/every-child-counts/documents](https://example.org/every-child-counts/documents)`,
      },
    },
  },
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'what-we-heard-on-the-hotline',
    campaigns: ['every-child-counts'],
    author: 'Madina Yusupova',
    publishDate: '2026-10-27',
    topics: ['where-to-get-help', 'children-rights'],
    cover: 'hotline-phone',
    text: {
      en: {
        title: 'What we heard on the hotline in the first month',
        excerpt:
          '1,240 calls in four weeks. Hotline coordinator Madina Yusupova shares the most common questions and our answers.',
        body: `Our hotline opened on 15 September. In the first four weeks, our consultants answered 1,240 calls. About half of the callers spoke Russian. The others spoke Kazakh, Uzbek, Tajik, Kyrgyz or English. Here are the questions we heard most often.

## “Can my child go to school without registration?”

This was the most common question. Our answer: every child has the right to learn. Go to the school near your home and bring the documents you have. If the school says no, call us, and a lawyer will help.

## “My passport has expired. What now?”

Contact the embassy or consulate of your country. They can give you a new passport or a document to travel home. Our lawyers can help you prepare the papers.

## “My employer keeps my passport.”

Nobody has the right to keep your passport. We explain how to get it back. If needed, we put you in touch with a lawyer.

## “Where can I take my child to a doctor?”

In an emergency, call 103 for an ambulance. In other cases, ask us: we know clinics and NGOs in Almaty, Astana and Shymkent that help migrant families.

## What we learned

- Many people call late in the evening, after work. That is why the hotline works until 20:00.
- Women call more often than men, usually about their children.
- Most callers heard about us from a neighbour or a community association, not from posters.

Thank you to everyone who called us and shared our number. Every call helps us understand what families need.

The hotline works Monday to Saturday, from 9:00 to 20:00: [+7 800 080 1234](tel:+78000801234). The call is free.`,
      },
      ru: {
        title: 'Что мы услышали на горячей линии за первый месяц',
        excerpt:
          '1240 звонков за четыре недели. Координатор горячей линии Мадина Юсупова рассказывает о самых частых вопросах и наших ответах.',
        body: `Наша горячая линия открылась 15 сентября. За первые четыре недели консультанты ответили на 1240 звонков. Примерно половина позвонивших говорила по-русски. Остальные говорили на казахском, узбекском, таджикском, кыргызском или английском языке. Вот вопросы, которые мы слышали чаще всего.

## «Может ли мой ребёнок ходить в школу без регистрации?»

Это был самый частый вопрос. Наш ответ: каждый ребёнок имеет право учиться. Идите в школу рядом с домом и возьмите документы, которые у вас есть. Если школа отказывает, звоните нам, и юрист поможет.

## «У меня закончился срок паспорта. Что делать?»

Обратитесь в посольство или консульство вашей страны. Там могут выдать новый паспорт или документ для возвращения домой. Наши юристы помогут подготовить бумаги.

## «Работодатель держит у себя мой паспорт»

Никто не имеет права забирать ваш паспорт. Мы объясним, как его вернуть. Если нужно, мы свяжем вас с юристом.

## «Куда обратиться к врачу с ребёнком?»

В экстренном случае звоните 103 и вызывайте скорую помощь. В других случаях спросите нас: мы знаем поликлиники и НКО в Алматы, Астане и Шымкенте, которые помогают семьям мигрантов.

## Что мы поняли

- Многие звонят поздно вечером, после работы. Поэтому горячая линия работает до 20:00.
- Женщины звонят чаще мужчин, обычно по поводу детей.
- Большинство позвонивших узнали о нас от соседей или от общинного объединения, а не из плакатов.

Спасибо всем, кто нам звонил и делился нашим номером. Каждый звонок помогает нам понять, что нужно семьям.

Горячая линия работает с понедельника по субботу, с 9:00 до 20:00: [+7 800 080 1234](tel:+78000801234). Звонок бесплатный.`,
      },
      kk: {
        title: 'Алғашқы айда жедел желіде не естідік',
        excerpt:
          'Төрт аптада 1240 қоңырау. Жедел желінің үйлестірушісі Мадина Юсупова ең жиі қойылған сұрақтар мен біздің жауаптарымыз туралы айтады.',
        body: `Біздің жедел желі 15 қыркүйекте ашылды. Алғашқы төрт аптада кеңесшілер 1240 қоңырауға жауап берді. Қоңырау шалғандардың жартысына жуығы орысша сөйледі. Қалғандары қазақ, өзбек, тәжік, қырғыз немесе ағылшын тілінде сөйледі. Міне, біз ең жиі естіген сұрақтар.

## «Балам тіркеусіз мектепке бара ала ма?»

Бұл ең жиі қойылған сұрақ болды. Біздің жауабымыз: әр баланың оқуға құқығы бар. Үйіңізге жақын мектепке барыңыз және қолыңыздағы құжаттарды ала барыңыз. Мектеп бас тартса, бізге қоңырау шалыңыз, заңгер көмектеседі.

## «Төлқұжатымның мерзімі бітті. Енді не істеймін?»

Өз еліңіздің елшілігіне немесе консулдығына хабарласыңыз. Олар жаңа төлқұжат немесе елге қайтуға арналған құжат бере алады. Біздің заңгерлер қағаздарды дайындауға көмектеседі.

## «Жұмыс берушім төлқұжатымды өзінде ұстап отыр»

Ешкімнің сіздің төлқұжатыңызды ұстап қалуға құқығы жоқ. Оны қалай қайтаруға болатынын түсіндіреміз. Қажет болса, сізді заңгермен байланыстырамыз.

## «Баламды дәрігерге қайда апаруға болады?»

Шұғыл жағдайда 103 нөміріне қоңырау шалып, жедел жәрдем шақырыңыз. Басқа жағдайларда бізден сұраңыз: біз Алматы, Астана және Шымкенттегі мигрант отбасыларына көмектесетін емханалар мен үкіметтік емес ұйымдарды білеміз.

## Біз не түсіндік

- Көп адам кешке, жұмыстан кейін қоңырау шалады. Сондықтан жедел желі 20:00-ге дейін жұмыс істейді.
- Әйелдер ерлерге қарағанда жиірек қоңырау шалады, көбінесе балалары туралы.
- Қоңырау шалғандардың көбі біз туралы плакаттан емес, көршісінен немесе қауымдастық бірлестігінен естіген.

Бізге қоңырау шалған және нөмірімізді басқаларға таратқан барлық адамға рахмет. Әр қоңырау отбасыларға не керек екенін түсінуге көмектеседі.

Жедел желі дүйсенбіден сенбіге дейін, 9:00-ден 20:00-ге дейін жұмыс істейді: [+7 800 080 1234](tel:+78000801234). Қоңырау тегін.`,
      },
      ky: {
        title: 'Биринчи айда ишеним телефонунда эмнелерди уктук',
        excerpt:
          'Төрт жумада 1240 чалуу. Ишеним телефонунун координатору Мадина Юсупова эң көп берилген суроолор жана биздин жоопторубуз тууралуу айтып берет.',
        body: `Биздин ишеним телефону 15-сентябрда ачылды. Алгачкы төрт жумада кеңешчилер 1240 чалууга жооп беришти. Чалгандардын жарымына жакыны орусча сүйлөштү. Калгандары казак, өзбек, тажик, кыргыз же англис тилинде сүйлөштү. Мына, биз эң көп уккан суроолор.

## «Балам каттоосуз мектепке бара алабы?»

Бул эң көп берилген суроо болду. Биздин жообубуз: ар бир баланын окууга укугу бар. Үйүңүзгө жакын мектепке барыңыз жана колуңуздагы документтерди ала барыңыз. Мектеп баш тартса, бизге чалыңыз, юрист жардам берет.

## «Паспортумдун мөөнөтү бүтүп калды. Эми эмне кылам?»

Өз өлкөңүздүн элчилигине же консулдугуна кайрылыңыз. Алар жаңы паспорт же үйгө кайтуу үчүн документ бере алышат. Биздин юристтер кагаздарды даярдоого жардам беришет.

## «Иш берүүчүм паспортумду өзүндө кармап жатат»

Эч кимдин сиздин паспортуңузду кармап калууга укугу жок. Аны кантип кайтарып алууну түшүндүрөбүз. Керек болсо, сизди юрист менен байланыштырабыз.

## «Баламды дарыгерге кайда алып барсам болот?»

Шашылыш учурда 103кө чалып, тез жардам чакырыңыз. Башка учурларда бизден сураңыз: биз Алматыда, Астанада жана Шымкентте мигрант үй-бүлөлөргө жардам берген клиникаларды жана бейөкмөт уюмдарды билебиз.

## Биз эмнени түшүндүк

- Көп адамдар кечинде, жумуштан кийин чалышат. Ошондуктан ишеним телефону саат 20:00гө чейин иштейт.
- Аялдар эркектерге караганда көбүрөөк чалышат, көбүнчө балдары тууралуу.
- Чалгандардын көбү биз тууралуу плакаттан эмес, кошунасынан же жамааттык бирикмеден угушкан.

Бизге чалган жана номерибизди башкаларга тараткан бардык адамдарга рахмат. Ар бир чалуу үй-бүлөлөргө эмне керек экенин түшүнүүгө жардам берет.

Ишеним телефону дүйшөмбүдөн ишембиге чейин, саат 9:00дөн 20:00гө чейин иштейт: [+7 800 080 1234](tel:+78000801234). Чалуу акысыз.`,
      },
      tg: {
        title: 'Дар моҳи аввал дар хати боварӣ чӣ шунидем',
        excerpt:
          '1240 занг дар чор ҳафта. Ҳамоҳангсози хати боварӣ Мадина Юсупова дар бораи саволҳои бештар додашуда ва ҷавобҳои мо нақл мекунад.',
        body: `Хати боварии мо 15 сентябр кушода шуд. Дар чор ҳафтаи аввал машваратчиён ба 1240 занг ҷавоб доданд. Тақрибан нисфи зангзанандагон бо забони русӣ гап заданд. Дигарон бо забонҳои қазоқӣ, ӯзбекӣ, тоҷикӣ, қирғизӣ ё англисӣ гап заданд. Инак, саволҳое, ки мо аз ҳама бештар шунидем.

## «Оё фарзандам бе бақайдгирӣ метавонад ба мактаб равад?»

Ин саволи аз ҳама бештар додашуда буд. Ҷавоби мо: ҳар кӯдак ҳуқуқи таҳсил дорад. Ба мактаби наздики хонаатон равед ва ҳуҷҷатҳоеро, ки доред, бо худ баред. Агар мактаб рад кунад, ба мо занг занед, ҳуқуқшинос кӯмак мекунад.

## «Мӯҳлати шиносномаам гузашт. Акнун чӣ кунам?»

Ба сафорат ё консулгарии кишвари худ муроҷиат кунед. Онҳо метавонанд шиносномаи нав ё ҳуҷҷат барои бозгашт ба ватан диҳанд. Ҳуқуқшиносони мо дар омода кардани ҳуҷҷатҳо кӯмак мекунанд.

## «Корфармо шиносномаамро назди худ нигоҳ медорад»

Ҳеҷ кас ҳақ надорад шиносномаи шуморо нигоҳ дорад. Мо мефаҳмонем, ки чӣ тавр онро баргардонед. Агар лозим шавад, шуморо бо ҳуқуқшинос пайваст мекунем.

## «Фарзандамро ба духтур куҷо барам?»

Дар ҳолати фаврӣ ба 103 занг зада, ёрии таъҷилиро даъват кунед. Дар ҳолатҳои дигар аз мо пурсед: мо дармонгоҳҳо ва ташкилотҳои ғайридавлатиро дар Алмаато, Остона ва Чимкент медонем, ки ба оилаҳои муҳоҷир кӯмак мекунанд.

## Мо чӣ фаҳмидем

- Бисёриҳо бегоҳ, баъд аз кор занг мезананд. Барои ҳамин хати боварӣ то соати 20:00 кор мекунад.
- Занҳо нисбат ба мардҳо бештар занг мезананд, асосан дар бораи фарзандонашон.
- Аксари зангзанандагон дар бораи мо на аз плакатҳо, балки аз ҳамсоя ё иттиҳодияи ҷамоатӣ шунидаанд.

Ба ҳамаи онҳое, ки ба мо занг заданд ва рақами моро ба дигарон гуфтанд, ташаккур. Ҳар занг ба мо кӯмак мекунад, ки фаҳмем оилаҳо ба чӣ ниёз доранд.

Хати боварӣ аз душанбе то шанбе, аз соати 9:00 то 20:00 кор мекунад: [+7 800 080 1234](tel:+78000801234). Занг ройгон аст.`,
      },
      uz: {
        title: 'Birinchi oyda ishonch telefonida nimalarni eshitdik',
        excerpt:
          'Toʻrt haftada 1240 ta qoʻngʻiroq. Ishonch telefoni koordinatori Madina Yusupova eng koʻp berilgan savollar va bizning javoblarimiz haqida gapirib beradi.',
        body: `Ishonch telefonimiz 15-sentabrda ochildi. Birinchi toʻrt haftada maslahatchilar 1240 ta qoʻngʻiroqqa javob berdi. Qoʻngʻiroq qilganlarning qariyb yarmi rus tilida gapirdi. Qolganlari qozoq, oʻzbek, tojik, qirgʻiz yoki ingliz tilida gapirdi. Mana, biz eng koʻp eshitgan savollar.

## “Farzandim roʻyxatsiz maktabga bora oladimi?”

Bu eng koʻp berilgan savol boʻldi. Bizning javobimiz: har bir bola oʻqish huquqiga ega. Uyingizga yaqin maktabga boring va bor hujjatlaringizni olib boring. Maktab rad etsa, bizga qoʻngʻiroq qiling, yurist yordam beradi.

## “Pasportimning muddati tugadi. Endi nima qilay?”

Oʻz davlatingiz elchixonasi yoki konsulligiga murojaat qiling. Ular yangi pasport yoki uyga qaytish uchun hujjat berishi mumkin. Yuristlarimiz qogʻozlarni tayyorlashga yordam beradi.

## “Ish beruvchim pasportimni oʻzida ushlab turibdi”

Hech kim pasportingizni ushlab qolishga haqli emas. Uni qanday qaytarib olishni tushuntiramiz. Kerak boʻlsa, sizni yurist bilan bogʻlaymiz.

## “Farzandimni shifokorga qayerga olib borsam boʻladi?”

Shoshilinch holatda 103 raqamiga qoʻngʻiroq qilib, tez yordam chaqiring. Boshqa hollarda bizdan soʻrang: biz Olmaota, Astana va Chimkentda migrant oilalarga yordam beradigan poliklinikalar va nodavlat tashkilotlarni bilamiz.

## Biz nimani tushundik

- Koʻp odamlar kechqurun, ishdan keyin qoʻngʻiroq qiladi. Shuning uchun ishonch telefoni soat 20:00 gacha ishlaydi.
- Ayollar erkaklarga qaraganda koʻproq qoʻngʻiroq qiladi, odatda farzandlari haqida.
- Qoʻngʻiroq qilganlarning koʻpchiligi biz haqimizda plakatlardan emas, qoʻshnisidan yoki jamoa birlashmasidan eshitgan.

Bizga qoʻngʻiroq qilgan va raqamimizni boshqalarga ulashgan barchaga rahmat. Har bir qoʻngʻiroq oilalarga nima kerakligini tushunishimizga yordam beradi.

Ishonch telefoni dushanbadan shanbagacha, soat 9:00 dan 20:00 gacha ishlaydi: [+7 800 080 1234](tel:+78000801234). Qoʻngʻiroq bepul.`,
      },
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Deliberately NOT translated into Kazakh (kk) and Tajik (tg): this post exists so the site can
  // show its "not yet translated" notice and fall back (kk/tg -> ru -> en). Do not add kk or tg.
  {
    slug: 'writing-about-migrant-families',
    campaigns: ['every-child-counts'],
    author: 'Aliya Serikova',
    publishDate: '2026-11-10',
    topics: ['children-rights'],
    cover: 'border-road',
    text: {
      en: {
        title: 'Writing about migrant families: seven tips for journalists and bloggers',
        excerpt:
          'Words shape how people see migrants. Seven simple tips for fair and safe reporting about families with children.',
        body: `Journalists and bloggers often ask us for help with stories about migrant families. We are glad to help. Good reporting can open doors for children. Careless reporting can close them. Here are seven tips from our team. They are based on what families have told us.

## Words matter

- **Say “migrant without documents” or “irregular migrant”, not “illegal”.** A person cannot be illegal.
- **Do not call migration “a problem”.** Write about people, their work and their plans.
- **Use numbers with care.** Always give the source and the year.

## Protect children

- **Do not show a child’s face, full name, school or address without the parents’ consent.** Even with consent, think about what the story may mean for the child in ten years.
- **Change names and details** that could help someone find the family. Never name children who have survived violence or trafficking.

## Be fair

- **Let migrants speak for themselves,** not only officials and experts.
- **Show the whole story:** the difficulties, but also the skills, work and hopes of the family.

## How we can help

We can arrange interviews with families who agree to speak, with lawyers from our centres and with teachers. We can also check facts about rights and procedures before you publish. Please contact our press office a few days in advance: [press@example.org](mailto:press@example.org) or [+7 701 555 20 30](tel:+77015552030).

Please use only the photos from our press kit. They are free to use if you name the author. Some of our other photos show people who did not agree to publication.`,
      },
      ru: {
        title: 'Как писать о семьях мигрантов: семь советов журналистам и блогерам',
        excerpt:
          'Слова влияют на то, как люди видят мигрантов. Семь простых советов, как честно и безопасно писать о семьях с детьми.',
        body: `Журналисты и блогеры часто просят нас помочь с материалами о семьях мигрантов. Мы рады помочь. Хороший материал может открыть детям двери. Неосторожный — закрыть их. Вот семь советов от нашей команды. Они основаны на том, что рассказывали нам семьи.

## Слова имеют значение

- **Пишите «мигрант без документов» или «мигрант с неурегулированным статусом», а не «нелегал».** Человек не может быть нелегальным.
- **Не называйте миграцию «проблемой».** Пишите о людях, их работе и их планах.
- **Осторожно обращайтесь с цифрами.** Всегда указывайте источник и год.

## Защищайте детей

- **Не показывайте лицо ребёнка, его полное имя, школу или адрес без согласия родителей.** Даже если согласие есть, подумайте, что этот материал может значить для ребёнка через десять лет.
- **Меняйте имена и детали,** по которым можно найти семью. Никогда не называйте имён детей, переживших насилие или торговлю людьми.

## Будьте справедливы

- **Дайте мигрантам говорить самим,** а не только чиновникам и экспертам.
- **Показывайте всю историю:** трудности, но также навыки, работу и надежды семьи.

## Чем мы можем помочь

Мы можем организовать интервью с семьями, которые согласны говорить, с юристами наших центров и с учителями. Мы также можем проверить факты о правах и процедурах до публикации. Пожалуйста, свяжитесь с нашей пресс-службой за несколько дней: [press@example.org](mailto:press@example.org) или [+7 701 555 20 30](tel:+77015552030).

Пожалуйста, используйте только фотографии из нашего пресс-кита. Их можно использовать бесплатно, если указать автора. На некоторых других наших фотографиях есть люди, которые не давали согласия на публикацию.`,
      },
      ky: {
        title: 'Мигрант үй-бүлөлөр тууралуу кантип жазуу керек: журналисттерге жана блогерлерге жети кеңеш',
        excerpt:
          'Сөздөр адамдардын мигранттарды кандай көрөрүнө таасир этет. Балдары бар үй-бүлөлөр тууралуу калыс жана коопсуз жазуу боюнча жети жөнөкөй кеңеш.',
        body: `Журналисттер жана блогерлер бизден мигрант үй-бүлөлөр тууралуу материалдар үчүн көп жардам сурашат. Биз жардам берүүгө кубанычтабыз. Жакшы материал балдарга эшик ача алат. Этиятсыз материал аны жаап салышы мүмкүн. Мына, биздин команданын жети кеңеши. Алар үй-бүлөлөр бизге айтып бергендерге негизделген.

## Сөздөрдүн мааниси чоң

- **«Мыйзамсыз» эмес, «документсиз мигрант» же «статусу жөнгө салынбаган мигрант» деп жазыңыз.** Адам мыйзамсыз боло албайт.
- **Миграцияны «көйгөй» деп атабаңыз.** Адамдар, алардын иши жана пландары тууралуу жазыңыз.
- **Сандарды этият колдонуңуз.** Ар дайым булагын жана жылын көрсөтүңүз.

## Балдарды коргоңуз

- **Ата-энесинин макулдугусуз баланын жүзүн, толук атын, мектебин же дарегин көрсөтпөңүз.** Макулдук болсо да, бул материал он жылдан кийин бала үчүн эмнени билдириши мүмкүн экенин ойлонуңуз.
- **Ысымдарды жана үй-бүлөнү табууга жардам бере турган деталдарды өзгөртүңүз.** Зомбулукка же адам сатууга кабылган балдардын атын эч качан атабаңыз.

## Калыс болуңуз

- **Мигранттарга өздөрү сүйлөөгө мүмкүнчүлүк бериңиз,** чиновниктерге жана эксперттерге гана эмес.
- **Окуяны толук көрсөтүңүз:** кыйынчылыктарды гана эмес, үй-бүлөнүн көндүмдөрүн, ишин жана үмүттөрүн да.

## Биз кантип жардам бере алабыз

Биз сүйлөшүүгө макул болгон үй-бүлөлөр, борборлорубуздун юристтери жана мугалимдер менен маек уюштура алабыз. Ошондой эле жарыялоодон мурун укуктар жана жол-жоболор тууралуу фактыларды текшере алабыз. Сураныч, басма сөз кызматыбызга бир нече күн мурун кайрылыңыз: [press@example.org](mailto:press@example.org) же [+7 701 555 20 30](tel:+77015552030).

Сураныч, биздин пресс-киттеги сүрөттөрдү гана колдонуңуз. Авторун көрсөтсөңүз, аларды акысыз колдонсоңуз болот. Биздин башка айрым сүрөттөрүбүздө жарыялоого макулдук бербеген адамдар бар.`,
      },
      uz: {
        title: 'Migrant oilalar haqida qanday yozish kerak: jurnalist va blogerlar uchun yettita maslahat',
        excerpt:
          'Soʻzlar odamlarning migrantlarni qanday koʻrishiga taʼsir qiladi. Bolali oilalar haqida xolis va xavfsiz yozish uchun yettita oddiy maslahat.',
        body: `Jurnalistlar va blogerlar bizdan migrant oilalar haqidagi materiallar uchun tez-tez yordam soʻraydi. Biz yordam berishdan xursandmiz. Yaxshi material bolalar uchun eshik ochishi mumkin. Ehtiyotsiz material esa uni yopib qoʻyishi mumkin. Mana, jamoamizdan yettita maslahat. Ular oilalar bizga aytib bergan gaplarga asoslangan.

## Soʻzlar muhim

- **“Noqonuniy” emas, “hujjatsiz migrant” yoki “maqomi tartibga solinmagan migrant” deb yozing.** Inson noqonuniy boʻlishi mumkin emas.
- **Migratsiyani “muammo” deb atamang.** Odamlar, ularning ishi va rejalari haqida yozing.
- **Raqamlardan ehtiyotkorlik bilan foydalaning.** Har doim manba va yilni koʻrsating.

## Bolalarni himoya qiling

- **Ota-onaning roziligisiz bolaning yuzini, toʻliq ismini, maktabini yoki manzilini koʻrsatmang.** Rozilik boʻlsa ham, bu material oʻn yildan keyin bola uchun nimani anglatishi mumkinligini oʻylab koʻring.
- **Ismlarni va oilani topishga yordam beradigan tafsilotlarni oʻzgartiring.** Zoʻravonlik yoki odam savdosidan jabr koʻrgan bolalarning ismini hech qachon eʼlon qilmang.

## Xolis boʻling

- **Migrantlarga oʻzlari gapirish imkonini bering,** faqat amaldorlar va ekspertlarga emas.
- **Voqeani toʻliq koʻrsating:** qiyinchiliklarni ham, oilaning koʻnikmalari, ishi va umidlarini ham.

## Qanday yordam bera olamiz

Gapirishga rozi boʻlgan oilalar, markazlarimiz yuristlari va oʻqituvchilar bilan intervyu tashkil qila olamiz. Shuningdek, nashrdan oldin huquqlar va tartiblar haqidagi faktlarni tekshirib bera olamiz. Iltimos, matbuot xizmatimizga bir necha kun oldin murojaat qiling: [press@example.org](mailto:press@example.org) yoki [+7 701 555 20 30](tel:+77015552030).

Iltimos, faqat press-kitimizdagi suratlardan foydalaning. Muallifini koʻrsatsangiz, ulardan bepul foydalanishingiz mumkin. Boshqa baʼzi suratlarimizda eʼlon qilishga rozilik bermagan odamlar bor.`,
      },
    },
  },
]
