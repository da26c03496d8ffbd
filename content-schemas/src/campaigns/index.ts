export * from './colours'
export * from './coverage'
