'use client'
import { readTranslationState, translationStatuses, type TranslationStatus } from '@jol/content-schemas'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { jolText } from '../../i18n/jolText'
import type { TranslationTexts } from '../../i18n/translationTexts'

/** Each status's mark, colour and words (`jolTranslations`, in the user's admin language). */
export const statusMarks: Record<
  TranslationStatus,
  { mark: string; label: keyof TranslationTexts; colour: string }
> = {
  source: { mark: '●', label: 'source', colour: 'var(--theme-elevation-600)' },
  'up-to-date': { mark: '✓', label: 'upToDate', colour: 'var(--theme-success-600, #2e7d32)' },
  outdated: { mark: '!', label: 'outdatedSince', colour: 'var(--theme-warning-700, #a15c00)' },
  missing: { mark: '–', label: 'missing', colour: 'var(--theme-error-600, #b3261e)' },
}

/** The list view's column: each locale's translation status, as a letter code and a mark. */
export function TranslationStatusCell({ rowData }: DefaultCellComponentProps) {
  const text = jolText(useTranslation().i18n, 'jolTranslations')
  const statuses = translationStatuses(readTranslationState(rowData?.translationState))
  return (
    <span data-translation-status style={{ display: 'inline-flex', gap: '0.4rem', whiteSpace: 'nowrap' }}>
      {Object.entries(statuses).map(([code, status]) => (
        <span
          key={code}
          data-locale={code}
          data-status={status}
          title={`${code}: ${text(statusMarks[status].label)}`}
          style={{ color: statusMarks[status].colour }}
        >
          {code}
          {statusMarks[status].mark}
        </span>
      ))}
    </span>
  )
}
