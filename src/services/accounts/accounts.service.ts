import type { User, UsersRepository } from '../../db/repositories/index.js';
import { isoNow, type Clock } from '../../shared/clock.js';
import { AppError, validationError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Principal } from '../principal.js';
import type { PasswordHasher } from './password-hasher.js';
import type { Session, Sessions } from './sessions.js';

export interface AccountSession {
  user: User;
  session: Session;
}

function invalidCredentials(): AppError {
  // One message for an unknown user and a wrong password, so the answer reveals neither.
  return new AppError('INVALID_CREDENTIALS', 'Invalid username or password.');
}

function usernameTaken(): AppError {
  return new AppError('USERNAME_TAKEN', 'That username is already taken.', { field: 'username' });
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export class AccountsService {
  constructor(
    private readonly deps: { users: UsersRepository; sessions: Sessions; hasher: PasswordHasher; clock: Clock },
  ) {}

  registrationOpen(): boolean {
    return this.deps.users.count() === 0;
  }

  /** Creates the first account (an admin) and logs it in. Closed once any user exists. */
  async register(username: string, password: string): Promise<AccountSession> {
    if (!this.registrationOpen()) throw this.registrationClosed();
    const now = isoNow(this.deps.clock);
    const user: User = {
      id: newId('user'),
      username,
      passwordHash: await this.deps.hasher.hash(password),
      role: 'admin',
      tokenVersion: 0,
      createdAt: now,
      updatedAt: now,
    };
    // Re-checked inside the write transaction: two racing registrations create one user.
    if (!this.deps.users.insertFirst(user)) throw this.registrationClosed();
    return { user, session: await this.deps.sessions.start(user) };
  }

  async login(username: string, password: string): Promise<AccountSession> {
    const user = this.deps.users.findByUsername(username);
    if (!user) {
      await this.deps.hasher.burn(password);
      throw invalidCredentials();
    }
    if (!(await this.deps.hasher.verify(password, user.passwordHash))) throw invalidCredentials();
    return { user, session: await this.deps.sessions.start(user) };
  }

  async refresh(refreshToken: string): Promise<AccountSession> {
    let user: User | undefined;
    const session = await this.deps.sessions.rotate(refreshToken, (userId) => (user = this.deps.users.findById(userId)));
    if (!user) throw new AppError('UNAUTHORIZED', 'The refresh token is not valid; log in again.');
    return { user, session };
  }

  /**
   * With a refresh token, ends that session (its access tokens lapse within their 15 minutes).
   * Without one, ends every session at once: all refresh tokens and all access tokens.
   */
  logout(principal: Principal, refreshToken: string | undefined): void {
    if (refreshToken) {
      this.deps.sessions.revoke(principal.userId, refreshToken);
      return;
    }
    this.deps.sessions.revokeAll(principal.userId);
    this.deps.users.bumpTokenVersion(principal.userId, isoNow(this.deps.clock));
  }

  me(principal: Principal): User {
    const user = this.deps.users.findById(principal.userId);
    if (!user) throw new AppError('UNAUTHORIZED', 'The account no longer exists.');
    return user;
  }

  /** Changes the password, ends every other session and access token, and returns a fresh session. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<AccountSession> {
    const user = this.me(principal);
    if (!(await this.deps.hasher.verify(currentPassword, user.passwordHash))) {
      throw new AppError('INVALID_CREDENTIALS', 'The current password is not correct.', { field: 'current_password' });
    }
    if (newPassword === currentPassword) throw validationError('new_password', 'The new password must be different from the current one.');
    this.deps.users.updatePassword(user.id, await this.deps.hasher.hash(newPassword), isoNow(this.deps.clock));
    this.deps.sessions.revokeAll(user.id);
    const updated = this.me(principal);
    return { user: updated, session: await this.deps.sessions.start(updated) };
  }

  changeUsername(principal: Principal, username: string): User {
    const user = this.me(principal);
    const holder = this.deps.users.findByUsername(username);
    if (holder && holder.id !== user.id) throw usernameTaken();
    try {
      this.deps.users.updateUsername(user.id, username, isoNow(this.deps.clock));
    } catch (err) {
      if (isUniqueViolation(err)) throw usernameTaken();
      throw err;
    }
    return this.me(principal);
  }

  private registrationClosed(): AppError {
    return new AppError('REGISTRATION_CLOSED', 'Registration is closed: an account already exists. Log in instead.');
  }
}
