export * from './status'
export * from './wordDiff'
export * from './markup'
