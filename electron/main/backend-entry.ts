// The entry of the backend utility process (Electron's utilityProcess, the way Actual Budget's
// desktop app runs its server): the router, the store, reports and analytics run here, so a long
// export or a 5,000-node analysis never blocks the main process's windows and menus. The main
// process sends one message carrying the data folder and a MessagePort; everything else crosses
// that port (electron/core/transport). This file imports no Electron API: `process.parentPort` is
// the one thing Electron gives a utility process.
import type { MessagePortMain } from 'electron';
import { z } from 'zod';
import { systemClock } from '../core/app/context';
import { DataDir } from '../core/app/data-dir';
import { handlers } from '../core/handlers';
import { startBackend } from '../core/transport/backend';

const init = z.object({
  dataDir: z.string().min(1),
  appVersion: z.string(),
  canEncrypt: z.boolean().default(false),
});

process.parentPort.once('message', (event: { data: unknown; ports: MessagePortMain[] }) => {
  const parsed = init.safeParse(event.data);
  const port = event.ports[0];
  if (!parsed.success || !port) {
    console.error('[backend] the main process sent no data folder or no port; exiting.');
    process.exit(1);
  }
  startBackend({
    port: { post: (m) => port.postMessage(m), onMessage: (l) => port.on('message', (e) => l(e.data)) },
    handlers,
    dataDir: new DataDir(parsed.data.dataDir),
    clock: systemClock,
    appVersion: parsed.data.appVersion,
    canEncrypt: parsed.data.canEncrypt,
    onShutdown: () => setImmediate(() => process.exit(0)),
    log: (line) => console.error(line),
  });
  port.start();
});
