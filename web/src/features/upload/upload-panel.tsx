import { useQuery } from '@tanstack/react-query';
import { CheckCircle2, FileAudio, UploadCloud, X } from 'lucide-react';
import { useRef, useState, type DragEvent } from 'react';
import { Link } from 'wouter';
import { api, unwrap } from '../../api/client';
import type { JobOptions } from '../../api/types';
import { Button } from '../../components/ui/button';
import { ProgressBar } from '../../components/ui/feedback';
import { Field, Input, Select } from '../../components/ui/field';
import { bytes } from '../../lib/format';
import { cn } from '../../lib/cn';
import { ModelSelect } from '../models/model-select';
import { useUploadQueue } from './upload-context';

const LANGUAGES: [string, string][] = [
  ['auto', 'Detect automatically'],
  ['en', 'English'],
  ['de', 'German'],
  ['fr', 'French'],
  ['es', 'Spanish'],
  ['it', 'Italian'],
  ['nl', 'Dutch'],
  ['pt', 'Portuguese'],
  ['pl', 'Polish'],
  ['ru', 'Russian'],
  ['uk', 'Ukrainian'],
  ['zh', 'Chinese'],
  ['ja', 'Japanese'],
  ['ko', 'Korean'],
];

/** Drop or pick audio/video files, choose how to transcribe them, and watch them upload. */
export function UploadPanel() {
  const { queue, items } = useUploadQueue();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [profileId, setProfileId] = useState('');
  const [model, setModel] = useState('');
  const [language, setLanguage] = useState('');
  const [diarization, setDiarization] = useState(false);
  const [speakers, setSpeakers] = useState('');

  const profiles = useQuery({ queryKey: ['profiles'], queryFn: async () => unwrap(await api.GET('/api/v1/profiles', { params: { query: { limit: 200 } } })).items });

  const start = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const options: JobOptions = {};
    if (model) options.model = model;
    if (language) options.language = language;
    if (diarization) options.diarization = true;
    if (diarization && speakers) options.num_speakers = Number(speakers);
    queue.add([...files], { options, profileId: profileId || undefined });
    if (input.current) input.current.value = '';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    start(event.dataTransfer.files);
  };

  return (
    <section aria-labelledby="upload-heading" className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="upload-heading" className="mb-3 font-semibold">
        Transcribe recordings
      </h2>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          'flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-6 text-center transition-colors',
          dragging ? 'border-brand-500 bg-brand-50 dark:bg-brand-700/20' : 'border-slate-300 dark:border-slate-700',
        )}
      >
        <UploadCloud className="h-8 w-8 text-slate-400" aria-hidden />
        <p className="text-sm">Drop audio or video files here, or</p>
        <Button variant="primary" onClick={() => input.current?.click()}>
          Choose files
        </Button>
        <input ref={input} type="file" multiple accept="audio/*,video/*" className="sr-only" tabIndex={-1} aria-label="Audio or video files" onChange={(e) => start(e.target.files)} />
      </div>

      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-700 dark:text-slate-300">Options</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Field label="Profile">
            {(props) => (
              <Select {...props} value={profileId} onChange={(e) => setProfileId(e.target.value)}>
                <option value="">Default</option>
                {profiles.data?.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                    {p.is_default ? ' (default)' : ''}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Model">
            {(props) => (
              <ModelSelect {...props} value={model} onChange={setModel} emptyLabel="From profile / server default" />
            )}
          </Field>
          <Field label="Language">
            {(props) => (
              <Select {...props} value={language} onChange={(e) => setLanguage(e.target.value)}>
                <option value="">From profile / detect</option>
                {LANGUAGES.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="space-y-2">
            <label className="flex items-center gap-2 pt-6 text-sm">
              <input type="checkbox" checked={diarization} onChange={(e) => setDiarization(e.target.checked)} className="h-4 w-4" />
              Label speakers
            </label>
            {diarization ? (
              <Field label="Number of speakers (optional)">
                {(props) => <Input {...props} type="number" min={1} max={50} value={speakers} onChange={(e) => setSpeakers(e.target.value)} />}
              </Field>
            ) : null}
          </div>
        </div>
      </details>

      {items.length > 0 ? (
        <ul className="mt-4 space-y-2" aria-label="Uploads">
          {items.map((item) => (
            <li key={item.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
              <div className="flex items-center gap-2">
                {item.status === 'done' ? <CheckCircle2 className="h-4 w-4 text-emerald-600" aria-hidden /> : <FileAudio className="h-4 w-4 text-slate-400" aria-hidden />}
                <span className="min-w-0 flex-1 truncate text-sm font-medium" title={item.name}>
                  {item.name}
                </span>
                <span className="text-xs text-slate-500 dark:text-slate-400">{item.size > 0 ? bytes(item.size) : 'empty'}</span>
                {item.status === 'waiting' || item.status === 'uploading' ? (
                  <Button size="icon" variant="ghost" aria-label={`Cancel upload of ${item.name}`} onClick={() => queue.cancel(item.id)}>
                    <X className="h-4 w-4" />
                  </Button>
                ) : null}
              </div>
              {item.status === 'uploading' || item.status === 'waiting' ? (
                <div className="mt-2">
                  <ProgressBar value={item.size ? item.loaded / item.size : 0} label={`Upload of ${item.name}`} />
                </div>
              ) : null}
              {item.status === 'failed' ? <p className="mt-1 text-sm text-rose-600 dark:text-rose-400">{item.error}</p> : null}
              {item.status === 'canceled' ? <p className="mt-1 text-sm text-slate-500">Canceled.</p> : null}
              {item.status === 'done' && item.transcriptionId ? (
                <p className="mt-1 text-sm">
                  Uploaded and queued. <Link href={`/t/${item.transcriptionId}`} className="text-brand-600 underline dark:text-brand-100">Open</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {items.some((i) => i.status !== 'waiting' && i.status !== 'uploading') ? (
        <Button size="sm" variant="ghost" className="mt-2" onClick={() => queue.clearFinished()}>
          Clear finished
        </Button>
      ) : null}
    </section>
  );
}
