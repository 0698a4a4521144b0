import type {} from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AccountsService, Authenticator } from '../../services/accounts/index.js';
import { AppError } from '../../shared/errors.js';
import { sessionDto, userDto } from '../dto.js';
import { principalOf } from '../plugins/auth.plugin.js';
import {
  ChangePasswordBody,
  ChangeUsernameBody,
  Credentials,
  LoginBody,
  LogoutBody,
  RefreshBody,
  RegistrationStatusDto,
  SessionDto,
  UserDto,
} from '../schemas/accounts.js';
import { errorResponses } from '../schemas/common.js';

export interface AuthRoutesOptions {
  accounts: AccountsService;
  authenticator: Authenticator;
  /** Login attempts allowed per client address per window. */
  loginRateLimit: { max: number; windowMs: number };
}

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesOptions> = async (app, { accounts, authenticator, loginRateLimit }) => {
  app.get(
    '/registration-status',
    { schema: { tags, summary: 'Whether the first account can still be registered', response: { 200: RegistrationStatusDto } }, config: { auth: false } },
    async () => ({ registration_open: accounts.registrationOpen() }),
  );

  app.post(
    '/register',
    {
      schema: {
        tags,
        summary: 'Create the first account (an admin); closed once an account exists',
        body: Credentials,
        response: { 201: SessionDto, ...errorResponses(400, 403) },
      },
      config: { auth: false, rateLimit: { max: loginRateLimit.max, timeWindow: loginRateLimit.windowMs } },
    },
    async (request, reply) => {
      const result = await accounts.register(request.body.username, request.body.password);
      return reply.code(201).send(sessionDto(result));
    },
  );

  app.post(
    '/login',
    {
      schema: { tags, summary: 'Log in with username and password', body: LoginBody, response: { 200: SessionDto, ...errorResponses(400, 401, 429) } },
      config: {
        auth: false,
        rateLimit: {
          max: loginRateLimit.max,
          timeWindow: loginRateLimit.windowMs,
          errorResponseBuilder: (_request, context) =>
            new AppError('RATE_LIMITED', `Too many login attempts; try again in ${context.after}.`),
        },
      },
    },
    async (request) => sessionDto(await accounts.login(request.body.username, request.body.password)),
  );

  app.post(
    '/refresh',
    {
      schema: { tags, summary: 'Exchange a refresh token for new tokens (the old one stops working)', body: RefreshBody, response: { 200: SessionDto, ...errorResponses(400, 401) } },
      config: { auth: false },
    },
    async (request) => sessionDto(await accounts.refresh(request.body.refresh_token)),
  );

  app.post(
    '/logout',
    {
      schema: {
        tags,
        summary: 'End the session of the given refresh token, or every session (and access token) when none is given',
        body: LogoutBody,
        response: { 204: Type.Null(), ...errorResponses(401, 403) },
      },
      // Sessions are a login's business: a script's API key must not sign the user out everywhere.
      config: { auth: 'session' },
      // An empty body means "everywhere".
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) => {
      accounts.logout(principalOf(request), request.body?.refresh_token);
      return reply.code(204).send(null);
    },
  );

  app.get('/me', { schema: { tags, summary: 'The current user', response: { 200: UserDto, ...errorResponses(401) } } }, async (request) =>
    userDto(accounts.me(principalOf(request))),
  );

  app.post(
    '/change-password',
    {
      schema: {
        tags,
        summary: 'Change the password; ends all other sessions and returns a new one',
        body: ChangePasswordBody,
        response: { 200: SessionDto, ...errorResponses(400, 401, 403) },
      },
      config: { auth: 'session' },
    },
    async (request) => sessionDto(await accounts.changePassword(principalOf(request), request.body.current_password, request.body.new_password)),
  );

  app.post(
    '/change-username',
    {
      schema: { tags, summary: 'Change the username', body: ChangeUsernameBody, response: { 200: UserDto, ...errorResponses(400, 401, 403, 409) } },
      config: { auth: 'session' },
    },
    async (request) => userDto(accounts.changeUsername(principalOf(request), request.body.username)),
  );

  app.post(
    '/stream-ticket',
    {
      schema: {
        tags,
        summary: 'A short-lived ticket for streams a browser opens without headers (EventSource, <audio src>): pass it as ?ticket=',
        response: { 200: Type.Object({ ticket: Type.String(), expires_in: Type.Integer() }), ...errorResponses(401) },
      },
    },
    async (request) => {
      const { ticket, expiresIn } = await authenticator.ticketFor(principalOf(request));
      return { ticket, expires_in: expiresIn };
    },
  );
};
