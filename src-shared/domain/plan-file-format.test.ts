import { describe, expect, it } from 'vitest';
import { PLAN_FILE_MAX_CHARS, planFileBytesProblem, planFileSizeProblem } from './plan-file-format';

describe('a file too large to be a plan file', () => {
  it('is refused by its characters, naming its size and the limit', () => {
    expect(planFileSizeProblem('x'.repeat(PLAN_FILE_MAX_CHARS))).toBeNull();
    expect(planFileSizeProblem('x'.repeat(27_000_000))).toBe(
      'the file is about 27.0 MB, larger than a plan file may be (at most 20 MB)',
    );
  });

  it('is refused by its bytes before it is read where no encoding could make it small enough', () => {
    // A UTF-16 file (Notepad's "Unicode") takes two bytes a character, plus its byte-order mark.
    expect(planFileBytesProblem(2 * PLAN_FILE_MAX_CHARS + 2)).toBeNull();
    expect(planFileBytesProblem(27_000_000)).toBeNull(); // read, then judged by its characters
    expect(planFileBytesProblem(2_400_000_000)).toBe(
      'the file is about 2400.0 MB, larger than a plan file may be (at most 20 MB)',
    );
  });
});
