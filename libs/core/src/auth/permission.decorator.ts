import { SetMetadata } from '@nestjs/common';
import { Operation } from './permissions';

export const PERMISSION_KEY = 'pleje:permission';

/** Names the permission-table entry an operation is checked against. Operations without one are refused. */
export const Permission = (operation: Operation): MethodDecorator & ClassDecorator =>
  SetMetadata(PERMISSION_KEY, operation);
