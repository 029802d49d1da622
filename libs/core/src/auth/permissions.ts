import { Role } from '../users/role';

const { FAMILY_CONSULTANT, CASEWORKER, NETWORK_CONSULTANT, LEARNING_CONSULTANT, ADMIN } = Role;
const EVERY_ROLE = Object.values(Role);
const MUNICIPAL_STAFF = [FAMILY_CONSULTANT, CASEWORKER, NETWORK_CONSULTANT, LEARNING_CONSULTANT];

/**
 * Role-by-operation table: the single place that says who may do what. Every GraphQL operation names its
 * entry with @Permission(...); `PUBLIC` needs no login. A test walks every entry against every role.
 */
export const PERMISSIONS = {
  'auth.login': 'PUBLIC',
  'auth.refresh': 'PUBLIC',
  'auth.logout': 'PUBLIC',
  'config.public': 'PUBLIC',
  'user.me': EVERY_ROLE,
  'user.list': [...MUNICIPAL_STAFF, ADMIN],
  'user.get': [...MUNICIPAL_STAFF, ADMIN],
  'user.createStaff': [ADMIN],
  'user.setActive': [ADMIN],
  'municipality.list': [ADMIN],
  'municipality.create': [ADMIN],
  'audit.list': [ADMIN],
} as const satisfies Record<string, 'PUBLIC' | readonly Role[]>;

export type Operation = keyof typeof PERMISSIONS;

export function isAllowed(operation: Operation, role: Role | undefined): boolean {
  const rule = PERMISSIONS[operation];
  if (rule === 'PUBLIC') return true;
  return role !== undefined && (rule as readonly Role[]).includes(role);
}
