import { todayLocal, type IsoDate } from '../../../../src-shared/domain/dates';

/** Today's local date from the system clock: the one place the renderer reads it. */
export function today(): IsoDate {
  return todayLocal(new Date());
}
