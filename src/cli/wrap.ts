/** Help text laid out in columns. */

/** Where the description column of a command's help starts: after `  --fields <a,b,...>   `. */
export const HELP_INDENT = 23;
/** The widest a help line gets. */
export const HELP_WIDTH = 103;

/**
 * `text` broken into lines of at most {@link HELP_WIDTH} columns between words, for the
 * description column of a help screen: every line after the first is indented to it.
 */
export function wrapHelp(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && HELP_INDENT + line.length + 1 + word.length > HELP_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(HELP_INDENT)}`);
}
