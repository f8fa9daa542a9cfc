import type { Guide } from '../../lib/directory/guide-schema';
import { conversation } from './conversation';
import { courtOrders } from './court_orders';
import { restorative } from './restorative';
import { saferBrowsing } from './safer_browsing';
import { safetyPlan } from './safety_plan';
import { supportingSomeone } from './supporting_someone';
import { usedViolence } from './used_violence';

/** The offline safety guides, in the order the guide list shows them. */
export const GUIDES: readonly Guide[] = [
  saferBrowsing,
  safetyPlan,
  courtOrders,
  conversation,
  restorative,
  supportingSomeone,
  usedViolence,
];
