import { migration001Initial } from './001-initial';
import { migration002RuleSettings } from './002-rule-settings';
import { migration003AvailabilityPhases } from './003-availability-phases';
import { migration004Workouts } from './004-workouts';
import { migration005EditHistory } from './005-edit-history';
import { migration006LibrarySteps } from './006-library-steps';
import { migration007IdsNeverReused } from './007-ids-never-reused';
import { migration008IcsExports } from './008-ics-exports';
import { migration009IcsCancellations } from './009-ics-cancellations';
import type { Migration } from './migration';

/** Every schema version in order. Append only: a shipped migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002RuleSettings,
  migration003AvailabilityPhases,
  migration004Workouts,
  migration005EditHistory,
  migration006LibrarySteps,
  migration007IdsNeverReused,
  migration008IcsExports,
  migration009IcsCancellations,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

// Versions must rise one by one, or an upgrade could skip or repeat a step.
MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
});

export type { Migration };
