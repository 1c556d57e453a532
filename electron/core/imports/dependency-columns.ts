// The Dependencies sheet: one row per "consumer needs provider" edge between processes and resources
// named on the other sheets or already in the workspace, with its strength, redundancy group and notes.
import { NODE_KINDS } from '../../../shared/domain/model';
import type { SheetSpec } from './columns';

const kindHelp = (role: string) =>
  `Only needed when the ${role} name belongs to several kinds (an application and a datastore both called "Billing"): one of ${NODE_KINDS.join(', ')}.`;

export const DEPENDENCIES_SHEET: SheetSpec = {
  kind: 'dependencies',
  sheetName: 'Dependencies',
  columns: [
    {
      key: 'consumer',
      header: 'Consumer',
      required: true,
      aliases: ['consumername', 'dependent', 'from'],
      help: 'The process or resource that needs the provider: from the Processes or Resources sheet or already in the workspace. Consumer and provider together identify the dependency on re-import.',
    },
    {
      key: 'provider',
      header: 'Provider',
      required: true,
      aliases: ['providername', 'dependson', 'needs', 'to'],
      help: 'The process or resource it needs: from the Processes or Resources sheet or already in the workspace.',
    },
    {
      key: 'hard',
      header: 'Hard',
      required: false,
      aliases: ['required', 'strength'],
      help: 'yes (the default when empty): the consumer fails when the provider fails and waits for its recovery; no: drawn on the map only. Also accepted: true/false, hard/soft, 1/0.',
    },
    {
      key: 'group',
      header: 'Redundancy group',
      required: false,
      aliases: ['group', 'redundancy', 'groupid'],
      help: 'A name shared by rows of one consumer whose providers are redundant: any one of them suffices. Only hard dependencies can be grouped. Empty: the provider is needed on its own.',
    },
    {
      key: 'notes',
      header: 'Notes',
      required: false,
      help: 'Why the consumer needs it, in a sentence or two.',
    },
    {
      key: 'consumerKind',
      header: 'Consumer kind',
      required: false,
      aliases: ['consumertype'],
      help: kindHelp('consumer'),
    },
    {
      key: 'providerKind',
      header: 'Provider kind',
      required: false,
      aliases: ['providertype'],
      help: kindHelp('provider'),
    },
  ],
  examples: [
    ['Billing platform', 'Billing database', 'yes', '', '', 'application', 'datastore'],
    [
      'Billing database',
      'Primary data centre',
      'yes',
      'data-centres',
      'Replicated to both sites',
      'datastore',
      'site',
    ],
    ['Billing database', 'Backup data centre', 'yes', 'data-centres', '', 'datastore', 'site'],
    [
      'Warehouse dispatch',
      'Billing platform',
      'no',
      '',
      'Prints invoices with shipments',
      'process',
      'application',
    ],
  ],
};
