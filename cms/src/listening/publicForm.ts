import { isLocaleCode, type LocaleCode } from '@jol/content-schemas'
import type { PayloadRequest } from 'payload'

import { siteUrl as liveSiteUrl } from '@jol/content-schemas/deployment'
import { clientAddressOf, type AddressBudget } from './rateLimit'

/**
 * What every public form endpoint shares: reading an `application/x-www-form-urlencoded` body,
 * the per-address budget, the honeypot, the return address (only ever the site's own origin) and
 * small readable pages for what goes wrong, in the reader's language where Jol knows it.
 */

const maxFormBytes = 16 * 1024

async function formOf(req: PayloadRequest): Promise<URLSearchParams | undefined> {
  if (!req.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')) return undefined
  const text = typeof req.text === 'function' ? await req.text() : ''
  return text.length > maxFormBytes ? undefined : new URLSearchParams(text)
}

/** The form's return address, only when it is a page of the public site. */
function returnAddressOf(form: URLSearchParams): string | undefined {
  try {
    const url = new URL(form.get('return') ?? '')
    return url.origin === new URL(liveSiteUrl()).origin ? url.href : undefined
  } catch {
    return undefined
  }
}

const messages: Record<LocaleCode, { tooMany: string; refused: string }> = {
  en: {
    tooMany: 'Too many messages from your connection. Please try again in a few minutes.',
    refused: 'This form could not be accepted.',
  },
  ru: {
    tooMany: 'Слишком много сообщений с вашего подключения. Попробуйте ещё раз через несколько минут.',
    refused: 'Эту форму не удалось принять.',
  },
  kk: {
    tooMany: 'Сіздің қосылымыңыздан хабарлар тым көп. Бірнеше минуттан кейін қайталаңыз.',
    refused: 'Бұл форманы қабылдау мүмкін болмады.',
  },
  ky: {
    tooMany: 'Сиздин туташууңуздан билдирүүлөр өтө көп. Бир нече мүнөттөн кийин кайра аракет кылыңыз.',
    refused: 'Бул форманы кабыл алуу мүмкүн болгон жок.',
  },
  tg: {
    tooMany: 'Аз пайвасти шумо паёмҳо хеле зиёданд. Пас аз чанд дақиқа боз кӯшиш кунед.',
    refused: 'Ин шаклро қабул кардан ғайриимкон буд.',
  },
  uz: {
    tooMany: 'Ulanishingizdan juda koʻp xabar keldi. Bir necha daqiqadan soʻng qayta urinib koʻring.',
    refused: 'Bu shaklni qabul qilib boʻlmadi.',
  },
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function page(
  status: number,
  locale: LocaleCode,
  text: string,
  headers: Record<string, string> = {},
): Response {
  const html =
    `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${status}</title><p>${escapeHtml(text)}</p><p><a href="${escapeHtml(liveSiteUrl())}/${locale}/">${escapeHtml(liveSiteUrl())}</a></p></html>`
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  })
}

const localeOfForm = (form: URLSearchParams | undefined): LocaleCode => {
  const value = form?.get('locale')
  return isLocaleCode(value) ? value : 'en'
}

export const refused = (locale: LocaleCode, why: string): Response =>
  page(400, locale, `${messages[locale].refused} (${why})`)

export const seeOther = (location: string): Response =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

/** 429 with Retry-After when the address has spent its budget; undefined when it may go on. */
function overBudget(req: PayloadRequest, budget: AddressBudget, locale: LocaleCode): Response | undefined {
  const spent = budget.spend(clientAddressOf(req.headers))
  if (spent.ok) return undefined
  return page(429, locale, messages[locale].tooMany, { 'Retry-After': String(spent.retryAfterSeconds) })
}

/** A filled-in honeypot: a robot. It is sent on as if accepted, and nothing is stored. */
const isRobot = (form: URLSearchParams): boolean => (form.get('website') ?? '') !== ''

/** The day only (UTC): never the time, which with a page and a language could single out a reader. */
export const today = (): string => new Date().toISOString().slice(0, 10)

/** A public form that passed the gate: its fields, the reader's language and where to send them back. */
export interface AcceptedForm {
  form: URLSearchParams
  locale: LocaleCode
  back: string
}

/**
 * The checks every public form goes through, in this order: the address's budget (429), a form at
 * all, a return address on the public site, the honeypot (a robot is sent back as if accepted and
 * nothing is stored). Returns the response to send when the form stops here.
 */
export async function publicFormGate(
  req: PayloadRequest,
  budget: AddressBudget,
): Promise<{ response: Response } | { accepted: AcceptedForm }> {
  const form = await formOf(req)
  const locale = localeOfForm(form)
  const tooMany = overBudget(req, budget, locale)
  if (tooMany) return { response: tooMany }
  if (!form) return { response: refused(locale, 'not a form') }
  const back = returnAddressOf(form)
  if (!back) return { response: refused(locale, 'return address is not on this site') }
  if (isRobot(form)) return { response: seeOther(back) }
  return { accepted: { form, locale, back } }
}
