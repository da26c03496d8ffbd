export * from './locales'
export * from './enums'
export * from './snapshot'
export * from './listening'
