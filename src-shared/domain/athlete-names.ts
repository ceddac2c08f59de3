/**
 * A new athlete's name that the sidebar can tell apart from the athletes already stored: a plan
 * file imported again with "Create a new athlete" gives "Sam Lee (2)", then "Sam Lee (3)" (it gave
 * several "Sam Lee"). Names are compared without regard to case ("sam lee" reads as "Sam Lee");
 * a file from "Sam Lee (2)" counts on from "Sam Lee"; the result keeps to a name's 100 characters.
 */
export const ATHLETE_NAME_MAX = 100;

/** Two names the sidebar cannot tell apart compare equal: case and outer spaces aside. */
export function athleteNameKey(name: string): string {
  return name.trim().toLowerCase();
}

export function distinctAthleteName(name: string, taken: Iterable<string>, max = ATHLETE_NAME_MAX): string {
  const key = athleteNameKey;
  const used = new Set([...taken].map(key));
  if (!used.has(key(name))) return name;
  const numbered = /^(.*\S) \((\d+)\)$/.exec(name);
  const base = numbered && used.has(key(numbered[1])) ? numbered[1] : name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    // Cut by code points, so a letter outside the BMP is never split in half.
    const room = Array.from(base)
      .slice(0, max - suffix.length)
      .join('')
      .trimEnd();
    const candidate = `${room}${suffix}`;
    if (!used.has(key(candidate))) return candidate;
  }
}
