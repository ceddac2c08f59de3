/**
 * Names, titles and goals are one line: a card, a sidebar entry, an iCal SUMMARY and a PDF
 * heading each show them on one. A line break inside one (only a hand-edited plan file or another
 * program can send it; the app's own fields are single-line inputs) reads as the space it stands
 * for, with the spaces around it: "Long run\n by the river" is "Long run by the river".
 * Notes keep their line breaks: their layout is the coach's.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]\s*/g, ' ');
}
