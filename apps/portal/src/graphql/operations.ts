import { graphql } from '../gql';

// Every operation the portal sends. `npm run codegen` turns these into typed documents in src/gql.

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    name
    email
    role
    municipality {
      id
      name
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const PublicConfigDocument = graphql(`
  query PublicConfig {
    publicConfig {
      oidcEnabled
    }
  }
`);

export const MunicipalitiesDocument = graphql(`
  query Municipalities($first: Int!, $after: String) {
    municipalities(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          code
          name
          phone
          createdAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CreateMunicipalityDocument = graphql(`
  mutation CreateMunicipality($input: CreateMunicipalityInput!) {
    createMunicipality(input: $input) {
      id
      code
      name
      phone
      createdAt
    }
  }
`);

export const UsersDocument = graphql(`
  query Users($first: Int!, $after: String, $municipalityId: ID) {
    users(first: $first, after: $after, municipalityId: $municipalityId) {
      edges {
        cursor
        node {
          id
          name
          email
          role
          active
          municipality {
            id
            name
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CreateStaffUserDocument = graphql(`
  mutation CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      id
      name
      email
      role
      active
      municipality {
        id
        name
      }
    }
  }
`);
