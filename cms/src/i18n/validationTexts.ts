import type { LocaleCode } from '@jol/content-schemas'

/**
 * The messages of Jol's own validators (fields/contacts.ts, fields/richText.ts), in every admin
 * language; `{{value}}` is what the writer typed. Read through `req.t('jolValidation:…')`.
 */
export interface ValidationTexts {
  phone: string
  webUrl: string
  linkUrl: string
}

export const validationTexts: Record<LocaleCode, ValidationTexts> = {
  en: {
    phone: '"{{value}}" is not a phone number (digits, spaces, + and hyphens only).',
    webUrl: '"{{value}}" must be a web address starting with https:// or http://.',
    linkUrl: 'Links must start with https://, http://, mailto: or tel: (got "{{value}}").',
  },
  ru: {
    phone: '«{{value}}» — не номер телефона (только цифры, пробелы, + и дефисы).',
    webUrl: '«{{value}}» должен быть веб-адресом, который начинается с https:// или http://.',
    linkUrl: 'Ссылка должна начинаться с https://, http://, mailto: или tel: (сейчас «{{value}}»).',
  },
  kk: {
    phone: '«{{value}}» телефон нөмірі емес (тек сандар, бос орындар, + және дефистер).',
    webUrl: '«{{value}}» https:// немесе http:// деп басталатын веб-мекенжай болуы керек.',
    linkUrl: 'Сілтеме https://, http://, mailto: немесе tel: деп басталуы керек (қазір «{{value}}»).',
  },
  ky: {
    phone: '«{{value}}» телефон номери эмес (сандар, боштуктар, + жана дефистер гана).',
    webUrl: '«{{value}}» https:// же http:// менен башталган веб-дарек болушу керек.',
    linkUrl: 'Шилтеме https://, http://, mailto: же tel: менен башталышы керек (азыр «{{value}}»).',
  },
  tg: {
    phone: '«{{value}}» рақами телефон нест (танҳо рақамҳо, фосилаҳо, + ва дефисҳо).',
    webUrl: '«{{value}}» бояд суроғаи веб бошад, ки бо https:// ё http:// оғоз мешавад.',
    linkUrl: 'Пайванд бояд бо https://, http://, mailto: ё tel: оғоз шавад (ҳозир «{{value}}»).',
  },
  uz: {
    phone: '“{{value}}” telefon raqami emas (faqat raqamlar, boʻsh joylar, + va defislar).',
    webUrl: '“{{value}}” https:// yoki http:// bilan boshlanadigan veb-manzil boʻlishi kerak.',
    linkUrl: 'Havola https://, http://, mailto: yoki tel: bilan boshlanishi kerak (hozir “{{value}}”).',
  },
}

type Translate = (key: string, options?: Record<string, unknown>) => string

/**
 * A validator's message in the request's language, where Payload hands the validator the request
 * (admin and API saves: `req.t` speaks the user's admin language); in English otherwise.
 */
export function validationMessage(
  options: { req?: { t?: unknown } } | undefined,
  key: keyof ValidationTexts,
  value: string,
): string {
  const t = options?.req?.t as Translate | undefined
  const translated = t?.(`jolValidation:${key}`, { value })
  if (translated && translated !== `jolValidation:${key}`) return translated
  return validationTexts.en[key].replace('{{value}}', value)
}
