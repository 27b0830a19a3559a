import { AppError } from '../core/ground/errors/app-error';

/** A bad cell in a CLI input file: the message and details name file, row and column (and the value when there is one). */
export function cellError(file: string, row: number, column: string, message: string, value?: string): AppError {
  return new AppError('invalid_input', `${file}, row ${row}, column ${column}: ${message}`, {
    file,
    row,
    column,
    ...(value === undefined ? {} : { value }),
  });
}
