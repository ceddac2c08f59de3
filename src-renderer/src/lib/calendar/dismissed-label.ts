import type { DerivedRuleId } from '../../../../src-shared/domain/types';

/** What a rule suggests, in a coach's words (a dismissal names its rule, not a session). */
export function dismissedLabel(ruleId: DerivedRuleId): string {
  return ruleId.startsWith('recovery') ? 'Recovery run' : 'Rest day';
}
