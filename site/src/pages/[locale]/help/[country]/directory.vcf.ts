import { countryDownload } from '../../../../lib/country-downloads'
import { directoryVcard } from '../../../../lib/help'

/** `/{locale}/help/{country}/directory.vcf`: the country's services as contacts for a phone. */
const download = countryDownload('directory.vcf', 'text/vcard; charset=utf-8', directoryVcard)

export const getStaticPaths = download.getStaticPaths
export const GET = download.GET
