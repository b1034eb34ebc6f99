// The ways a benchmark puts its section into bench/RESULTS.md, leaving the rest as it was.
import fs from 'node:fs';

/**
 * Writes `section` (which begins with `start` and ends with `end`, two marker comments) into
 * the file in place of the text between the markers, or at its end when they are not there yet.
 */
export function writeMarkedSection(file: string, section: string, start: string, end: string) {
  const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const from = previous.indexOf(start);
  const to = previous.indexOf(end);
  fs.writeFileSync(
    file,
    from >= 0 && to > from
      ? previous.slice(0, from) + section + previous.slice(to + end.length)
      : `${previous.trimEnd()}\n\n${section}\n`,
  );
}

/**
 * The markdown with the section under `heading` put in place of the previous one (up to the
 * next heading or the hand-written findings), or before the findings when there was none.
 */
export function withHeadedSection(
  markdown: string,
  heading: string,
  section: string,
  findings: string,
): string {
  const start = markdown.indexOf(heading);
  if (start >= 0) {
    const after = start + heading.length;
    const ends = [markdown.indexOf('\n## ', after) + 1, markdown.indexOf(findings, after)].filter(
      (i) => i > 0,
    );
    return `${markdown.slice(0, start)}${section}\n${markdown.slice(Math.min(markdown.length, ...ends))}`;
  }
  const at = markdown.indexOf(findings);
  if (at < 0) return `${markdown.trimEnd()}\n\n${section}`;
  return `${markdown.slice(0, at)}${section}\n${markdown.slice(at)}`;
}
