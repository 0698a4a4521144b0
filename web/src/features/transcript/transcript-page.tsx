import { ArrowLeft, ChevronDown, ChevronUp, Copy, Download } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { messageOf } from '../../api/client';
import { Button } from '../../components/ui/button';
import { ErrorMessage, ProgressBar, Spinner } from '../../components/ui/feedback';
import { Input } from '../../components/ui/field';
import { StatusBadge } from '../../components/ui/status-badge';
import { copyText } from '../../lib/clipboard';
import { STAGE_LABEL } from '../../lib/format';
import { useTitle } from '../../lib/use-title';
import { JobActionsMenu } from '../library/job-actions-menu';
import { DetailsPanel } from './details-panel';
import { PlayerBar } from './player-bar';
import { TranscriptView } from './transcript-view';
import { usePlayer } from './use-player';
import { downloadExport, useAudioUrl, useTranscript, useTranscription } from './use-transcript';

const FORMATS = ['txt', 'srt', 'vtt', 'json'] as const;

/** Keys belong to the focused control when it uses them itself (text fields, selects, sliders; Space on buttons). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  if (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)) return true;
  return key === ' ' && ['BUTTON', 'SUMMARY', 'A'].includes(element.tagName);
}

export default function TranscriptPage({ id }: { id: string }) {
  const job = useTranscription(id);
  const completed = job.data?.status === 'completed';
  const transcript = useTranscript(id, completed);
  const audioUrl = useAudioUrl(id);
  const player = usePlayer();
  const [query, setQuery] = useState('');
  const [matchCount, setMatchCount] = useState(0);
  const [match, setMatch] = useState(0);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [, navigate] = useLocation();

  // Space plays/pauses, arrows skip 5 s, unless the user is typing or on a control.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (ownsKey(event.target, event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === ' ') player.toggle();
      else if (event.key === 'ArrowLeft') player.skip(-5);
      else if (event.key === 'ArrowRight') player.skip(5);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player]);

  // A media URL whose ticket expired: fetch a fresh one and carry on where playback was.
  // A second failure in a row means the recording itself cannot be played (deleted, say).
  const { element } = player;
  const retriedAudio = useRef(false);
  const [audioFailed, setAudioFailed] = useState(false);
  const onAudioError = useCallback(() => {
    if (retriedAudio.current) {
      setAudioFailed(true);
      return;
    }
    retriedAudio.current = true;
    const at = element?.currentTime ?? 0;
    void audioUrl.refetch().then(() => {
      if (element) element.currentTime = at;
    });
  }, [audioUrl, element]);
  const onAudioLoaded = useCallback(() => {
    retriedAudio.current = false;
    setAudioFailed(false);
  }, []);

  const onMatchesChange = useCallback((count: number) => {
    setMatchCount(count);
    setMatch(0);
  }, []);

  useTitle(job.data?.title ?? 'Transcript');

  if (job.isPending) return <Spinner />;
  if (job.isError) return <ErrorMessage>{messageOf(job.error)}</ErrorMessage>;
  const data = job.data;

  const stepMatch = (delta: number) => setMatch((m) => (matchCount ? (m + delta + matchCount) % matchCount : 0));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/" className="inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400">
          <ArrowLeft className="h-4 w-4" aria-hidden /> Library
        </Link>
        <h1 className="min-w-0 flex-1 truncate text-xl font-semibold">{data.title}</h1>
        <StatusBadge status={data.status} />
        <JobActionsMenu job={data} onRetried={(retry) => navigate(`/t/${retry.id}`)} onDeleted={() => navigate('/')} onError={setActionError} />
      </div>
      {actionError ? <ErrorMessage>{actionError}</ErrorMessage> : null}

      {audioUrl.data ? <audio ref={player.attach} src={audioUrl.data} preload="metadata" onError={onAudioError} onLoadedMetadata={onAudioLoaded} /> : null}
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <PlayerBar player={player} />
        {audioFailed ? <p className="pt-1 text-sm text-rose-600 dark:text-rose-400">The recording cannot be played: this browser does not support its format, or it is no longer stored on the server.</p> : null}
      </div>

      {data.status === 'queued' || data.status === 'processing' ? (
        <div className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-live="polite">
          <p className="text-sm">{STAGE_LABEL[data.progress_stage ?? 'queued'] ?? data.progress_stage}…</p>
          <ProgressBar value={data.progress} label="Transcription progress" />
        </div>
      ) : null}
      {data.status === 'failed' ? <ErrorMessage>{data.error ?? 'The transcription failed.'}</ErrorMessage> : null}
      {data.status === 'canceled' ? <ErrorMessage>This transcription was canceled.</ErrorMessage> : null}

      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <section aria-label="Transcript" className="min-w-0 space-y-3">
          {completed ? (
            <div className="flex flex-wrap items-center gap-2">
              <Input
                type="search"
                aria-label="Search in transcript"
                placeholder="Search in transcript"
                className="w-full sm:w-64"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') stepMatch(e.shiftKey ? -1 : 1);
                }}
              />
              {query ? (
                <>
                  <span className="text-xs text-slate-500" aria-live="polite">
                    {matchCount ? `${match + 1} of ${matchCount}` : 'No matches'}
                  </span>
                  <Button size="icon" variant="ghost" aria-label="Previous match" onClick={() => stepMatch(-1)} disabled={!matchCount}>
                    <ChevronUp className="h-4 w-4" />
                  </Button>
                  <Button size="icon" variant="ghost" aria-label="Next match" onClick={() => stepMatch(1)} disabled={!matchCount}>
                    <ChevronDown className="h-4 w-4" />
                  </Button>
                </>
              ) : null}
              <div className="ml-auto flex flex-wrap gap-1">
                <Button
                  size="sm"
                  onClick={() => {
                    void copyText(transcript.data?.text ?? '').then((ok) => {
                      setCopied(ok ? 'yes' : 'failed');
                      setTimeout(() => setCopied(null), 2500);
                    });
                  }}
                >
                  <Copy className="h-4 w-4" aria-hidden /> {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed: select the text' : 'Copy text'}
                </Button>
                {FORMATS.map((format) => (
                  <Button key={format} size="sm" aria-label={`Download ${format.toUpperCase()}`} onClick={() => void downloadExport(id, format).catch((err: unknown) => setExportError(messageOf(err)))}>
                    <Download className="h-4 w-4" aria-hidden /> {format.toUpperCase()}
                  </Button>
                ))}
              </div>
            </div>
          ) : null}
          {exportError ? <ErrorMessage>{exportError}</ErrorMessage> : null}
          {transcript.isPending && completed ? <Spinner label="Loading transcript" /> : null}
          {transcript.isError ? <ErrorMessage>{messageOf(transcript.error)}</ErrorMessage> : null}
          {transcript.data ? (
            <TranscriptView transcript={transcript.data} time={player.time} onSeek={player.seek} query={query} currentMatch={match} onMatchesChange={onMatchesChange} follow={player.playing && !query} />
          ) : null}
        </section>
        <DetailsPanel job={data} transcript={transcript.data} />
      </div>
    </div>
  );
}
