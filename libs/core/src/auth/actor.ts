import { Role } from '../users/role';

/** Who is asking. Every service method takes it first; it carries the municipality that scopes every row. */
export interface Actor {
  userId: string;
  municipalityId: string;
  role: Role;
}
