import type { LocaleCode } from '@jol/content-schemas'

/**
 * The words of a draft's preview (the banner over the page, the page that names what is wrong), in
 * every admin language: the CMS writes them around the rendered page in the editor's admin language
 * (cms/src/preview). Merged into Payload's texts as `jolPreview:…` so the admin-labels test checks them.
 */
export interface PreviewTexts {
  banner: string
  pdf: string
  notes: string
  invalidTitle: string
  invalidIntro: string
  failed: string
  signIn: string
}

export const previewTexts: Record<LocaleCode, PreviewTexts> = {
  en: {
    banner: 'Preview of the latest draft: not public. Readers see this page only once it is published.',
    pdf: 'PDF of this leaflet (preview)',
    notes: 'Left out of the page:',
    invalidTitle: 'This draft cannot be shown yet',
    invalidIntro: 'Correct these fields, then open the preview again:',
    failed: 'The preview could not be made.',
    signIn: 'Sign in to see a preview.',
  },
  ru: {
    banner:
      'Предпросмотр последнего черновика: не опубликовано. Читатели увидят эту страницу только после публикации.',
    pdf: 'PDF этой листовки (предпросмотр)',
    notes: 'Не вошло в страницу:',
    invalidTitle: 'Этот черновик пока нельзя показать',
    invalidIntro: 'Исправьте эти поля и снова откройте предпросмотр:',
    failed: 'Не удалось подготовить предпросмотр.',
    signIn: 'Войдите, чтобы увидеть предпросмотр.',
  },
  kk: {
    banner:
      'Соңғы қараламаны алдын ала қарау: жарияланбаған. Оқырмандар бұл бетті тек жарияланғаннан кейін көреді.',
    pdf: 'Осы парақшаның PDF нұсқасы (алдын ала қарау)',
    notes: 'Беттен тыс қалғандар:',
    invalidTitle: 'Бұл қараламаны әзірге көрсету мүмкін емес',
    invalidIntro: 'Мына өрістерді түзетіп, алдын ала қарауды қайта ашыңыз:',
    failed: 'Алдын ала қарауды дайындау мүмкін болмады.',
    signIn: 'Алдын ала қарау үшін жүйеге кіріңіз.',
  },
  ky: {
    banner:
      'Акыркы долбоорду алдын ала көрүү: жарыяланган эмес. Окурмандар бул баракты жарыялангандан кийин гана көрүшөт.',
    pdf: 'Бул баракчанын PDF версиясы (алдын ала көрүү)',
    notes: 'Барактан чыгарылып калгандар:',
    invalidTitle: 'Бул долбоорду азырынча көрсөтүүгө болбойт',
    invalidIntro: 'Бул талааларды оңдоп, алдын ала көрүүнү кайра ачыңыз:',
    failed: 'Алдын ала көрүүнү даярдоо мүмкүн болгон жок.',
    signIn: 'Алдын ала көрүү үчүн системага кириңиз.',
  },
  tg: {
    banner: 'Пешнамоиши охирин сиёҳнавис: нашр нашудааст. Хонандагон ин саҳифаро танҳо пас аз нашр мебинанд.',
    pdf: 'PDF-и ин варақа (пешнамоиш)',
    notes: 'Аз саҳифа берун монд:',
    invalidTitle: 'Ин сиёҳнависро ҳоло нишон додан мумкин нест',
    invalidIntro: 'Ин майдонҳоро ислоҳ кунед ва пешнамоишро аз нав кушоед:',
    failed: 'Пешнамоишро омода кардан нашуд.',
    signIn: 'Барои дидани пешнамоиш ба система ворид шавед.',
  },
  uz: {
    banner:
      'Oxirgi qoralamani oldindan koʻrish: eʼlon qilinmagan. Oʻquvchilar bu sahifani faqat eʼlon qilingandan keyin koʻradi.',
    pdf: 'Ushbu varaqaning PDF nusxasi (oldindan koʻrish)',
    notes: 'Sahifaga kirmay qolganlar:',
    invalidTitle: 'Bu qoralamani hozircha koʻrsatib boʻlmaydi',
    invalidIntro: 'Ushbu maydonlarni tuzating va oldindan koʻrishni qayta oching:',
    failed: 'Oldindan koʻrishni tayyorlab boʻlmadi.',
    signIn: 'Oldindan koʻrish uchun tizimga kiring.',
  },
}
