import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../../auth/permission.decorator';
import type { GraphqlContext } from '../../graphql/graphql-context';
import { AuthService, Session } from '../auth.service';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from '../refresh-cookie';
import { AuthPayload, LoginInput, PublicConfig } from './dto/auth.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => PublicConfig)
  @Permission('config.public')
  publicConfig(): PublicConfig {
    return { oidcEnabled: this.auth.config.oidc !== null };
  }

  @Mutation(() => AuthPayload, {
    description: 'Log ind med e-mail og adgangskode. Sætter en httpOnly refresh-cookie.',
  })
  @Permission('auth.login')
  async login(
    @Args('input', { type: () => LoginInput }) input: LoginInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    const session = await this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown');
    return this.respond(session, ctx);
  }

  @Mutation(() => AuthPayload, {
    description: 'Ny adgangstoken ud fra refresh-cookien (roteres ved hver brug).',
  })
  @Permission('auth.refresh')
  async refreshSession(@Context() ctx: GraphqlContext): Promise<AuthPayload> {
    try {
      return this.respond(await this.auth.refresh(readRefreshCookie(ctx.req)), ctx);
    } catch (err) {
      clearRefreshCookie(ctx.res, this.auth.config);
      throw err;
    }
  }

  @Mutation(() => Boolean)
  @Permission('auth.logout')
  async logout(@Context() ctx: GraphqlContext): Promise<boolean> {
    await this.auth.logout(ctx.actor, readRefreshCookie(ctx.req));
    clearRefreshCookie(ctx.res, this.auth.config);
    return true;
  }

  private respond(session: Session, ctx: GraphqlContext): AuthPayload {
    setRefreshCookie(ctx.res, this.auth.config, session.refreshToken, session.refreshExpiresAt);
    return { accessToken: session.accessToken, expiresAt: session.expiresAt, user: session.user };
  }
}
