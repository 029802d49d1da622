import { Foundation1795644760899 } from '../../../../migrations/1795644760899-Foundation';

/** Every migration in order. Append new ones here after `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [Foundation1795644760899];
