import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError } from './app-error';

function collect(
  errors: ValidationError[],
  prefix = '',
  into: Record<string, string> = {},
): Record<string, string> {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const first = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (first) into[path] = first.startsWith('property ') ? 'Feltet er ikke tilladt.' : first;
    if (e.children?.length) collect(e.children, path, into);
  }
  return into;
}

/** Every input class goes through this: unknown fields rejected, Danish message per field, nothing written. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => AppError.badInput(collect(errors)),
  });
}
