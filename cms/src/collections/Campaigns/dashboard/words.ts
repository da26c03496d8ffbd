import { isLocaleCode } from '@jol/content-schemas'

import { dashboardTexts } from '../../../i18n/dashboardTexts'
import { labelTables } from '../../../i18n/labels'
import { questionWordsIn } from '../../Questions/responseMap'
import {
  englishDashboardWords,
  objectiveMeasures,
  type DashboardWords,
  type ObjectiveMeasure,
} from './aggregate'

/**
 * The dashboard's words in an admin language: its own table, and the objectives' measures as the
 * campaign form names them (Jol's labels, without the code marks they wear there).
 */
export function dashboardWordsIn(language: string | undefined): DashboardWords {
  if (!isLocaleCode(language) || language === 'en') return englishDashboardWords
  const labels = labelTables[language]
  const measures = Object.fromEntries(
    (Object.keys(objectiveMeasures) as ObjectiveMeasure[]).map((measure) => [
      measure,
      (
        labels[`collections.campaigns.fields.objectives.measure.options.${measure}`] ??
        objectiveMeasures[measure]
      ).replace(/`/g, ''),
    ]),
  ) as Record<ObjectiveMeasure, string>
  return { ...dashboardTexts[language], measures, asked: questionWordsIn(language) }
}
