import { Role } from '@pleje/core/users/role';
import { FaqOwnerTeam } from '../faq-entry.entity';

/**
 * Which consultants answer a team's questions: family care and relief go to the family-care consultants,
 * schooling to the learning consultants, network groups to the network consultants, the child's case
 * (myndighed) to the caseworkers.
 */
export const TEAM_ROLE: Record<FaqOwnerTeam, Role> = {
  [FaqOwnerTeam.FAMILIEPLEJE]: Role.FAMILY_CONSULTANT,
  [FaqOwnerTeam.AFLASTNING]: Role.FAMILY_CONSULTANT,
  [FaqOwnerTeam.LAERING]: Role.LEARNING_CONSULTANT,
  [FaqOwnerTeam.NETVAERK]: Role.NETWORK_CONSULTANT,
  [FaqOwnerTeam.MYNDIGHED]: Role.CASEWORKER,
};

export const TEAM_LABEL_DA: Record<FaqOwnerTeam, string> = {
  [FaqOwnerTeam.FAMILIEPLEJE]: 'Familiepleje',
  [FaqOwnerTeam.AFLASTNING]: 'Aflastning',
  [FaqOwnerTeam.LAERING]: 'Skole og læring',
  [FaqOwnerTeam.NETVAERK]: 'Netværksgrupper',
  [FaqOwnerTeam.MYNDIGHED]: 'Barnets sag (myndighed)',
};

/** The teams whose questions a role answers (empty for roles that answer none). */
export function teamsOf(role: Role): FaqOwnerTeam[] {
  return (Object.keys(TEAM_ROLE) as FaqOwnerTeam[]).filter((team) => TEAM_ROLE[team] === role);
}
