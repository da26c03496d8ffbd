import type { LocaleCode } from '@jol/content-schemas'

/**
 * Why Jol refuses a save (hooks/, fields/slugHooks.ts, collections/Media), in every admin language:
 * the admin shows these under the form or the field. Read through `jolText(req.i18n, 'jolRefusals')`.
 */
export interface RefusalTexts {
  translatorPublish: string
  translatorRestore: string
  sharedField: string
  slugStays: string
  fileTooLarge: string
  whileWriting: string
  notAPicture: string
  storyNotPublished: string
  unknownType: string
  svgRefused: string
  svgNotUtf8: string
  svgNoSvgElement: string
  svgDoctype: string
  svgEntityDeclaration: string
  svgEntityReference: string
  svgStyleSheet: string
  svgScript: string
  svgEventHandler: string
  svgJavascriptLink: string
  svgXhtml: string
  brandColour: string
  colourNotHex: string
  whiteOnBrand: string
  brandOnPaper: string
  brandOnTint: string
  lowContrast: string
}

export const refusalTexts: Record<LocaleCode, RefusalTexts> = {
  en: {
    translatorPublish:
      'Translators cannot publish: save your translation as a draft and ask an editor to publish it.',
    translatorRestore:
      'Translators cannot restore versions: a version holds every language and the shared fields. Ask an editor.',
    sharedField:
      '"{{path}}" is shared by every language: only an editor may change it. Translators change their own language\'s text.',
    slugStays:
      'The slug of a published entry stays "{{slug}}": its pages, PDF and printed QR codes link to it. To change it, unpublish the entry first.',
    fileTooLarge: '"{{name}}" is {{size}} MB; the limit is {{limit}} MB. Nothing was stored.',
    whileWriting: 'while writing {{language}}',
    notAPicture:
      '"{{file}}" is {{type}}, not a picture: it cannot be shown in "{{path}}". Use an image (a document belongs in a link or a press kit).',
    storyNotPublished:
      'Story {{number}} points at {{target}}, which is not published: publish it first or choose another.',
    unknownType: 'not a picture',
    svgRefused: '"{{name}}" was refused: {{reason}}. Export it again as a plain SVG (or as PNG).',
    svgNotUtf8: 'it is not UTF-8 text',
    svgNoSvgElement: 'it has no <svg> element',
    svgDoctype: 'it contains a DOCTYPE',
    svgEntityDeclaration: 'it contains an entity declaration',
    svgEntityReference:
      'it contains an entity or character reference other than &amp; &lt; &gt; &quot; &apos;',
    svgStyleSheet: 'it contains a style sheet instruction',
    svgScript: 'it contains script or embedded content',
    svgEventHandler: 'it contains an event handler (on… attribute)',
    svgJavascriptLink: 'it contains a javascript: link',
    svgXhtml: 'it contains XHTML content',
    brandColour: 'Brand colour {{value}} cannot be used: {{problems}}. Choose a darker colour.',
    colourNotHex: '"{{value}}" is not a colour written as #rrggbb (e.g. #0b5d4b)',
    whiteOnBrand: 'white text on the brand colour',
    brandOnPaper: 'the brand colour as text on the page',
    brandOnTint: 'the brand colour as text on a tinted panel',
    lowContrast:
      '{{pair}} ({{foreground}} on {{background}}) has a contrast of {{ratio}}, below the {{minimum}}:1 WCAG 2.2 AA requires for text',
  },
  ru: {
    translatorPublish:
      'Переводчики не могут публиковать: сохраните перевод как черновик и попросите редактора его опубликовать.',
    translatorRestore:
      'Переводчики не могут восстанавливать версии: версия содержит все языки и общие поля. Обратитесь к редактору.',
    sharedField:
      '«{{path}}» — общее поле для всех языков: менять его может только редактор. Переводчики меняют текст своего языка.',
    slugStays:
      'У опубликованного материала slug остаётся «{{slug}}»: на него ссылаются его страницы, PDF и напечатанные QR-коды. Чтобы изменить его, сначала снимите материал с публикации.',
    fileTooLarge: 'Файл «{{name}}» весит {{size}} МБ, а предел — {{limit}} МБ. Ничего не сохранено.',
    whileWriting: 'при записи на языке: {{language}}',
    notAPicture:
      '«{{file}}» — это {{type}}, а не изображение: его нельзя показать в «{{path}}». Используйте изображение (документу место в ссылке или в пресс-ките).',
    storyNotPublished:
      'История {{number}} ссылается на {{target}}, который не опубликован: сначала опубликуйте его или выберите другой.',
    unknownType: 'неизвестный тип',
    svgRefused:
      'Файл «{{name}}» отклонён: {{reason}}. Экспортируйте его заново как простой SVG (или как PNG).',
    svgNotUtf8: 'это не текст в кодировке `UTF-8`',
    svgNoSvgElement: 'в нём нет элемента `<svg>`',
    svgDoctype: 'в нём есть `DOCTYPE`',
    svgEntityDeclaration: 'в нём есть объявление сущности',
    svgEntityReference: 'в нём есть ссылка на сущность или символ, кроме `&amp; &lt; &gt; &quot; &apos;`',
    svgStyleSheet: 'в нём есть инструкция таблицы стилей',
    svgScript: 'в нём есть скрипт или встроенное содержимое',
    svgEventHandler: 'в нём есть обработчик событий (атрибут `on…`)',
    svgJavascriptLink: 'в нём есть ссылка `javascript:`',
    svgXhtml: 'в нём есть содержимое `XHTML`',
    brandColour: 'Фирменный цвет {{value}} нельзя использовать: {{problems}}. Выберите цвет темнее.',
    colourNotHex: '«{{value}}» — не цвет в записи #rrggbb (например, `#0b5d4b`)',
    whiteOnBrand: 'белый текст на фирменном цвете',
    brandOnPaper: 'фирменный цвет как цвет текста на странице',
    brandOnTint: 'фирменный цвет как цвет текста на тонированной панели',
    lowContrast:
      '{{pair}} ({{foreground}} на {{background}}): контраст {{ratio}}, ниже {{minimum}}:1, которого `WCAG 2.2 AA` требует для текста',
  },
  kk: {
    translatorPublish:
      'Аудармашылар жариялай алмайды: аудармаңызды қаралама ретінде сақтап, редактордан жариялауды сұраңыз.',
    translatorRestore:
      'Аудармашылар нұсқаларды қалпына келтіре алмайды: нұсқада барлық тіл мен ортақ өрістер бар. Редакторға жүгініңіз.',
    sharedField:
      '«{{path}}» барлық тілге ортақ: оны тек редактор өзгерте алады. Аудармашылар өз тіліндегі мәтінді өзгертеді.',
    slugStays:
      'Жарияланған материалдың slug мәні «{{slug}}» болып қалады: оның беттері, PDF және басылған QR-кодтары соған сілтейді. Өзгерту үшін алдымен материалды жариялаудан алыңыз.',
    fileTooLarge: '«{{name}}» файлы {{size}} МБ, ал шегі {{limit}} МБ. Ештеңе сақталмады.',
    whileWriting: '{{language}} тілінде жазу кезінде',
    notAPicture:
      '«{{file}}» — {{type}}, сурет емес: оны «{{path}}» ішінде көрсету мүмкін емес. Сурет қолданыңыз (құжаттың орны — сілтемеде не баспасөз жинағында).',
    storyNotPublished:
      '{{number}}-оқиға {{target}} материалына сілтейді, ол жарияланбаған: алдымен оны жариялаңыз не басқасын таңдаңыз.',
    unknownType: 'белгісіз түр',
    svgRefused:
      '«{{name}}» файлы қабылданбады: {{reason}}. Оны қайтадан қарапайым SVG (немесе PNG) ретінде экспорттаңыз.',
    svgNotUtf8: 'бұл `UTF-8` мәтіні емес',
    svgNoSvgElement: 'онда `<svg>` элементі жоқ',
    svgDoctype: 'онда `DOCTYPE` бар',
    svgEntityDeclaration: 'онда нысан жариялануы бар',
    svgEntityReference: 'онда `&amp; &lt; &gt; &quot; &apos;` емес нысанға не таңбаға сілтеме бар',
    svgStyleSheet: 'онда стильдер кестесінің нұсқауы бар',
    svgScript: 'онда скрипт не ендірілген мазмұн бар',
    svgEventHandler: 'онда оқиға өңдегіші бар (`on…` атрибуты)',
    svgJavascriptLink: 'онда `javascript:` сілтемесі бар',
    svgXhtml: 'онда `XHTML` мазмұны бар',
    brandColour: '{{value}} фирмалық түсін қолдануға болмайды: {{problems}}. Күңгірттеу түс таңдаңыз.',
    colourNotHex: '«{{value}}» — #rrggbb түрінде жазылған түс емес (мысалы, `#0b5d4b`)',
    whiteOnBrand: 'фирмалық түстегі ақ мәтін',
    brandOnPaper: 'беттегі мәтін түсі ретінде фирмалық түс',
    brandOnTint: 'реңкті панельдегі мәтін түсі ретінде фирмалық түс',
    lowContrast:
      '{{pair}} ({{background}} үстінде {{foreground}}): контраст {{ratio}}, бұл `WCAG 2.2 AA` мәтін үшін талап ететін {{minimum}}:1 мәнінен төмен',
  },
  ky: {
    translatorPublish:
      'Котормочулар жарыялай албайт: котормоңузду долбоор катары сактап, редактордон жарыялоону сураныңыз.',
    translatorRestore:
      'Котормочулар версияларды калыбына келтире албайт: версияда бардык тилдер жана жалпы талаалар бар. Редакторго кайрылыңыз.',
    sharedField:
      '«{{path}}» бардык тилдерге жалпы: аны редактор гана өзгөртө алат. Котормочулар өз тилиндеги текстти өзгөртөт.',
    slugStays:
      'Жарыяланган материалдын slug мааниси «{{slug}}» бойдон калат: анын барактары, PDF жана басылган QR-коддору ага шилтейт. Өзгөртүү үчүн адегенде материалды жарыялоодон алыңыз.',
    fileTooLarge: '«{{name}}» файлы {{size}} МБ, ал эми чеги {{limit}} МБ. Эч нерсе сакталган жок.',
    whileWriting: '{{language}} тилинде жазуу учурунда',
    notAPicture:
      '«{{file}}» — {{type}}, сүрөт эмес: аны «{{path}}» ичинде көрсөтүүгө болбойт. Сүрөт колдонуңуз (документтин орду — шилтемеде же пресс-китте).',
    storyNotPublished:
      '{{number}}-окуя {{target}} материалына шилтейт, ал жарыяланган эмес: адегенде аны жарыялаңыз же башкасын тандаңыз.',
    unknownType: 'белгисиз түр',
    svgRefused:
      '«{{name}}» файлы кабыл алынган жок: {{reason}}. Аны кайра жөнөкөй SVG (же PNG) катары экспорттоңуз.',
    svgNotUtf8: 'бул `UTF-8` тексти эмес',
    svgNoSvgElement: 'анда `<svg>` элементи жок',
    svgDoctype: 'анда `DOCTYPE` бар',
    svgEntityDeclaration: 'анда объекттин жарыясы бар',
    svgEntityReference: 'анда `&amp; &lt; &gt; &quot; &apos;` эмес объектке же белгиге шилтеме бар',
    svgStyleSheet: 'анда стилдер таблицасынын көрсөтмөсү бар',
    svgScript: 'анда скрипт же кыстарылган мазмун бар',
    svgEventHandler: 'анда окуя иштеткичи бар (`on…` атрибуту)',
    svgJavascriptLink: 'анда `javascript:` шилтемеси бар',
    svgXhtml: 'анда `XHTML` мазмуну бар',
    brandColour: '{{value}} фирмалык түсүн колдонууга болбойт: {{problems}}. Күңүрттөө түс тандаңыз.',
    colourNotHex: '«{{value}}» — #rrggbb түрүндө жазылган түс эмес (мисалы, `#0b5d4b`)',
    whiteOnBrand: 'фирмалык түстөгү ак текст',
    brandOnPaper: 'барактагы тексттин түсү катары фирмалык түс',
    brandOnTint: 'түстүү панелдеги тексттин түсү катары фирмалык түс',
    lowContrast:
      '{{pair}} ({{background}} үстүндө {{foreground}}): контраст {{ratio}}, бул `WCAG 2.2 AA` текст үчүн талап кылган {{minimum}}:1 маанисинен төмөн',
  },
  tg: {
    translatorPublish:
      'Тарҷумонҳо нашр карда наметавонанд: тарҷумаи худро ҳамчун сиёҳнавис нигоҳ доред ва аз муҳаррир хоҳиш кунед, ки онро нашр кунад.',
    translatorRestore:
      'Тарҷумонҳо версияҳоро барқарор карда наметавонанд: версия ҳамаи забонҳо ва майдонҳои умумиро дар бар мегирад. Ба муҳаррир муроҷиат кунед.',
    sharedField:
      '«{{path}}» барои ҳамаи забонҳо умумӣ аст: онро танҳо муҳаррир иваз карда метавонад. Тарҷумонҳо матни забони худро иваз мекунанд.',
    slugStays:
      'Суроғаи (slug) маводи нашршуда «{{slug}}» боқӣ мемонад: саҳифаҳо, PDF ва QR-кодҳои чопшудаи он ба ҳамин ишора мекунанд. Барои иваз кардан аввал маводро аз нашр гиред.',
    fileTooLarge: 'Файли «{{name}}» {{size}} МБ аст, ҳадди ниҳоӣ {{limit}} МБ. Ҳеҷ чиз нигоҳ дошта нашуд.',
    whileWriting: 'ҳангоми навиштан бо забони {{language}}',
    notAPicture:
      '«{{file}}» {{type}} аст, на тасвир: онро дар «{{path}}» нишон додан ғайриимкон аст. Тасвир истифода баред (ҷои ҳуҷҷат дар пайванд ё дар пресс-кит аст).',
    storyNotPublished:
      'Ҳикояи {{number}} ба {{target}} ишора мекунад, ки нашр нашудааст: аввал онро нашр кунед ё дигареро интихоб кунед.',
    unknownType: 'навъи номаълум',
    svgRefused:
      'Файли «{{name}}» рад карда шуд: {{reason}}. Онро аз нав ҳамчун SVG-и оддӣ (ё PNG) содир кунед.',
    svgNotUtf8: 'ин матни `UTF-8` нест',
    svgNoSvgElement: 'дар он унсури `<svg>` нест',
    svgDoctype: 'дар он `DOCTYPE` ҳаст',
    svgEntityDeclaration: 'дар он эълони объект ҳаст',
    svgEntityReference: 'дар он ишора ба объект ё аломат ҳаст, ки `&amp; &lt; &gt; &quot; &apos;` нест',
    svgStyleSheet: 'дар он дастури ҷадвали услубҳо ҳаст',
    svgScript: 'дар он скрипт ё мундариҷаи дарунсохт ҳаст',
    svgEventHandler: 'дар он коркардкунандаи рӯйдод ҳаст (атрибути `on…`)',
    svgJavascriptLink: 'дар он пайванди `javascript:` ҳаст',
    svgXhtml: 'дар он мундариҷаи `XHTML` ҳаст',
    brandColour:
      'Ранги бренди {{value}}-ро истифода бурдан мумкин нест: {{problems}}. Ранги тиратарро интихоб кунед.',
    colourNotHex: '«{{value}}» ранге нест, ки ба шакли #rrggbb навишта шуда бошад (масалан, `#0b5d4b`)',
    whiteOnBrand: 'матни сафед дар ранги бренд',
    brandOnPaper: 'ранги бренд ҳамчун ранги матн дар саҳифа',
    brandOnTint: 'ранги бренд ҳамчун ранги матн дар панели рангдор',
    lowContrast:
      '{{pair}} ({{foreground}} дар {{background}}): контраст {{ratio}} аст, камтар аз {{minimum}}:1, ки `WCAG 2.2 AA` барои матн талаб мекунад',
  },
  uz: {
    translatorPublish:
      'Tarjimonlar eʼlon qila olmaydi: tarjimangizni qoralama sifatida saqlang va muharrirdan uni eʼlon qilishni soʻrang.',
    translatorRestore:
      'Tarjimonlar versiyalarni tiklay olmaydi: versiyada barcha tillar va umumiy maydonlar bor. Muharrirga murojaat qiling.',
    sharedField:
      '“{{path}}” barcha tillar uchun umumiy: uni faqat muharrir oʻzgartira oladi. Tarjimonlar oʻz tilidagi matnni oʻzgartiradi.',
    slugStays:
      'Eʼlon qilingan materialning slug qiymati “{{slug}}” boʻlib qoladi: uning sahifalari, PDF va bosilgan QR-kodlari unga havola qiladi. Oʻzgartirish uchun avval materialni eʼlondan oling.',
    fileTooLarge: '“{{name}}” fayli {{size}} MB, chegara esa {{limit}} MB. Hech narsa saqlanmadi.',
    whileWriting: '{{language}} tilida yozilayotganda',
    notAPicture:
      '“{{file}}” — {{type}}, rasm emas: uni “{{path}}” ichida koʻrsatib boʻlmaydi. Rasm ishlating (hujjatning oʻrni havolada yoki press-kitda).',
    storyNotPublished:
      '{{number}}-hikoya {{target}} ga havola qiladi, u eʼlon qilinmagan: avval uni eʼlon qiling yoki boshqasini tanlang.',
    unknownType: 'nomaʼlum tur',
    svgRefused:
      '“{{name}}” fayli rad etildi: {{reason}}. Uni qaytadan oddiy SVG (yoki PNG) sifatida eksport qiling.',
    svgNotUtf8: 'bu `UTF-8` matni emas',
    svgNoSvgElement: 'unda `<svg>` elementi yoʻq',
    svgDoctype: 'unda `DOCTYPE` bor',
    svgEntityDeclaration: 'unda obyekt eʼloni bor',
    svgEntityReference: 'unda `&amp; &lt; &gt; &quot; &apos;` dan boshqa obyekt yoki belgiga havola bor',
    svgStyleSheet: 'unda uslublar jadvali koʻrsatmasi bor',
    svgScript: 'unda skript yoki ichki joylashtirilgan mazmun bor',
    svgEventHandler: 'unda hodisa ishlovchisi bor (`on…` atributi)',
    svgJavascriptLink: 'unda `javascript:` havolasi bor',
    svgXhtml: 'unda `XHTML` mazmuni bor',
    brandColour: '{{value}} brend rangini ishlatib boʻlmaydi: {{problems}}. Toʻqroq rang tanlang.',
    colourNotHex: '“{{value}}” #rrggbb koʻrinishida yozilgan rang emas (masalan, `#0b5d4b`)',
    whiteOnBrand: 'brend rangidagi oq matn',
    brandOnPaper: 'sahifadagi matn rangi sifatida brend rangi',
    brandOnTint: 'tusli paneldagi matn rangi sifatida brend rangi',
    lowContrast:
      '{{pair}} ({{background}} ustida {{foreground}}): kontrast {{ratio}}, bu `WCAG 2.2 AA` matn uchun talab qiladigan {{minimum}}:1 dan past',
  },
}
