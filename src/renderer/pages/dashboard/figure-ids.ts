import { keyFigureIdSchema } from '../../../shared/contract/schemas/dashboard';

/** The figures in the order the Dashboard shows them (skeletons included). */
export const KEY_FIGURE_IDS = keyFigureIdSchema.options;
