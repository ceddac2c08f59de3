import type { WarningRuleId } from '../../../../src-shared/domain/types';

/** Short names for the week-level flags in the totals column (the full sentence is the tooltip). */
export const WEEK_FLAG_LABEL: Partial<Record<WarningRuleId, string>> = {
  'distance-jump': 'Distance jump',
  'over-run-days': 'Too many run days',
  'load-spike': 'Load spike',
  'high-monotony': 'Monotonous',
  'taper-short': 'Short taper',
};
