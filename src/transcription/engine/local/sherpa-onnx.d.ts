// The parts of `sherpa-onnx-node` (CommonJS, no bundled types) the engine process uses.
// Flag-like config keys must be numbers: the addon ignores booleans (engine note §1.1).
declare module 'sherpa-onnx-node' {
  export interface OfflineRecognizerResult {
    text: string;
    lang?: string;
    tokens: string[];
    timestamps: number[];
    durations?: number[];
    segment_timestamps?: number[];
    segment_durations?: number[];
    segment_texts?: string[];
  }

  export class OfflineStream {
    acceptWaveform(wave: { samples: Float32Array; sampleRate: number }): void;
  }

  export class OfflineRecognizer {
    static createAsync(config: object): Promise<OfflineRecognizer>;
    createStream(): OfflineStream;
    decodeAsync(stream: OfflineStream): Promise<OfflineRecognizerResult>;
  }

  export interface SpeechSegment {
    start: number;
    samples: Float32Array;
  }

  export class Vad {
    constructor(config: object, bufferSizeInSeconds: number);
    acceptWaveform(samples: Float32Array): void;
    isEmpty(): boolean;
    front(enableExternalBuffer?: boolean): SpeechSegment;
    pop(): void;
    flush(): void;
  }

  export interface DiarizationSegment {
    start: number;
    end: number;
    speaker: number;
  }

  export class OfflineSpeakerDiarization {
    constructor(config: object);
    readonly sampleRate: number;
    readonly handle: unknown;
    process(samples: Float32Array): DiarizationSegment[];
    setConfig(config: object): void;
  }

  const sherpa: {
    OfflineRecognizer: typeof OfflineRecognizer;
    Vad: typeof Vad;
    OfflineSpeakerDiarization: typeof OfflineSpeakerDiarization;
    version: string;
  };
  export default sherpa;
}

declare module 'sherpa-onnx-node/addon.js' {
  const addon: {
    offlineSpeakerDiarizationProcessAsync?: (
      handle: unknown,
      samples: Float32Array,
      onProgress: (processed: number, total: number) => number | void,
    ) => Promise<{ start: number; end: number; speaker: number }[]>;
  };
  export default addon;
}
