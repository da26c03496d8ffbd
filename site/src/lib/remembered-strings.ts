import type { Translate } from './i18n'

/**
 * A `Translate` that resolves each key with the same values once: i18next resolves a key anew on
 * every call (plural rules, interpolation), and every page asks for the same few dozen strings.
 * The UI strings are fixed for the life of the build process, so a string found stays true.
 */
export function rememberedStrings(translate: Translate): Translate {
  const known = new Map<string, string>()
  return (key, values) => {
    // Values are strings and numbers: JSON tells 1 from "1", which plural rules do too.
    const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`
    let text = known.get(id)
    if (text === undefined) {
      text = translate(key, values)
      known.set(id, text)
    }
    return text
  }
}
