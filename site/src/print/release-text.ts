import { plainText } from '@jol/content-schemas'

import type { ReleasePrint } from './press-release-pdf'

/** The release as plain text (UTF-8, CRLF-free): for newsrooms that paste it straight into their system. */
export function releasePlainText(release: ReleasePrint): string {
  const { text, labels } = release
  const sections = [
    release.releaseNote,
    text.title,
    release.dateline,
    text.summary,
    plainText(text.body),
    text.quotes.length > 0
      ? [
          labels.quotes,
          ...text.quotes.map((q) => `“${q.quote}”\n— ${[q.speaker, q.role].filter(Boolean).join(', ')}`),
        ].join('\n\n')
      : '',
    release.mediaContacts.length > 0
      ? [
          labels.mediaContacts,
          ...release.mediaContacts.map((c) =>
            [[c.name, c.role].filter(Boolean).join(', '), c.phone, c.email].filter(Boolean).join('\n'),
          ),
        ].join('\n\n')
      : '',
    [labels.about, plainText(release.boilerplate)].join('\n\n'),
    release.pageUrl,
  ]
  return `${sections.filter((s) => s.trim() !== '').join('\n\n')}\n`
}
