import type { Migration } from './migration';

/**
 * Version 6 (issue 11, "library workouts carry steps"): a library workout's structured steps, as
 * JSON text like a session's (`sessions.steps`, version 4); NULL for none.
 */
export const migration006LibrarySteps: Migration = {
  version: 6,
  name: 'library-steps',
  up: `
    ALTER TABLE library ADD COLUMN steps TEXT CHECK (steps IS NULL OR json_valid(steps));
  `,
};
