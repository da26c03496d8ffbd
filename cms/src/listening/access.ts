import type { Access } from 'payload'

/**
 * What readers send and what the logs count is written by Jol's own code only (the reach import, the
 * public form endpoints), through the Local API with `overrideAccess`: no REST, GraphQL or admin
 * write, by anyone, so a count or an answer cannot be made up or quietly edited.
 */
export const writtenByJolOnly: Access = () => false
