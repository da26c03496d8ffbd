import * as migration_20261123_191420_initial from './20261123_191420_initial';
import * as migration_20261126_093600_site_build from './20261126_093600_site_build';
import * as migration_20261202_030747_site_build_left_out from './20261202_030747_site_build_left_out';

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
    up: migration_20261202_030747_site_build_left_out.up,
    down: migration_20261202_030747_site_build_left_out.down,
    name: '20261202_030747_site_build_left_out'
  },
];
