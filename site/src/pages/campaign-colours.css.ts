import type { APIRoute } from 'astro'

import { campaignColoursCss } from '../lib/campaigns'
import { getSnapshot } from '../lib/site'

/** Campaign colours as a stylesheet of the site's own: the policy allows no inline style. */
export const GET: APIRoute = async () => new Response(campaignColoursCss((await getSnapshot()).campaigns), { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
