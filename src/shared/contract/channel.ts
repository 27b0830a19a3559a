import { z } from 'zod';

/** The input of a channel that takes nothing. */
export const none = z.object({}).strict().optional();

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}
