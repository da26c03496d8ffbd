import { countryDownload } from '../../../../lib/country-downloads'
import { directoryCsv } from '../../../../lib/help'

/** `/{locale}/help/{country}/directory.csv`: the country's directory for partners, in the reader's language. */
const download = countryDownload('directory.csv', 'text/csv; charset=utf-8', directoryCsv)

export const getStaticPaths = download.getStaticPaths
export const GET = download.GET
