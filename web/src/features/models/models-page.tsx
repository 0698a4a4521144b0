import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, messageOf, unwrap } from '../../api/client';
import { session } from '../../api/session';
import type { Model } from '../../api/types';
import { useLive } from '../../app/live-updates';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/dialog';
import { ErrorMessage, ProgressBar, Spinner } from '../../components/ui/feedback';
import { bytes } from '../../lib/format';
import { useTitle } from '../../lib/use-title';

const CAPABILITY_LABEL: Record<string, string> = {
  transcription: 'transcription',
  word_timestamps: 'word times',
  segment_timestamps: 'segment times',
  translate: 'translation',
  diarization: 'speakers',
};

export function ModelsPage() {
  useTitle('Models');
  const models = useQuery({ queryKey: ['models'], queryFn: async () => unwrap(await api.GET('/api/v1/models/transcription')).items });
  const admin = session.user?.role === 'admin';

  if (models.isPending) return <Spinner />;
  if (models.isError) return <ErrorMessage>{messageOf(models.error)}</ErrorMessage>;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Speech models</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Models run on this server. Missing ones download on first use{admin ? ', or install them here' : ''}.</p>
      </div>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {models.data.map((model) => (
          <ModelRow key={model.id} model={model} admin={admin} />
        ))}
      </ul>
    </div>
  );
}

function ModelRow({ model, admin }: { model: Model; admin: boolean }) {
  const client = useQueryClient();
  const { downloads } = useLive();
  const [removing, setRemoving] = useState(false);
  const download = downloads[model.id];
  const refresh = () => void client.invalidateQueries({ queryKey: ['models'] });
  const start = useMutation({ mutationFn: async () => unwrap(await api.POST('/api/v1/admin/models/{id}:download', { params: { path: { id: model.id } } })), onSettled: refresh });
  const remove = useMutation({
    mutationFn: async () => {
      const result = await api.DELETE('/api/v1/admin/models/{id}', { params: { path: { id: model.id } } });
      if (!result.response.ok) unwrap(result);
    },
    onSettled: refresh,
  });
  const downloading = (model.downloading || download?.status === 'downloading') && !model.installed;
  const languages = model.languages.length > 12 ? `${model.languages.length} languages` : model.languages.join(', ') || 'any language';

  return (
    <li className="flex flex-wrap items-center gap-3 p-3">
      <div className="min-w-0 flex-1 basis-64">
        <p className="font-medium">
          {model.name}
          {model.default ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">default</span> : null}
        </p>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          <code>{model.id}</code> · <span className="whitespace-nowrap">{bytes(model.size_bytes)}</span> · {languages} · {model.capabilities.map((c) => CAPABILITY_LABEL[c] ?? c).join(', ')}
        </p>
        {downloading ? (
          <div className="mt-2 max-w-sm">
            <ProgressBar value={download?.progress ?? 0} label={`Download of ${model.name}`} />
          </div>
        ) : null}
        {download?.status === 'failed' ? <p className="mt-1 text-xs text-rose-600 dark:text-rose-400">{download.error}</p> : null}
        {start.isError || remove.isError ? <p className="mt-1 text-xs text-rose-600 dark:text-rose-400">{messageOf(start.error ?? remove.error)}</p> : null}
      </div>
      <span className={model.installed ? 'text-sm text-emerald-700 dark:text-emerald-400' : 'text-sm text-slate-500 dark:text-slate-400'}>{model.installed ? 'Installed' : downloading ? 'Downloading…' : 'Not installed'}</span>
      {admin && model.provider === 'local' ? (
        model.installed ? (
          <Button size="sm" aria-label={`Remove ${model.name}`} onClick={() => setRemoving(true)}>
            Remove
          </Button>
        ) : (
          <Button size="sm" variant="primary" aria-label={`Download ${model.name}`} onClick={() => start.mutate()} disabled={downloading || start.isPending}>
            Download
          </Button>
        )
      ) : null}
      <ConfirmDialog
        open={removing}
        onOpenChange={setRemoving}
        title={`Remove ${model.name}?`}
        description="Its files are deleted from the model cache; it downloads again when a job needs it."
        confirmLabel="Remove"
        busy={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setRemoving(false) })}
      />
    </li>
  );
}
