/**
 * The credits file of a press kit: for each photo, the file name in the kit, its caption, who
 * took it and under which licence, so an editor can publish it correctly without asking.
 */

export interface PhotoCredit {
  file: string
  caption?: string | undefined
  credit: string
  licence: string
}

export interface CreditLabels {
  file: string
  caption: string
  credit: string
  licence: string
}

export function creditsText(photos: PhotoCredit[], labels: CreditLabels): string {
  return `${photos
    .map((photo) =>
      [
        `${labels.file}: ${photo.file}`,
        photo.caption ? `${labels.caption}: ${photo.caption}` : undefined,
        `${labels.credit}: ${photo.credit}`,
        `${labels.licence}: ${photo.licence}`,
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n')}\n`
}
