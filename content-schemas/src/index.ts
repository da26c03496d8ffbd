export * from './locales'
export * from './enums'
