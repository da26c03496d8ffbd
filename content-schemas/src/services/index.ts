export * from './vocabulary'
export * from './freshness'
export * from './snapshot'
