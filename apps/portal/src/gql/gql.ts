/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    name\n    email\n    role\n    municipality {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query PublicConfig {\n    publicConfig {\n      oidcEnabled\n    }\n  }\n": typeof types.PublicConfigDocument,
    "\n  query Municipalities($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          phone\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      code\n      name\n      phone\n      createdAt\n    }\n  }\n": typeof types.CreateMunicipalityDocument,
    "\n  query Users($first: Int!, $after: String, $municipalityId: ID) {\n    users(first: $first, after: $after, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          active\n          municipality {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateStaffUserDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    name\n    email\n    role\n    municipality {\n      id\n      name\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query PublicConfig {\n    publicConfig {\n      oidcEnabled\n    }\n  }\n": types.PublicConfigDocument,
    "\n  query Municipalities($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          phone\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      code\n      name\n      phone\n      createdAt\n    }\n  }\n": types.CreateMunicipalityDocument,
    "\n  query Users($first: Int!, $after: String, $municipalityId: ID) {\n    users(first: $first, after: $after, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          active\n          municipality {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": types.CreateStaffUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    name\n    email\n    role\n    municipality {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    name\n    email\n    role\n    municipality {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicConfig {\n    publicConfig {\n      oidcEnabled\n    }\n  }\n"): (typeof documents)["\n  query PublicConfig {\n    publicConfig {\n      oidcEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          phone\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Municipalities($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          phone\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      code\n      name\n      phone\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      code\n      name\n      phone\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $municipalityId: ID) {\n    users(first: $first, after: $after, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          active\n          municipality {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $municipalityId: ID) {\n    users(first: $first, after: $after, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          active\n          municipality {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;