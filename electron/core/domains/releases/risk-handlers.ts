// The editable risk weights (defaults from the domain); at least one must stay above zero.
import { AppError, type RiskWeightsView } from '../../../../shared/contract';
import { DEFAULT_RISK_WEIGHTS, RISK_FACTORS, type RiskWeights } from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Store } from '../../store';

const view = (store: Store): RiskWeightsView => ({
  weights: store.releases.riskWeights(),
  defaults: { ...DEFAULT_RISK_WEIGHTS },
});

export const riskHandlers = {
  'risk.weights': (_input, ctx) => view(requireWorkspace(ctx).store),
  'risk.setWeights': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const after: RiskWeights = { ...ws.store.releases.riskWeights(), ...input.weights };
    if (RISK_FACTORS.every((f) => after[f] === 0)) {
      throw new AppError('INVALID_INPUT', 'At least one risk weight must be above zero.');
    }
    ws.write(w, (s) => s.releases.setRiskWeights(w, input.weights));
    return view(ws.store);
  },
} satisfies Partial<Handlers>;
