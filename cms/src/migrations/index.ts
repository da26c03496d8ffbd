import * as migration_20261123_191420_initial from './20261123_191420_initial';
import * as migration_20261126_093600_site_build from './20261126_093600_site_build';
import * as migration_20261202_015940_no_account_lockout from './20261202_015940_no_account_lockout';
import * as migration_20261202_020136_settings_drafts from './20261202_020136_settings_drafts';
import * as migration_20261202_081536_round_two from './20261202_081536_round_two';
import * as migration_20261202_115449_round_three from './20261202_115449_round_three';
import * as migration_20261203_152607_leaflet_first_published from './20261203_152607_leaflet_first_published';

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
    up: migration_20261202_081536_round_two.up,
    down: migration_20261202_081536_round_two.down,
    name: '20261202_081536_round_two',
  },
  {
    up: migration_20261202_115449_round_three.up,
    down: migration_20261202_115449_round_three.down,
    name: '20261202_115449_round_three',
  },
  {
    up: migration_20261203_152607_leaflet_first_published.up,
    down: migration_20261203_152607_leaflet_first_published.down,
    name: '20261203_152607_leaflet_first_published'
  },
];
