// The overview lists each command's summary without loading the command; the summary it shows must
// be the command's own.
import { describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';

describe('steadfast command entries', () => {
  it('list the same summary the loaded command has', async () => {
    for (const [name, entry] of Object.entries(commands)) {
      expect((await entry.load()).summary, name).toBe(entry.summary);
    }
  });
});
