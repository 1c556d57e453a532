// The exceptions register (risk acceptances, accepted as a signed sign-off) and release pre-mortems.
import { z } from 'zod';
import { PREMORTEM_LEVELS, TRIGGER_METRICS } from '../../domain/exceptions';
import type { ExceptionView, ExceptionsView, FailureModeView, PremortemView } from '../exception-types';
import { method } from '../method';
import { empty, id, optionalText, text } from '../schemas';

const exceptionId = { exceptionId: id };
const level = z.enum(PREMORTEM_LEVELS, { error: `must be one of ${PREMORTEM_LEVELS.join(', ')}` });

export const exceptionMethods = {
  'exceptions.list': method<ExceptionsView>()(empty),
  // Owner, rationale and expiry are checked by the domain rule, so each gets its own sentence.
  'exceptions.raise': method<ExceptionView>({ writes: true })(
    z
      .object({
        conflictKey: text(600),
        rationale: optionalText(4000),
        compensatingControls: optionalText(4000).default(''),
        owner: optionalText(200),
        expiresOn: z.string().trim().max(20),
      })
      .strict(),
  ),
  'exceptions.accept': method<ExceptionView>({ writes: true })(z.object(exceptionId).strict()),
  'exceptions.withdraw': method<ExceptionView>({ writes: true })(z.object(exceptionId).strict()),
  'premortem.get': method<PremortemView>()(z.object({ releaseId: id }).strict()),
  'premortem.addMode': method<FailureModeView>({ writes: true })(
    z
      .object({
        releaseId: id,
        description: optionalText(2000),
        likelihood: level,
        impact: level,
        detection: optionalText(2000),
        mitigation: optionalText(2000),
        trigger: z
          .object({
            metric: z.enum(TRIGGER_METRICS, { error: `must be one of ${TRIGGER_METRICS.join(', ')}` }),
            name: optionalText(200),
            comparator: z.enum(['above', 'below']),
            threshold: z.number({ error: 'must be a number' }).finite('must be a number'),
            unit: optionalText(40).default(''),
          })
          .strict(),
      })
      .strict(),
  ),
  'premortem.retireMode': method<{ retired: true }>({ writes: true })(z.object({ modeId: id }).strict()),
} as const;
