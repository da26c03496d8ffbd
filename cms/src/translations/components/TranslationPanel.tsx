'use client'
import {
  isLocaleCode,
  readTranslationState,
  sourceLocale,
  translationStatus,
  unitPlainText,
  unitsTranslated,
  wordDiff,
} from '@jol/content-schemas'
import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'

import { jolText } from '../../i18n/jolText'

import { statusMarks } from './TranslationStatusCell'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 4px)',
  padding: '0.75rem 1rem',
  marginBottom: 'var(--spacing-field, 1.5rem)',
  fontSize: '0.8125rem',
  lineHeight: 1.5,
}

/** What changed in one source unit since the translation was made, word by word. */
export function SourceChange({ before, after }: { before: string | undefined; after: string }) {
  if (before === undefined) return <ins data-diff="added">{unitPlainText(after)}</ins>
  return (
    <>
      {wordDiff(before, after).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index} data-diff="added" style={{ background: 'var(--theme-success-100, #e6f4ea)' }}>
            {part.text}
          </ins>
        ) : (
          <del key={index} data-diff="removed" style={{ background: 'var(--theme-error-100, #fce8e6)' }}>
            {part.text}
          </del>
        ),
      )}
    </>
  )
}

/**
 * On the edit screen, in a locale other than the source: this translation's status, the source text
 * of every unit, and for an outdated translation what changed in the source since it was made.
 */
export function TranslationPanel() {
  const value = useFormFields(([fields]) => fields.translationState?.value)
  const locale = useLocale()
  const text = jolText(useTranslation().i18n, 'jolTranslations')
  const code = locale?.code
  if (!isLocaleCode(code) || code === sourceLocale) return null
  const state = readTranslationState(value)
  const status = translationStatus(state, code)
  const units = state.source?.units ?? {}
  const before = unitsTranslated(state, code)
  return (
    <section style={box} aria-label={text('translation')} data-translation-panel={code} data-status={status}>
      <strong>{text('panelTitle', { language: code, status: text(statusMarks[status].label) })}</strong>
      <dl style={{ margin: '0.5rem 0 0' }}>
        {Object.entries(units).map(([id, text]) => {
          const changed = status === 'outdated' && before?.[id] !== text
          return (
            <div key={id} data-unit={id} data-changed={changed || undefined}>
              <dt style={{ fontWeight: 600 }}>{id}</dt>
              <dd style={{ margin: '0 0 0.5rem', whiteSpace: 'pre-wrap' }}>
                {changed ? <SourceChange before={before?.[id]} after={text} /> : unitPlainText(text)}
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}

/** Beside a translated text field: the source language's text of the same field. */
export function SourceBeside({ path }: { path?: string }) {
  const value = useFormFields(([fields]) => fields.translationState?.value)
  const locale = useLocale()
  const code = locale?.code
  if (!path || !isLocaleCode(code) || code === sourceLocale) return null
  const state = readTranslationState(value)
  const text = state.source?.units[path]
  if (text === undefined) return null
  const before = unitsTranslated(state, code)?.[path]
  const changed = translationStatus(state, code) === 'outdated' && before !== text
  return (
    <div data-source-beside={path} style={{ fontSize: '0.75rem', color: 'var(--theme-elevation-600)' }}>
      {sourceLocale}: {changed ? <SourceChange before={before} after={text} /> : unitPlainText(text)}
    </div>
  )
}
