// The bridge the sandboxed renderer sees as window.api: one function per contract method (the
// literal below must name every method, and only those, or it does not compile) and a subscription
// to allow-listed events. No generic invoke, no ipcRenderer, no Node.
// Sandboxed preloads are CommonJS and may only require 'electron': import constants from the
// contract's zod-free modules and everything else as types.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/contract/bridge';
import { EVENT_NAMES } from '../../shared/contract/events';
import type {
  BridgeMethods,
  Envelope,
  EventName,
  EventPayloads,
  MethodInput,
  MethodName,
  MethodResult,
  WindowBridge,
} from '../../shared/contract';

const call =
  <M extends MethodName>(method: M) =>
  (input: MethodInput<M>): Promise<Envelope<MethodResult<M>>> =>
    (ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input) as Promise<Envelope<MethodResult<M>>>).catch(
      (): Envelope<MethodResult<M>> => ({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `${method} got no answer from the application. Restart Steadfast and try again.`,
        },
      }),
    );

const methods: BridgeMethods = {
  'app.info': call('app.info'),
  'profile.get': call('profile.get'),
  'profile.set': call('profile.set'),
  'identity.list': call('identity.list'),
  'identity.create': call('identity.create'),
  'identity.unlock': call('identity.unlock'),
  'identity.lock': call('identity.lock'),
  'identity.remembered': call('identity.remembered'),
  'identity.unlockRemembered': call('identity.unlockRemembered'),
  'identity.forget': call('identity.forget'),
  'members.list': call('members.list'),
  'members.add': call('members.add'),
  'members.retire': call('members.retire'),
  'members.card': call('members.card'),
  'signoffs.list': call('signoffs.list'),
  'workspace.current': call('workspace.current'),
  'workspace.recent': call('workspace.recent'),
  'workspace.create': call('workspace.create'),
  'workspace.open': call('workspace.open'),
  'workspace.openRecent': call('workspace.openRecent'),
  'workspace.openDemo': call('workspace.openDemo'),
  'workspace.openReadOnly': call('workspace.openReadOnly'),
  'workspace.close': call('workspace.close'),
  'workspace.update': call('workspace.update'),
  'workspace.saveCopy': call('workspace.saveCopy'),
  'audit.list': call('audit.list'),
  'audit.verify': call('audit.verify'),
  'audit.integrity': call('audit.integrity'),
  'backups.list': call('backups.list'),
  'backups.restore': call('backups.restore'),
  'backups.listFailed': call('backups.listFailed'),
  'backups.restoreFailed': call('backups.restoreFailed'),
  // registers, graph, BIA and objectives (shared/contract/methods/bia.ts)
  'registers.get': call('registers.get'),
  'categories.save': call('categories.save'),
  'categories.retire': call('categories.retire'),
  'buckets.save': call('buckets.save'),
  'buckets.retire': call('buckets.retire'),
  'tiers.save': call('tiers.save'),
  'tiers.retire': call('tiers.retire'),
  'nodes.list': call('nodes.list'),
  'nodes.save': call('nodes.save'),
  'nodes.saveMany': call('nodes.saveMany'),
  'nodes.retire': call('nodes.retire'),
  'edges.list': call('edges.list'),
  'edges.save': call('edges.save'),
  'edges.retire': call('edges.retire'),
  'bia.get': call('bia.get'),
  'bia.rate': call('bia.rate'),
  'bia.rateMany': call('bia.rateMany'),
  'bia.setLoss': call('bia.setLoss'),
  'bia.update': call('bia.update'),
  'bia.transition': call('bia.transition'),
  'objectives.overview': call('objectives.overview'),
  'graph.map': call('graph.map'),
  'graph.blastRadius': call('graph.blastRadius'),
  'graph.savePositions': call('graph.savePositions'),
  'import.template': call('import.template'),
  'import.preview': call('import.preview'),
  'import.commit': call('import.commit'),
  'packet.current': call('packet.current'),
  'packet.cut': call('packet.cut'),
  'packet.review': call('packet.review'),
  'packet.accept': call('packet.accept'),
  'runbooks.templates': call('runbooks.templates'),
  'runbooks.list': call('runbooks.list'),
  'runbooks.get': call('runbooks.get'),
  'runbooks.create': call('runbooks.create'),
  'runbooks.duplicate': call('runbooks.duplicate'),
  'runbooks.update': call('runbooks.update'),
  'runbooks.saveStep': call('runbooks.saveStep'),
  'runbooks.deleteStep': call('runbooks.deleteStep'),
  'runbooks.moveStep': call('runbooks.moveStep'),
  'runbooks.transition': call('runbooks.transition'),
  'runbooks.print': call('runbooks.print'),
  'runbooks.compare': call('runbooks.compare'),
  'drtests.list': call('drtests.list'),
  'drtests.get': call('drtests.get'),
  'drtests.save': call('drtests.save'),
  'drtests.record': call('drtests.record'),
  'drtests.complete': call('drtests.complete'),
  'drtests.rescore': call('drtests.rescore'),
  'drtests.overdue': call('drtests.overdue'),
  'findings.list': call('findings.list'),
  'findings.save': call('findings.save'),
  'evidence.start': call('evidence.start'),
  'evidence.status': call('evidence.status'),
  'evidence.cancel': call('evidence.cancel'),
  'releases.list': call('releases.list'),
  'releases.get': call('releases.get'),
  'releases.save': call('releases.save'),
  'releases.transition': call('releases.transition'),
  'releases.approve': call('releases.approve'),
  'releases.override': call('releases.override'),
  'releases.retire': call('releases.retire'),
  'calendar.get': call('calendar.get'),
  'calendar.saveFreeze': call('calendar.saveFreeze'),
  'calendar.retireFreeze': call('calendar.retireFreeze'),
  'calendar.saveMaintenance': call('calendar.saveMaintenance'),
  'calendar.retireMaintenance': call('calendar.retireMaintenance'),
  'risk.weights': call('risk.weights'),
  'risk.setWeights': call('risk.setWeights'),
  'slos.list': call('slos.list'),
  'slos.save': call('slos.save'),
  'slos.addMeasurement': call('slos.addMeasurement'),
  'slos.importCsv': call('slos.importCsv'),
  'canary.list': call('canary.list'),
  'canary.import': call('canary.import'),
  'gate.evaluate': call('gate.evaluate'),
  'gate.waive': call('gate.waive'),
  'delivery.metrics': call('delivery.metrics'),
  'workspace.files': call('workspace.files'),
  'workspace.openFile': call('workspace.openFile'),
  'dashboard.get': call('dashboard.get'),
  'thirdParties.get': call('thirdParties.get'),
  'thirdParties.saveEntity': call('thirdParties.saveEntity'),
  'thirdParties.saveProvider': call('thirdParties.saveProvider'),
  'thirdParties.retireProvider': call('thirdParties.retireProvider'),
  'thirdParties.saveContract': call('thirdParties.saveContract'),
  'thirdParties.retireContract': call('thirdParties.retireContract'),
  'thirdParties.saveLink': call('thirdParties.saveLink'),
  'thirdParties.retireLink': call('thirdParties.retireLink'),
  'roi.check': call('roi.check'),
  'roi.export': call('roi.export'),
  'incidents.list': call('incidents.list'),
  'incidents.get': call('incidents.get'),
  'incidents.save': call('incidents.save'),
  'incidents.addEntry': call('incidents.addEntry'),
  'incidents.openRunbook': call('incidents.openRunbook'),
  'incidents.record': call('incidents.record'),
  'incidents.logMessage': call('incidents.logMessage'),
  'incidents.draftMessage': call('incidents.draftMessage'),
  'incidents.classify': call('incidents.classify'),
  'incidents.exportDoraReport': call('incidents.exportDoraReport'),
  'incidents.measures': call('incidents.measures'),
  'incidents.policy': call('incidents.policy'),
  'incidents.setPolicy': call('incidents.setPolicy'),
  'reviews.list': call('reviews.list'),
  'reviews.save': call('reviews.save'),
  'reviews.saveAction': call('reviews.saveAction'),
  'levels.get': call('levels.get'),
  'levels.save': call('levels.save'),
  'campaigns.list': call('campaigns.list'),
  'campaigns.get': call('campaigns.get'),
  'campaigns.create': call('campaigns.create'),
  'campaigns.workbook': call('campaigns.workbook'),
  'answers.preview': call('answers.preview'),
  'answers.accept': call('answers.accept'),
  'resilience.overview': call('resilience.overview'),
  'resilience.matrixInput': call('resilience.matrixInput'),
  'resilience.coverage': call('resilience.coverage'),
  'services.save': call('services.save'),
  'services.retire': call('services.retire'),
  'tolerances.save': call('tolerances.save'),
  'tolerances.retire': call('tolerances.retire'),
  'scenarios.save': call('scenarios.save'),
  'scenarios.retire': call('scenarios.retire'),
  'scenarios.linkTest': call('scenarios.linkTest'),
  'reviews.record': call('reviews.record'),
  'exceptions.list': call('exceptions.list'),
  'exceptions.raise': call('exceptions.raise'),
  'exceptions.accept': call('exceptions.accept'),
  'exceptions.withdraw': call('exceptions.withdraw'),
  'premortem.get': call('premortem.get'),
  'premortem.addMode': call('premortem.addMode'),
  'premortem.retireMode': call('premortem.retireMode'),
};

function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

function isEventMessage(value: unknown): value is { event: EventName; payload: unknown } {
  return typeof value === 'object' && value !== null && isEventName((value as { event?: unknown }).event);
}

const bridge: WindowBridge = {
  methods,
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    if (!isEventName(event) || typeof listener !== 'function') return () => {};
    const forward = (_e: IpcRendererEvent, message: unknown): void => {
      if (isEventMessage(message) && message.event === event) listener(message.payload as EventPayloads[E]);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', bridge);
