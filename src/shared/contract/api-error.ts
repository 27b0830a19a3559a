import type { ApiErrorShape } from './errors';

/** A failed call as the UI sees it: code for translation, details for row/column. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: ApiErrorShape['code'];
  readonly details: Record<string, unknown>;
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
}
