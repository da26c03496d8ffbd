import { SourceBeside as SourceBeside_03a697c06b061c9d4d8c83a2470e93ee } from '../../../translations/components/TranslationPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PlainLanguageHints as PlainLanguageHints_06cad556d77af1826659ad785e8bffe7 } from '../../../fields/plainLanguage/PlainLanguageHints'
import { TranslationPanel as TranslationPanel_03a697c06b061c9d4d8c83a2470e93ee } from '../../../translations/components/TranslationPanel'
import { TranslationStatusCell as TranslationStatusCell_6e61025a91ce7469f89d409857ab84d4 } from '../../../translations/components/TranslationStatusCell'
import { CampaignCoverage as CampaignCoverage_5912d09ac9d2451af74830c30f7ceeb2 } from '../../../collections/Campaigns/CampaignCoverage'
import { CampaignDashboardView as CampaignDashboardView_204b3ab5f8faad7d9c43c7613e7c6974 } from '../../../collections/Campaigns/dashboard/DashboardView'
import { QuestionsByTopicAndPlace as QuestionsByTopicAndPlace_84b723e8e4f46037a4a1f6679a84ef40 } from '../../../collections/Questions/components/QuestionsByTopicAndPlace'
import { VerifyButton as VerifyButton_95c4e92ccb2200b92b559d992edd1d53 } from '../../../collections/Services/components/VerifyButton'
import { NeedsCheckingList as NeedsCheckingList_bbac369f4dc3dca4eb667a1f338789b0 } from '../../../collections/Services/components/NeedsChecking'
import { SiteBuildStatus as SiteBuildStatus_d21d19b48888d15c1bddea20b1a023a6 } from '../../../publishing/components/SiteBuildStatus'
import { WorkbenchNavLinks as WorkbenchNavLinks_589c4270ccce55751e15a52775a91c6a } from '../../../workbench/NavLinks'
import { NeedsCheckingDashboard as NeedsCheckingDashboard_bbac369f4dc3dca4eb667a1f338789b0 } from '../../../collections/Services/components/NeedsChecking'
import { ToTranslateView as ToTranslateView_6023b9c77fe9be22c098cfbfa9ef1174 } from '../../../workbench/views'
import { CalendarView as CalendarView_6023b9c77fe9be22c098cfbfa9ef1174 } from '../../../workbench/views'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/translations/components/TranslationPanel#SourceBeside": SourceBeside_03a697c06b061c9d4d8c83a2470e93ee,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/fields/plainLanguage/PlainLanguageHints#PlainLanguageHints": PlainLanguageHints_06cad556d77af1826659ad785e8bffe7,
  "/translations/components/TranslationPanel#TranslationPanel": TranslationPanel_03a697c06b061c9d4d8c83a2470e93ee,
  "/translations/components/TranslationStatusCell#TranslationStatusCell": TranslationStatusCell_6e61025a91ce7469f89d409857ab84d4,
  "/collections/Campaigns/CampaignCoverage#CampaignCoverage": CampaignCoverage_5912d09ac9d2451af74830c30f7ceeb2,
  "/collections/Campaigns/dashboard/DashboardView#CampaignDashboardView": CampaignDashboardView_204b3ab5f8faad7d9c43c7613e7c6974,
  "/collections/Questions/components/QuestionsByTopicAndPlace#QuestionsByTopicAndPlace": QuestionsByTopicAndPlace_84b723e8e4f46037a4a1f6679a84ef40,
  "/collections/Services/components/VerifyButton#VerifyButton": VerifyButton_95c4e92ccb2200b92b559d992edd1d53,
  "/collections/Services/components/NeedsChecking#NeedsCheckingList": NeedsCheckingList_bbac369f4dc3dca4eb667a1f338789b0,
  "/publishing/components/SiteBuildStatus#SiteBuildStatus": SiteBuildStatus_d21d19b48888d15c1bddea20b1a023a6,
  "/workbench/NavLinks#WorkbenchNavLinks": WorkbenchNavLinks_589c4270ccce55751e15a52775a91c6a,
  "/collections/Services/components/NeedsChecking#NeedsCheckingDashboard": NeedsCheckingDashboard_bbac369f4dc3dca4eb667a1f338789b0,
  "/workbench/views#ToTranslateView": ToTranslateView_6023b9c77fe9be22c098cfbfa9ef1174,
  "/workbench/views#CalendarView": CalendarView_6023b9c77fe9be22c098cfbfa9ef1174,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
