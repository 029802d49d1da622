import 'dkfds-dist/css/dkfds.min.css';
import './styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createApolloClient } from './graphql/client';
import { I18nProvider } from './i18n/i18n-context';
import { RouterProvider } from './routing/router';
import { SessionProvider } from './session/session-context';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <ApolloProvider client={createApolloClient()}>
        <RouterProvider>
          <SessionProvider>
            <App />
          </SessionProvider>
        </RouterProvider>
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
