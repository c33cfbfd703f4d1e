/** What each command declares: the options it parses, its positional arguments, and the help that documents them. */
import { describe, expect, it } from 'vitest';

import { entitiesCommand } from '../../src/cli/commands/entities.js';
import { exportCommand } from '../../src/cli/commands/export.js';
import { listCommand } from '../../src/cli/commands/list.js';
import { showCommand } from '../../src/cli/commands/show.js';
import { statsCommand } from '../../src/cli/commands/stats.js';
import { topicsCommand } from '../../src/cli/commands/topics.js';

const COMMANDS = [
  ['list', listCommand],
  ['show', showCommand],
  ['entities', entitiesCommand],
  ['topics', topicsCommand],
  ['stats', statsCommand],
  ['export', exportCommand],
] as const;

describe('the commands', () => {
  it.each(COMMANDS)('%s documents, in its usage and help, exactly the options it declares', (_name, command) => {
    const documented = new Set(
      [...`${command.usage}\n${command.help}`.matchAll(/(?<![\w-])--([a-z]+)/g)].map((match) => match[1]),
    );
    expect([...documented].sort()).toEqual(Object.keys(command.options).sort());
  });

  it.each(COMMANDS)('%s shows in its usage line one <argument> for each positional it declares', (name, command) => {
    expect(command.usage.startsWith(`ru-tj-news ${name} `)).toBe(true);
    // An option's value, such as `[--out <file>]`, sits inside brackets, so it is not a whole word here.
    const positionals = command.usage.split(' ').filter((word) => /^<[a-z]+>$/.test(word));
    expect(positionals).toHaveLength(command.positionals.length);
  });
});
