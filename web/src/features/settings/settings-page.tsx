import * as Switch from '@radix-ui/react-switch';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Copy } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, messageOf, unwrap } from '../../api/client';
import { session } from '../../api/session';
import type { CreatedApiKey, SettingsPatch } from '../../api/types';
import { Button } from '../../components/ui/button';
import { ConfirmDialog, Dialog } from '../../components/ui/dialog';
import { EmptyState, ErrorMessage, Spinner } from '../../components/ui/feedback';
import { Field, Input, Select } from '../../components/ui/field';
import { copyText } from '../../lib/clipboard';
import { dateTime } from '../../lib/format';
import { useTitle } from '../../lib/use-title';

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 className="font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export function SettingsPage() {
  useTitle('Settings');
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Settings</h1>
      <TranscriptionSettings />
      <ApiKeys />
      <Account />
    </div>
  );
}

function TranscriptionSettings() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: async () => unwrap(await api.GET('/api/v1/settings')) });
  const profiles = useQuery({ queryKey: ['profiles'], queryFn: async () => unwrap(await api.GET('/api/v1/profiles', { params: { query: { limit: 200 } } })).items });
  const [limit, setLimit] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: async (body: SettingsPatch) => unwrap(await api.PATCH('/api/v1/settings', { body })),
    onSuccess: (data) => {
      client.setQueryData(['settings'], data);
      void client.invalidateQueries({ queryKey: ['profiles'] });
    },
  });

  if (settings.isPending) return <Spinner />;
  if (settings.isError) return <ErrorMessage>{messageOf(settings.error)}</ErrorMessage>;
  const data = settings.data;
  return (
    <Card title="Transcription">
      <div className="flex items-center justify-between gap-4">
        <label htmlFor="auto-transcription" className="text-sm">
          Transcribe files uploaded through the API (<code>POST /api/v1/files</code>) automatically, with the default profile
          <span className="block text-xs text-slate-500 dark:text-slate-400">Uploads from this web page are always transcribed.</span>
        </label>
        <Switch.Root
          id="auto-transcription"
          checked={data.auto_transcription_enabled}
          onCheckedChange={(checked) => save.mutate({ auto_transcription_enabled: checked })}
          className="relative h-6 w-11 shrink-0 rounded-full bg-slate-300 data-[state=checked]:bg-brand-600 dark:bg-slate-700"
        >
          <Switch.Thumb className="block h-5 w-5 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[22px]" />
        </Switch.Root>
      </div>
      <Field label="Default profile">
        {(props) => (
          <Select {...props} value={data.default_profile_id ?? ''} onChange={(e) => save.mutate({ default_profile_id: e.target.value || null })}>
            <option value="">None (server defaults)</option>
            {profiles.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ max_upload_size_mb: limit ? Number(limit) : null }, { onSuccess: () => setSaved(true) });
        }}
      >
        <div className="flex-1">
          <Field label="Upload limit (MB)" hint={`Currently ${data.max_upload_size_mb} MB; empty resets to the server's limit.`} error={save.error instanceof ApiError && save.error.field === 'max_upload_size_mb' ? save.error.message : undefined}>
            {(props) => <Input {...props} type="number" min={1} placeholder={String(data.max_upload_size_mb)} value={limit} onChange={(e) => setLimit(e.target.value)} />}
          </Field>
        </div>
        <Button type="submit" className="mb-5">
          Save
        </Button>
      </form>
      {saved && !save.isError ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          Saved.
        </p>
      ) : null}
      {save.isError && !(save.error instanceof ApiError && save.error.field) ? <ErrorMessage>{messageOf(save.error)}</ErrorMessage> : null}
    </Card>
  );
}

function ApiKeys() {
  const client = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: async () => unwrap(await api.GET('/api/v1/api-keys')).items });
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ['api-keys'] });
  const create = useMutation({ mutationFn: async () => unwrap(await api.POST('/api/v1/api-keys', { body: { name } })), onSuccess: setCreated, onSettled: refresh });
  const remove = useMutation({
    mutationFn: async (id: string) => {
      const result = await api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } });
      if (!result.response.ok) unwrap(result);
    },
    onSettled: refresh,
  });

  return (
    <Card title="API keys">
      <p className="text-sm text-slate-600 dark:text-slate-400">For scripts and other programs: send the key as an X-API-Key header.</p>
      {keys.data?.length === 0 ? <EmptyState title="No API keys" /> : null}
      <ul className="divide-y divide-slate-200 empty:hidden dark:divide-slate-800">
        {keys.data?.map((key) => (
          <li key={key.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
            <span className="font-medium">{key.name}</span>
            <code className="text-xs">{key.key_preview}</code>
            <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">last used {dateTime(key.last_used_at)}</span>
            <Button size="sm" variant="ghost" aria-label={`Delete API key ${key.name}`} onClick={() => setDeleting(key.id)}>
              Delete
            </Button>
          </li>
        ))}
      </ul>
      <Button onClick={() => setCreating(true)}>Create API key</Button>
      <Dialog
        open={creating}
        onOpenChange={(open) => {
          setCreating(open);
          if (!open) {
            setCreated(null);
            setName('');
          }
        }}
        title={created ? 'Your new API key' : 'Create API key'}
        {...(created ? { description: 'Copy it now: it is shown only once.' } : {})}
      >
        {created ? (
          <div className="space-y-3">
            <code className="block rounded bg-slate-100 p-2 text-xs break-all dark:bg-slate-800">{created.key}</code>
            <Button onClick={() => void copyText(created.key).then((ok) => setCopied(ok ? 'yes' : 'failed'))}>
              <Copy className="h-4 w-4" aria-hidden /> {copied === 'yes' ? 'Copied' : 'Copy key'}
            </Button>
            {copied === 'failed' ? (
              <p role="alert" className="text-sm text-amber-700 dark:text-amber-400">
                This browser blocked copying: select the key above and copy it by hand before closing.
              </p>
            ) : null}
          </div>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate();
            }}
            className="space-y-3"
          >
            <Field label="Name" hint="Where the key is used, e.g. “laptop sync script”">{(props) => <Input {...props} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
            {create.isError ? <ErrorMessage>{messageOf(create.error)}</ErrorMessage> : null}
            <div className="flex justify-end">
              <Button type="submit" variant="primary" disabled={create.isPending}>
                Create
              </Button>
            </div>
          </form>
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete API key?"
        description="Programs using it stop working at once."
        confirmLabel="Delete"
        onConfirm={() => deleting && remove.mutate(deleting, { onSettled: () => setDeleting(null) })}
      />
    </Card>
  );
}

function Account() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [username, setUsername] = useState(session.user?.username ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | string | null>(null);

  const run = async (event: FormEvent, work: () => Promise<string>) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (err) {
      setError(err instanceof ApiError ? err : messageOf(err));
    }
  };
  const fieldError = (field: string) => (error instanceof ApiError && error.field === field ? error.message : undefined);

  return (
    <Card title="Account">
      <form
        className="space-y-3"
        onSubmit={(e) =>
          void run(e, async () => {
            const user = unwrap(await api.POST('/api/v1/auth/change-username', { body: { username } }));
            session.updateUser(user);
            return 'Username changed.';
          })
        }
      >
        <Field label="Username" error={fieldError('username')}>
          {(props) => <Input {...props} autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />}
        </Field>
        <Button type="submit">Change username</Button>
      </form>
      <form
        className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800"
        onSubmit={(e) =>
          void run(e, async () => {
            session.start(unwrap(await api.POST('/api/v1/auth/change-password', { body: { current_password: current, new_password: next } })));
            setCurrent('');
            setNext('');
            return 'Password changed. Other devices have been logged out.';
          })
        }
      >
        <Field label="Current password" error={fieldError('current_password')}>
          {(props) => <Input {...props} type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />}
        </Field>
        <Field label="New password" hint="At least 8 characters" error={fieldError('new_password')}>
          {(props) => <Input {...props} type="password" autoComplete="new-password" required minLength={8} value={next} onChange={(e) => setNext(e.target.value)} />}
        </Field>
        <Button type="submit">Change password</Button>
      </form>
      {message ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {message}
        </p>
      ) : null}
      {error && !(error instanceof ApiError && error.field) ? <ErrorMessage>{typeof error === 'string' ? error : error.message}</ErrorMessage> : null}
    </Card>
  );
}
