export enum Role {
  APPLICANT = 'APPLICANT',
  FOSTER_PARENT = 'FOSTER_PARENT',
  FAMILY_CONSULTANT = 'FAMILY_CONSULTANT',
  CASEWORKER = 'CASEWORKER',
  NETWORK_CONSULTANT = 'NETWORK_CONSULTANT',
  LEARNING_CONSULTANT = 'LEARNING_CONSULTANT',
  ADMIN = 'ADMIN',
}

export const STAFF_ROLES: readonly Role[] = [
  Role.FAMILY_CONSULTANT,
  Role.CASEWORKER,
  Role.NETWORK_CONSULTANT,
  Role.LEARNING_CONSULTANT,
  Role.ADMIN,
];

export const ROLE_LABEL_DA: Record<Role, string> = {
  [Role.APPLICANT]: 'Ansøger',
  [Role.FOSTER_PARENT]: 'Plejeforælder',
  [Role.FAMILY_CONSULTANT]: 'Familieplejekonsulent',
  [Role.CASEWORKER]: 'Sagsbehandler',
  [Role.NETWORK_CONSULTANT]: 'Netværkskonsulent',
  [Role.LEARNING_CONSULTANT]: 'Læringskonsulent',
  [Role.ADMIN]: 'Administrator',
};
