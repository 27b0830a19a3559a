import { saveEventChanges } from '../../forecasting/event-changes';
import { readEventCalendar } from '../../forecasting/event-calendar';
import { addPlannedPromotion, listPlannedPromotions, removePlannedPromotion } from '../../forecasting/planned-promotions';
import type { AppContext } from '../app-context';
import { writes, type DomainHandlers } from './types';

type EventChannel = 'forecast:events' | 'forecast:saveEvents' | 'forecast:plannedPromotions' | 'forecast:planPromotion' | 'forecast:removePlannedPromotion';

/** The event calendar and planned promotions (part of the forecast domain's channels). */
export function eventHandlers(ctx: AppContext): Pick<DomainHandlers<'forecast'>, EventChannel> {
  const db = () => ctx.requireWorkspace().db;
  return {
    'forecast:events': () => readEventCalendar(db()),
    'forecast:saveEvents': writes(({ changes }) => saveEventChanges(db(), changes)),
    'forecast:plannedPromotions': ({ productId }) => listPlannedPromotions(db(), productId),
    'forecast:planPromotion': writes((input) => addPlannedPromotion(db(), input)),
    'forecast:removePlannedPromotion': writes(({ id }) => removePlannedPromotion(db(), id)),
  };
}
