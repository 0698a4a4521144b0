import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf, unwrap } from '../../api/client';
import type { Profile, ProfileInput } from '../../api/types';
import { Button } from '../../components/ui/button';
import { ConfirmDialog, Dialog } from '../../components/ui/dialog';
import { EmptyState, ErrorMessage, Spinner } from '../../components/ui/feedback';
import { Field, Input, Select } from '../../components/ui/field';
import { useTitle } from '../../lib/use-title';
import { ModelSelect } from '../models/model-select';

export function ProfilesPage() {
  useTitle('Profiles');
  const client = useQueryClient();
  const profiles = useQuery({ queryKey: ['profiles'], queryFn: async () => unwrap(await api.GET('/api/v1/profiles', { params: { query: { limit: 200 } } })).items });
  const [editing, setEditing] = useState<Profile | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Profile | null>(null);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['profiles'] });
    void client.invalidateQueries({ queryKey: ['settings'] });
  };
  const setDefault = useMutation({ mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/profiles/{id}:set-default', { params: { path: { id } } })), onSettled: refresh });
  const remove = useMutation({
    mutationFn: async (id: string) => {
      const result = await api.DELETE('/api/v1/profiles/{id}', { params: { path: { id } } });
      if (!result.response.ok) unwrap(result);
    },
    onSettled: refresh,
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="mr-auto">
          <h1 className="text-xl font-semibold">Profiles</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Saved transcription settings. The default profile applies when an upload names none.</p>
        </div>
        <Button variant="primary" onClick={() => setEditing('new')}>
          New profile
        </Button>
      </div>
      {profiles.isPending ? <Spinner /> : null}
      {profiles.isError ? <ErrorMessage>{messageOf(profiles.error)}</ErrorMessage> : null}
      {profiles.data?.length === 0 ? <EmptyState title="No profiles yet">Create one to reuse a model, language and speaker settings.</EmptyState> : null}
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 empty:hidden dark:divide-slate-800 dark:border-slate-800">
        {profiles.data?.map((profile) => (
          <li key={profile.id} className="flex flex-wrap items-center gap-2 p-3">
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {profile.name}
                {profile.is_default ? <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">default</span> : null}
              </p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {[profile.options.model, profile.options.language, profile.options.task, profile.options.diarization ? 'speakers' : null].filter(Boolean).join(' · ') || 'server defaults'}
              </p>
            </div>
            {!profile.is_default ? (
              <Button size="sm" aria-label={`Make ${profile.name} the default`} onClick={() => setDefault.mutate(profile.id)}>
                Make default
              </Button>
            ) : null}
            <Button size="sm" aria-label={`Edit ${profile.name}`} onClick={() => setEditing(profile)}>
              Edit
            </Button>
            <Button size="sm" variant="ghost" aria-label={`Delete ${profile.name}`} onClick={() => setDeleting(profile)}>
              Delete
            </Button>
          </li>
        ))}
      </ul>
      {editing ? <ProfileDialog profile={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={refresh} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete profile?"
        description={`“${deleting?.name ?? ''}” is deleted; transcriptions made with it keep their settings.`}
        confirmLabel="Delete"
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })}
      />
    </div>
  );
}

function ProfileDialog({ profile, onClose, onSaved }: { profile: Profile | null; onClose: () => void; onSaved: () => void }) {
  const [name, setName] = useState(profile?.name ?? '');
  const [description, setDescription] = useState(profile?.description ?? '');
  const [model, setModel] = useState(profile?.options.model ?? '');
  const [language, setLanguage] = useState(profile?.options.language ?? '');
  const [task, setTask] = useState(profile?.options.task ?? '');
  const [diarization, setDiarization] = useState(profile?.options.diarization ?? false);
  const [speakers, setSpeakers] = useState(profile?.options.num_speakers ? String(profile.options.num_speakers) : '');
  const [isDefault, setIsDefault] = useState(profile?.is_default ?? false);
  const [error, setError] = useState<ApiError | string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const options: NonNullable<ProfileInput['options']> = {};
    if (model) options.model = model;
    if (language) options.language = language;
    if (task) options.task = task as 'transcribe' | 'translate';
    if (diarization) options.diarization = true;
    if (diarization && speakers) options.num_speakers = Number(speakers);
    const body = { name, description: description || null, is_default: isDefault, options };
    try {
      if (profile) unwrap(await api.PATCH('/api/v1/profiles/{id}', { params: { path: { id: profile.id } }, body }));
      else unwrap(await api.POST('/api/v1/profiles', { body }));
      onSaved();
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err : messageOf(err));
    }
  };
  const fieldError = (field: string) => (error instanceof ApiError && error.field === field ? error.message : undefined);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={profile ? 'Edit profile' : 'New profile'}>
      <form onSubmit={(e) => void submit(e)} className="space-y-3">
        <Field label="Name" error={fieldError('name')}>
          {(props) => <Input {...props} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Description">{(props) => <Input {...props} maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} />}</Field>
        <Field label="Model" error={fieldError('options.model')}>
          {(props) => (
            <ModelSelect {...props} value={model} onChange={setModel} emptyLabel="Server default" />
          )}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Language" hint="ISO code, e.g. en" error={fieldError('options.language')}>
            {(props) => <Input {...props} placeholder="auto" value={language} onChange={(e) => setLanguage(e.target.value)} />}
          </Field>
          <Field label="Task" error={fieldError('options.task')}>
            {(props) => (
              <Select {...props} value={task} onChange={(e) => setTask(e.target.value)}>
                <option value="">Transcribe</option>
                <option value="translate">Translate to English</option>
              </Select>
            )}
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-4 w-4" checked={diarization} onChange={(e) => setDiarization(e.target.checked)} /> Label speakers
        </label>
        {diarization ? <Field label="Number of speakers (optional)">{(props) => <Input {...props} type="number" min={1} max={50} value={speakers} onChange={(e) => setSpeakers(e.target.value)} />}</Field> : null}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-4 w-4" checked={isDefault} onChange={(e) => setIsDefault(e.target.checked)} /> Default profile
        </label>
        {error && !(error instanceof ApiError && error.field) ? <ErrorMessage>{typeof error === 'string' ? error : error.message}</ErrorMessage> : null}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
