import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { intlTagOf, jolText } from '../../i18n/jolText'

/** 25 MiB: enough for a press photo at full resolution; `JOL_MAX_UPLOAD_BYTES` changes it. */
export const maxUploadBytes = (): number => Number(process.env.JOL_MAX_UPLOAD_BYTES) || 25 * 1024 * 1024

export const acceptedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'image/svg+xml',
  'application/pdf',
]

/**
 * Refuse (never truncate) a file over the limit, whichever door it came through. REST uploads are
 * also stopped by the multipart parser; the Local API hands the whole file to us, so check here.
 */
export const refuseOversizedFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (file && (file.size > maxUploadBytes() || (file as { truncated?: boolean }).truncated)) {
    const oneDecimal = new Intl.NumberFormat(intlTagOf(req.i18n?.language), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    })
    const megabytes = (bytes: number) => oneDecimal.format(bytes / 1024 / 1024)
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: jolText(req.i18n, 'jolRefusals')('fileTooLarge', {
            name: file.name,
            size: megabytes(file.size),
            limit: megabytes(maxUploadBytes()),
          }),
        },
      ],
    })
  }
  return args
}
