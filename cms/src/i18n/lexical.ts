/**
 * The words of the body's rich-text editor (Payload's Lexical editor brings its own, for Payload's
 * built-in languages only), for the editor features Jol's campaign editor uses. The booted-CMS test
 * compares them with the editor's English, so a feature added to the editor needs its words here.
 */
export const lexicalTexts = {
  kk: {
    blocks: {
      inlineBlocks: {
        create: '{{label}} жасау',
        edit: '{{label}} өңдеу',
        label: 'Мәтін ішіндегі блоктар',
        remove: '{{label}} алып тастау',
      },
      label: 'Блоктар',
    },
    upload: { label: 'Сурет не файл' },
    link: { label: 'Сілтеме', loadingWithEllipsis: 'Жүктелуде...' },
    blockquote: { label: 'Дәйексөз' },
    orderedList: { label: 'Нөмірленген тізім' },
    unorderedList: { label: 'Белгіленген тізім' },
    heading: { label: 'Тақырып {{headingLevel}}' },
    paragraph: { label: 'Азат жол', label2: 'Қалыпты мәтін' },
    general: {
      placeholder: 'Жаза бастаңыз немесе пәрмендер үшін «/» пернесін басыңыз...',
      slashMenuBasicGroupLabel: 'Негізгі',
      slashMenuListGroupLabel: 'Тізімдер',
      toolbarItemsActive: '{{count}} белсенді',
    },
  },
  ky: {
    blocks: {
      inlineBlocks: {
        create: '{{label}} түзүү',
        edit: '{{label}} түзөтүү',
        label: 'Тексттин ичиндеги блоктор',
        remove: '{{label}} алып салуу',
      },
      label: 'Блоктор',
    },
    upload: { label: 'Сүрөт же файл' },
    link: { label: 'Шилтеме', loadingWithEllipsis: 'Жүктөлүүдө...' },
    blockquote: { label: 'Цитата' },
    orderedList: { label: 'Номерленген тизме' },
    unorderedList: { label: 'Белгиленген тизме' },
    heading: { label: 'Аталыш {{headingLevel}}' },
    paragraph: { label: 'Абзац', label2: 'Кадимки текст' },
    general: {
      placeholder: 'Жаза баштаңыз же буйруктар үчүн «/» баскычын басыңыз...',
      slashMenuBasicGroupLabel: 'Негизги',
      slashMenuListGroupLabel: 'Тизмелер',
      toolbarItemsActive: '{{count}} активдүү',
    },
  },
  tg: {
    blocks: {
      inlineBlocks: {
        create: 'Эҷоди {{label}}',
        edit: 'Таҳрири {{label}}',
        label: 'Блокҳои дохили матн',
        remove: 'Хориҷ кардани {{label}}',
      },
      label: 'Блокҳо',
    },
    upload: { label: 'Тасвир ё файл' },
    link: { label: 'Пайванд', loadingWithEllipsis: 'Бор мешавад...' },
    blockquote: { label: 'Иқтибос' },
    orderedList: { label: 'Рӯйхати рақамдор' },
    unorderedList: { label: 'Рӯйхати аломатдор' },
    heading: { label: 'Сарлавҳаи {{headingLevel}}' },
    paragraph: { label: 'Сарсатр', label2: 'Матни оддӣ' },
    general: {
      placeholder: 'Навиштанро сар кунед ё барои фармонҳо «/»-ро пахш кунед...',
      slashMenuBasicGroupLabel: 'Асосӣ',
      slashMenuListGroupLabel: 'Рӯйхатҳо',
      toolbarItemsActive: '{{count}} фаъол',
    },
  },
  uz: {
    blocks: {
      inlineBlocks: {
        create: '{{label}} yaratish',
        edit: '{{label}} tahrirlash',
        label: 'Matn ichidagi bloklar',
        remove: '{{label}} olib tashlash',
      },
      label: 'Bloklar',
    },
    upload: { label: 'Rasm yoki fayl' },
    link: { label: 'Havola', loadingWithEllipsis: 'Yuklanmoqda...' },
    blockquote: { label: 'Iqtibos' },
    orderedList: { label: 'Raqamlangan roʻyxat' },
    unorderedList: { label: 'Belgili roʻyxat' },
    heading: { label: 'Sarlavha {{headingLevel}}' },
    paragraph: { label: 'Xatboshi', label2: 'Oddiy matn' },
    general: {
      placeholder: 'Yozishni boshlang yoki buyruqlar uchun «/» tugmasini bosing...',
      slashMenuBasicGroupLabel: 'Asosiy',
      slashMenuListGroupLabel: 'Roʻyxatlar',
      toolbarItemsActive: '{{count}} ta faol',
    },
  },
}
