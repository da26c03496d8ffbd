/**
 * Boots the CMS configuration once, in its own process, and exits: 0 when the database answered,
 * 1 with the error on stderr when it did not. Used to test start-up failures that end a process.
 */
import config from '@jol/cms/config'
import { getPayload } from 'payload'

getPayload({ config }).then(
  async (payload) => {
    console.log(`ready: ${payload.db.name}`)
    await payload.destroy()
    process.exit(0)
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
