import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { getAccessToken } from './access-token';

interface Connection {
  edges: readonly unknown[];
}

// Cursor pages are appended when `after` is set; a request without `after` starts the list over.
function cursorConnection(keyArgs: string[] | false): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

export function createApolloClient(): ApolloClient {
  const authLink = new SetContextLink((prevContext) => {
    const token = getAccessToken();
    if (!token) return {};
    const headers: Record<string, string> = {
      ...(prevContext['headers'] as Record<string, string> | undefined),
    };
    headers['authorization'] = `Bearer ${token}`;
    return { headers };
  });
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'include' });

  return new ApolloClient({
    link: ApolloLink.from([authLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            users: cursorConnection(['municipalityId']),
            municipalities: cursorConnection(false),
          },
        },
      },
    }),
  });
}
