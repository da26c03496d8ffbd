import * as migration_20261123_191420_initial from './20261123_191420_initial';
import * as migration_20261126_093600_site_build from './20261126_093600_site_build';
import * as migration_20261202_015940_no_account_lockout from './20261202_015940_no_account_lockout';
import * as migration_20261202_020136_settings_drafts from './20261202_020136_settings_drafts';
import * as migration_20261202_021806_reach_counts from './20261202_021806_reach_counts';
import * as migration_20261202_030747_site_build_left_out from './20261202_030747_site_build_left_out';
import * as migration_20261202_030844_feedback from './20261202_030844_feedback';
import * as migration_20261202_071438_questions from './20261202_071438_questions';

export const migrations = [
  {
    up: migration_20261123_191420_initial.up,
    down: migration_20261123_191420_initial.down,
    name: '20261123_191420_initial',
  },
  {
    up: migration_20261126_093600_site_build.up,
    down: migration_20261126_093600_site_build.down,
    name: '20261126_093600_site_build',
  },
  {
    up: migration_20261202_015940_no_account_lockout.up,
    down: migration_20261202_015940_no_account_lockout.down,
    name: '20261202_015940_no_account_lockout',
  },
  {
    up: migration_20261202_020136_settings_drafts.up,
    down: migration_20261202_020136_settings_drafts.down,
    name: '20261202_020136_settings_drafts',
  },
  {
    up: migration_20261202_021806_reach_counts.up,
    down: migration_20261202_021806_reach_counts.down,
    name: '20261202_021806_reach_counts',
  },
  {
    up: migration_20261202_030747_site_build_left_out.up,
    down: migration_20261202_030747_site_build_left_out.down,
    name: '20261202_030747_site_build_left_out',
  },
  {
    up: migration_20261202_030844_feedback.up,
    down: migration_20261202_030844_feedback.down,
    name: '20261202_030844_feedback',
  },
  {
    up: migration_20261202_071438_questions.up,
    down: migration_20261202_071438_questions.down,
    name: '20261202_071438_questions'
  },
];
