/** What each command declares: the options it parses, its positional arguments, and the help that documents them. */
import { describe, expect, it } from 'vitest';

import { buildCommand } from '../../src/cli/commands/build.js';
import { entitiesCommand } from '../../src/cli/commands/entities.js';
import { exportCommand } from '../../src/cli/commands/export.js';
import { figuresCommand } from '../../src/cli/commands/figures.js';
import { listCommand } from '../../src/cli/commands/list.js';
import { quotesCommand } from '../../src/cli/commands/quotes.js';
import { showCommand } from '../../src/cli/commands/show.js';
import { statsCommand } from '../../src/cli/commands/stats.js';
import { timelineCommand } from '../../src/cli/commands/timeline.js';
import { topicsCommand } from '../../src/cli/commands/topics.js';
import { HELP_INDENT, HELP_WIDTH } from '../../src/cli/wrap.js';
import { articles, toCsv } from '../../src/index.js';

const COMMANDS = [
  ['list', listCommand],
  ['show', showCommand],
  ['entities', entitiesCommand],
  ['topics', topicsCommand],
  ['stats', statsCommand],
  ['quotes', quotesCommand],
  ['timeline', timelineCommand],
  ['figures', figuresCommand],
  ['export', exportCommand],
  ['build', buildCommand],
] as const;

describe('the commands', () => {
  it.each(COMMANDS)('%s documents, in its usage and help, exactly the options it declares', (_name, command) => {
    const documented = new Set(
      [...`${command.usage}\n${command.help}`.matchAll(/(?<![\w-])--([a-z]+(?:-[a-z]+)*)/g)].map((match) => match[1]),
    );
    expect([...documented].sort()).toEqual(Object.keys(command.options).sort());
  });

  it.each(COMMANDS)('%s shows in its usage line one <argument> for each positional it declares', (name, command) => {
    expect(command.usage.startsWith(`ru-tj-news ${name} `)).toBe(true);
    // An option's value, such as `[--out <file>]`, sits inside brackets, so it is not a whole word here;
    // a positional given one or more times is written `<raw.txt>…`.
    const positionals = command.usage.split(' ').filter((word) => /^<[a-z.]+>…?$/.test(word));
    expect(positionals).toHaveLength(command.positionals.length);
  });

  it.each(COMMANDS)(`%s keeps every help line within ${HELP_WIDTH} columns`, (_name, command) => {
    expect(Math.max(...command.help.split('\n').map((line) => line.length))).toBeLessThanOrEqual(HELP_WIDTH);
  });
});

describe('build', () => {
  it('declares a last positional given one or more times, and shows it with …', () => {
    expect(buildCommand.repeatsLast).toBe(true);
    expect(buildCommand.usage).toMatch(/^ru-tj-news build <raw\.txt>… /);
  });

  it(`keeps every help line within ${HELP_WIDTH} columns`, () => {
    expect(Math.max(...buildCommand.help.split('\n').map((line) => line.length))).toBeLessThanOrEqual(HELP_WIDTH);
  });
});

describe('list --help', () => {
  it('names every CSV column, in export order, from the one table toCsv writes', () => {
    const help = listCommand.help.replaceAll(`\n${' '.repeat(HELP_INDENT)}`, ' ');
    const header = toCsv(articles.slice(0, 1)).split('\r\n')[0]!; // a CSV always has its header row
    expect(help).toContain(`Columns for csv (default: all): ${header.split(',').join(', ')}`);
  });

  it(`keeps every help line within ${HELP_WIDTH} columns`, () => {
    expect(Math.max(...listCommand.help.split('\n').map((line) => line.length))).toBeLessThanOrEqual(HELP_WIDTH);
  });
});
