/** The recovery rules: what they derive, what they warn about, and the whole plan evaluated. */
export { evaluatePlan } from './evaluate-plan';
export { compareDateThenId, deriveSessions } from './derive-sessions';
export { compareWarnings, sessionWarnings, WARNING_ORDER } from './session-warnings';
export { weekWarnings } from './week-warnings';
export {
  describeSession,
  RECOVERY_BY_LEVEL,
  RECOVERY_PACE_OFFSET_SEC_PER_KM,
  recoveryShape,
  type RecoveryShape,
} from './recovery-session';
