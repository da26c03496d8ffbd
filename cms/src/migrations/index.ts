import * as migration_20261123_191420_initial from './20261123_191420_initial';

export const migrations = [
  {
    up: migration_20261123_191420_initial.up,
    down: migration_20261123_191420_initial.down,
    name: '20261123_191420_initial'
  },
];
