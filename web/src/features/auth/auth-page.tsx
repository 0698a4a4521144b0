import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf, unwrap } from '../../api/client';
import { session } from '../../api/session';
import { Button } from '../../components/ui/button';
import { ErrorMessage, Spinner } from '../../components/ui/feedback';
import { Field, Input } from '../../components/ui/field';

/** First run: create the admin account. Afterwards: log in. */
export function AuthPage({ expired }: { expired: boolean }) {
  const status = useQuery({
    queryKey: ['registration-status'],
    queryFn: async () => unwrap(await api.GET('/api/v1/auth/registration-status')),
  });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);

  if (status.isPending) return <Spinner />;
  if (status.isError) return <ErrorMessage className="m-6">The server could not be reached: {messageOf(status.error)}</ErrorMessage>;
  const registering = status.data.registration_open;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { username, password };
      const payload = registering ? unwrap(await api.POST('/api/v1/auth/register', { body })) : unwrap(await api.POST('/api/v1/auth/login', { body }));
      session.start(payload);
    } catch (err) {
      setError(err instanceof ApiError ? err : messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error instanceof ApiError && error.field === field ? error.message : undefined);

  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <form onSubmit={(e) => void submit(e)} className="w-full max-w-sm space-y-4 rounded-xl border border-slate-200 p-6 shadow-sm dark:border-slate-800">
        <div>
          <h1 className="text-2xl font-semibold">Scriberr</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {registering ? 'Create the first account. It becomes the administrator.' : 'Log in to your transcription server.'}
          </p>
        </div>
        {expired && !registering ? <ErrorMessage>Your session has expired. Please log in again.</ErrorMessage> : null}
        <Field label="Username" hint={registering ? '3–64 letters, digits or . _ @ -' : undefined} error={fieldError('username')}>
          {(props) => <Input {...props} autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />}
        </Field>
        <Field label="Password" hint={registering ? 'At least 8 characters' : undefined} error={fieldError('password')}>
          {(props) => (
            <Input {...props} type="password" autoComplete={registering ? 'new-password' : 'current-password'} required value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        {error && !(error instanceof ApiError && error.field) ? <ErrorMessage>{typeof error === 'string' ? error : error.message}</ErrorMessage> : null}
        <Button type="submit" variant="primary" className="w-full justify-center" disabled={busy}>
          {registering ? 'Create account' : 'Log in'}
        </Button>
      </form>
    </main>
  );
}
