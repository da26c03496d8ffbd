'use client'
import { defaultLocale, isLocaleCode, plainLanguageHints } from '@jol/content-schemas'
import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'

import { lexicalPlainText } from './lexicalPlainText'

type Translate = (key: string, vars?: Record<string, unknown>) => string

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 4px)',
  padding: '0.75rem 1rem',
  marginBottom: 'var(--spacing-field, 1.5rem)',
  fontSize: '0.8125rem',
  lineHeight: 1.5,
  color: 'var(--theme-elevation-800)',
}

/**
 * Beside the body, in the language being edited: how long it takes to read, and which sentences,
 * words and paragraphs may be hard for a reader. Guidance only: it never stops a save.
 */
export function PlainLanguageHints() {
  const body = useFormFields(([fields]) => fields.body?.value)
  const locale = useLocale()
  const t = useTranslation().t as unknown as Translate
  const code = isLocaleCode(locale?.code) ? locale.code : defaultLocale
  const hints = useMemo(() => plainLanguageHints(lexicalPlainText(body), code), [body, code])
  if (hints.words === 0) return null

  const { limits } = hints
  const clear = !hints.longSentences.length && !hints.longWords.length && !hints.longParagraphs.length
  return (
    <section style={box} aria-label={t('jolHints:title')} data-plain-language-hints={code}>
      <strong>{t('jolHints:title')}</strong>
      <p style={{ margin: '0.25rem 0' }} data-testid="plain-language-summary">
        {t('jolHints:summary', {
          words: hints.words,
          sentences: hints.sentences,
          minutes: hints.readingMinutes,
        })}
      </p>
      {clear && <p style={{ margin: 0 }}>{t('jolHints:allClear')}</p>}
      {hints.longSentences.length > 0 && (
        <details>
          <summary>{t('jolHints:longSentences', { limit: limits.sentenceWords })}</summary>
          <ul>
            {hints.longSentences.map((sentence, index) => (
              <li key={index}>
                {sentence.text} ({t('jolHints:wordCount', { count: sentence.words })})
              </li>
            ))}
          </ul>
        </details>
      )}
      {hints.longWords.length > 0 && (
        <p style={{ margin: '0.25rem 0' }}>
          {t('jolHints:longWords', { limit: limits.wordLetters })} {hints.longWords.join(', ')}
        </p>
      )}
      {hints.longParagraphs.length > 0 && (
        <details>
          <summary>{t('jolHints:longParagraphs', { limit: limits.paragraphWords })}</summary>
          <ul>
            {hints.longParagraphs.map((paragraph, index) => (
              <li key={index}>
                {paragraph.start} ({t('jolHints:wordCount', { count: paragraph.words })})
              </li>
            ))}
          </ul>
        </details>
      )}
      <p style={{ margin: '0.25rem 0 0', color: 'var(--theme-elevation-500)' }}>{t('jolHints:guidance')}</p>
    </section>
  )
}
