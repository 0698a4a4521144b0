import { MoreHorizontal } from 'lucide-react';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useState } from 'react';
import { messageOf } from '../../api/client';
import type { Transcription } from '../../api/types';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { ErrorMessage } from '../../components/ui/feedback';
import { Field, Input } from '../../components/ui/field';
import { ModelSelect } from '../models/model-select';
import { useFileSharedWithOthers, useJobActions } from './use-library';

interface JobActionsMenuProps {
  job: Transcription;
  /** Shown as the first item when given (the library opens the transcript; the transcript page omits it). */
  onOpen?: () => void;
  onRetried?: (retry: Transcription) => void;
  onDeleted?: () => void;
  /** Where a failed cancel is reported (the other actions report inside their dialogs). */
  onError: (message: string) => void;
}

/** A transcription's actions (cancel, retry with a model choice, rename, delete) and their dialogs. */
export function JobActionsMenu({ job, onOpen, onRetried, onDeleted, onError }: JobActionsMenuProps) {
  const actions = useJobActions();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(job.title);
  const [renameError, setRenameError] = useState<string | null>(null);
  const [retrying, setRetrying] = useState(false);
  const [retryModel, setRetryModel] = useState('');
  const [retryError, setRetryError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleteRecording, setDeleteRecording] = useState(false);
  const shared = useFileSharedWithOthers(job.file_id, job.id, deleting);
  // Only once we know no other transcription needs the recording may it go.
  const mayDeleteRecording = shared.data === false;
  const active = job.status === 'queued' || job.status === 'processing';

  const items = [
    { label: 'Open', onSelect: () => onOpen?.(), show: onOpen !== undefined },
    { label: 'Cancel', onSelect: () => void actions.cancel.mutateAsync(job.id).catch((err: unknown) => onError(messageOf(err))), show: active },
    { label: 'Retry…', onSelect: () => setRetrying(true), show: !active },
    {
      label: 'Rename',
      onSelect: () => {
        setTitle(job.title);
        setRenaming(true);
      },
      show: true,
    },
    { label: 'Delete', onSelect: () => setDeleting(true), show: true },
  ].filter((item) => item.show);

  return (
    <>
      <Menu.Root>
        <Menu.Trigger asChild>
          <Button variant="ghost" size="icon" aria-label={`Actions for ${job.title}`}>
            <MoreHorizontal className="h-4 w-4" />
          </Button>
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content align="end" className="z-30 min-w-36 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
            {items.map((item) => (
              <Menu.Item key={item.label} onSelect={item.onSelect} className="cursor-pointer rounded px-3 py-1.5 text-sm outline-none data-highlighted:bg-slate-100 dark:data-highlighted:bg-slate-800">
                {item.label}
              </Menu.Item>
            ))}
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>

      <Dialog
        open={renaming}
        onOpenChange={(open) => {
          setRenaming(open);
          setRenameError(null);
        }}
        title="Rename transcription"
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setRenameError(null);
            actions.rename.mutateAsync({ id: job.id, title }).then(
              () => setRenaming(false),
              (err: unknown) => setRenameError(messageOf(err)),
            );
          }}
          className="space-y-4"
        >
          <Field label="Title" error={renameError ?? undefined}>
            {(props) => <Input {...props} value={title} required maxLength={255} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
          <div className="flex justify-end">
            <Button type="submit" variant="primary">
              Save
            </Button>
          </div>
        </form>
      </Dialog>

      <Dialog
        open={retrying}
        onOpenChange={(open) => {
          setRetrying(open);
          setRetryError(null);
        }}
        title="Retry transcription"
        description={`“${job.title}” runs again as a new job, with its options or another model; this one stays as it is.`}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setRetryError(null);
            actions.retry.mutateAsync({ id: job.id, model: retryModel || undefined }).then(
              (retry) => {
                setRetrying(false);
                onRetried?.(retry);
              },
              (err: unknown) => setRetryError(messageOf(err)),
            );
          }}
          className="space-y-4"
        >
          <Field label="Model" error={retryError ?? undefined}>
            {(props) => <ModelSelect {...props} value={retryModel} onChange={setRetryModel} emptyLabel={`Same as before (${job.options.model})`} />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setRetrying(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={actions.retry.isPending}>
              Retry
            </Button>
          </div>
        </form>
      </Dialog>

      <Dialog
        open={deleting}
        onOpenChange={(open) => {
          setDeleting(open);
          setDeleteError(null);
        }}
        title="Delete transcription?"
        description={`The transcript of “${job.title}” will be deleted${active ? ' (the running job is canceled first)' : ''}. This cannot be undone.`}
      >
        {shared.data === true ? (
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">The recording is kept: other transcriptions use it.</p>
        ) : (
          <label className="mb-4 flex items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" disabled={!mayDeleteRecording} checked={deleteRecording && mayDeleteRecording} onChange={(e) => setDeleteRecording(e.target.checked)} />
            Also delete the recording
          </label>
        )}
        {deleteError ? <ErrorMessage className="mb-4">{deleteError}</ErrorMessage> : null}
        <div className="flex justify-end gap-2">
          <Button onClick={() => setDeleting(false)}>Cancel</Button>
          <Button
            variant="danger"
            disabled={actions.remove.isPending}
            onClick={() => {
              setDeleteError(null);
              actions.remove.mutateAsync({ id: job.id, fileId: deleteRecording && mayDeleteRecording ? job.file_id : undefined }).then(
                () => {
                  setDeleting(false);
                  onDeleted?.();
                },
                (err: unknown) => setDeleteError(messageOf(err)),
              );
            }}
          >
            Delete
          </Button>
        </div>
      </Dialog>
    </>
  );
}
