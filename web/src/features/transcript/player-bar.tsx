import { Pause, Play, RotateCcw, RotateCw } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/field';
import { clock } from '../../lib/format';
import { SPEEDS, type Player } from './use-player';

/** Play/pause, ±5 s, a seek bar and the playback speed. */
export function PlayerBar({ player }: { player: Player }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="icon" variant="ghost" aria-label="Back 5 seconds" onClick={() => player.skip(-5)}>
        <RotateCcw className="h-4 w-4" />
      </Button>
      <Button size="icon" variant="primary" aria-label={player.playing ? 'Pause' : 'Play'} onClick={player.toggle}>
        {player.playing ? <Pause className="h-4 w-4" /> : <Play className="h-4 w-4" />}
      </Button>
      <Button size="icon" variant="ghost" aria-label="Forward 5 seconds" onClick={() => player.skip(5)}>
        <RotateCw className="h-4 w-4" />
      </Button>
      <span className="font-mono text-xs tabular-nums" aria-live="off">
        {clock(player.time)} / {clock(player.duration)}
      </span>
      <input
        type="range"
        aria-label="Position"
        min={0}
        max={player.duration || 0}
        step={0.1}
        value={Math.min(player.time, player.duration || 0)}
        onChange={(e) => player.seek(Number(e.target.value))}
        className="min-w-24 flex-1 accent-brand-600"
      />
      <Select aria-label="Playback speed" className="h-9 w-24" value={player.rate} onChange={(e) => player.setRate(Number(e.target.value))}>
        {SPEEDS.map((speed) => (
          <option key={speed} value={speed}>
            {speed}×
          </option>
        ))}
      </Select>
    </div>
  );
}
