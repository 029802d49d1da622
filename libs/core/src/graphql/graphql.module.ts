import { randomUUID } from 'node:crypto';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuthModule } from '../auth/auth.module';
import { TokenService } from '../auth/token.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { requestContext } from '../context/request-context';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { LOGGER } from '../logging/logging.module';
import type { Logger } from 'pino';
import { GraphqlContext } from './graphql-context';
import { createLoaders } from './loaders';

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/** Apollo with the project's conventions: typed errors, per-request DataLoaders, depth and cost limits. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [APP_CONFIG, DataSource, TokenService, LOGGER],
      useFactory: (config: AppConfig, dataSource: DataSource, tokens: TokenService, logger: Logger) => {
        const armor = new ApolloArmor({
          maxDepth: { n: config.graphql.maxDepth },
          costLimit: { maxCost: config.graphql.maxCost },
          maxAliases: { n: 15 },
          maxDirectives: { n: 20 },
          maxTokens: { n: 3000 },
          blockFieldSuggestion: { enabled: config.isProduction },
        }).protect();
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.graphql.introspection,
          // The sandbox (GraphiQL) only outside production; production gets no landing page at all.
          graphiql: !config.isProduction,
          playground: false,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          // No HTTP cache hints are used; the cache-control plugin would wrap every field resolver for nothing.
          plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()],
          validationRules: armor.validationRules,
          formatError: formatGraphqlError(logger),
          context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => {
            let actor: Actor | undefined;
            const token = bearer(req);
            if (token) {
              try {
                actor = tokens.verifyAccessToken(token);
              } catch {
                actor = undefined; // an expired token on a PUBLIC operation (login) is ignored; guards refuse the rest
              }
            }
            const store = requestContext.get();
            if (store && actor) store.actor = actor;
            return {
              req,
              res,
              actor,
              requestId: store?.requestId ?? randomUUID(),
              loaders: createLoaders(dataSource),
            };
          },
        };
      },
    }),
  ],
})
export class PlejeGraphqlModule {}
