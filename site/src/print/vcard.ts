import type { MediaContact } from '@jol/content-schemas'

/**
 * Media contacts as vCard 3.0 (RFC 2426), the version every address book imports: CRLF line
 * ends, `\ , ;` and newlines escaped, and lines folded at 75 octets without splitting a UTF-8 character.
 */

const escapeValue = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\r?\n/g, '\\n')
    .replace(/[,;]/g, (c) => `\\${c}`)

function fold(line: string): string {
  const pieces: string[] = []
  let current = ''
  for (const char of line) {
    const limit = pieces.length === 0 ? 75 : 74 // continuation lines start with a space
    if (Buffer.byteLength(current + char) > limit) {
      pieces.push(current)
      current = ''
    }
    current += char
  }
  pieces.push(current)
  return pieces.join('\r\n ')
}

export function vCardOf(contact: MediaContact, organisation: string): string {
  const [family, ...given] = contact.name.trim().split(/\s+/).reverse()
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeValue(contact.name)}`,
    // N is required in 3.0: family;given — a best guess from the full name, FN carries it exactly.
    `N:${escapeValue(family ?? '')};${escapeValue(given.reverse().join(' '))};;;`,
    `ORG:${escapeValue(organisation)}`,
    contact.role ? `TITLE:${escapeValue(contact.role)}` : undefined,
    contact.phone ? `TEL;TYPE=WORK,VOICE:${escapeValue(contact.phone)}` : undefined,
    contact.email ? `EMAIL;TYPE=INTERNET:${escapeValue(contact.email)}` : undefined,
    'END:VCARD',
  ]
  return lines
    .filter((line): line is string => line !== undefined)
    .map(fold)
    .join('\r\n')
}

export const vCardsOf = (contacts: MediaContact[], organisation: string) =>
  `${contacts.map((c) => vCardOf(c, organisation)).join('\r\n')}\r\n`
