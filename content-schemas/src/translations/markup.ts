/** Text as XLIFF inline content: `&`, `<` and `>` escaped (quotes need no escaping in content). */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The words of a unit's inline content, for people: markup dropped, line breaks as new lines. */
export function unitPlainText(markup: string): string {
  return markup
    .replace(/<ph\b[^>]*subType="xlf:lb"[^>]*\/>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
