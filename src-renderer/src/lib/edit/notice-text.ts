/**
 * A notice's sentence for a step just taken. Step names are commands ("Delete week 3"), as the
 * Undo button reads them ("Undo delete week 3"); beside an Undo button in a notice a command read
 * as a question to the coach, so the notice says what happened ("Deleted week 3").
 */
const DONE: Record<string, string> = {
  Delete: 'Deleted',
  Clear: 'Cleared',
  Cut: 'Cut',
  Paste: 'Pasted',
  Dismiss: 'Dismissed',
  Remove: 'Removed',
};

export function doneText(stepLabel: string): string {
  const match = /^(\w+)(.*)$/s.exec(stepLabel);
  const done = match ? DONE[match[1].charAt(0).toUpperCase() + match[1].slice(1)] : undefined;
  return done && match ? `${done}${match[2]}` : stepLabel;
}
