import fs from 'node:fs';
import path from 'node:path';
import onnxProto from 'onnx-proto';

/**
 * Tiny ONNX graphs with the inputs, outputs and metadata sherpa-onnx expects of a NeMo CTC
 * recognizer, a pyannote segmentation model and a speaker-embedding model (engine note §8).
 * Their outputs are meaningless, but they let the real engine path run in CI: config
 * mapping, the engine process, async decode, result mapping and the diarization call.
 */
const { onnx } = onnxProto;
const FLOAT = 1;
const INT64 = 7;
const FEATURE_DIM = 80;

type Dim = number | string;

function valueInfo(name: string, elemType: number, dims: Dim[]): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

/** Deterministic pseudo-random weights, so a generated model behaves the same on every run. */
function weights(name: string, dims: number[], seed: number): onnxProto.onnx.ITensorProto {
  const count = dims.reduce((a, b) => a * b, 1);
  const data: number[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    data.push((state / 2 ** 31 - 0.5) * 0.2);
  }
  return { name, dims, dataType: FLOAT, floatData: data };
}

function node(opType: string, input: string[], output: string[], attribute: onnxProto.onnx.IAttributeProto[] = []): onnxProto.onnx.INodeProto {
  return { opType, input, output, attribute, name: `${opType}_${output[0] ?? ''}` };
}

const ints = (name: string, values: number[]): onnxProto.onnx.IAttributeProto => ({ name, type: onnx.AttributeProto.AttributeType.INTS, ints: values });
const int = (name: string, value: number): onnxProto.onnx.IAttributeProto => ({ name, type: onnx.AttributeProto.AttributeType.INT, i: value });

function model(graph: onnxProto.onnx.IGraphProto, metadata: Record<string, string | number>): Buffer {
  const proto = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'scriberr-tests',
    graph,
    metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value: String(value) })),
  });
  return Buffer.from(onnx.ModelProto.encode(proto).finish());
}

export const CTC_TOKENS = ['<unk>', '▁and', '▁so', '▁my', '▁fellow', '▁americans', '▁ask', '▁not', '▁what', '▁your', '▁country', '▁can', '▁do', '▁for', '▁you', 's', '<blk>'];

/** NeMo CTC shape: audio_signal (N, 80, T) and length (N) → log-probs (N, T, V). */
export function nemoCtcModel(): Buffer {
  const vocab = CTC_TOKENS.length;
  return model(
    {
      name: 'nemo-ctc-test',
      input: [valueInfo('audio_signal', FLOAT, ['N', FEATURE_DIM, 'T']), valueInfo('length', INT64, ['N'])],
      output: [valueInfo('logprobs', FLOAT, ['N', 'T', vocab])],
      initializer: [weights('W', [FEATURE_DIM, vocab], 7)],
      node: [
        node('Transpose', ['audio_signal'], ['frames'], [ints('perm', [0, 2, 1])]),
        node('MatMul', ['frames', 'W'], ['logits']),
        node('LogSoftmax', ['logits'], ['logprobs'], [int('axis', 2)]),
      ],
    },
    { vocab_size: vocab, subsampling_factor: 1, normalize_type: '', model_type: 'EncDecCTCModelBPE' },
  );
}

export function ctcTokensFile(): string {
  return CTC_TOKENS.map((token, id) => `${token} ${id}\n`).join('');
}

// pyannote segmentation 3.0: 10 s windows; 991-sample receptive field every 270 samples.
const WINDOW = 160_000;
const FIELD = 991;
const SHIFT = 270;
const CLASSES = 7;

/** Pyannote shape: waveform (N, 1, T) → powerset log-probs (N, frames, 7). */
export function pyannoteSegmentationModel(): Buffer {
  return model(
    {
      name: 'pyannote-test',
      input: [valueInfo('x', FLOAT, ['N', 1, 'T'])],
      output: [valueInfo('y', FLOAT, ['N', 'F', CLASSES])],
      initializer: [weights('K', [CLASSES, 1, FIELD], 11)],
      node: [
        node('Conv', ['x', 'K'], ['conv'], [ints('strides', [SHIFT])]),
        node('Transpose', ['conv'], ['frames'], [ints('perm', [0, 2, 1])]),
        node('LogSoftmax', ['frames'], ['y'], [int('axis', 2)]),
      ],
    },
    {
      sample_rate: 16_000,
      window_size: WINDOW,
      receptive_field_size: FIELD,
      receptive_field_shift: SHIFT,
      num_speakers: 3,
      powerset_max_classes: 2,
      num_classes: CLASSES,
    },
  );
}

const EMBEDDING_DIM = 16;

/** Speaker-embedding shape: fbank (N, T, 80) → embedding (N, 16). */
export function speakerEmbeddingModel(): Buffer {
  return model(
    {
      name: 'embedding-test',
      input: [valueInfo('feats', FLOAT, ['N', 'T', FEATURE_DIM])],
      output: [valueInfo('embs', FLOAT, ['N', EMBEDDING_DIM])],
      initializer: [weights('P', [FEATURE_DIM, EMBEDDING_DIM], 23)],
      node: [node('ReduceMean', ['feats'], ['mean'], [ints('axes', [1]), int('keepdims', 0)]), node('MatMul', ['mean', 'P'], ['embs'])],
    },
    { output_dim: EMBEDDING_DIM, sample_rate: 16_000, normalize_samples: 1, language: 'English', framework: 'wespeaker' },
  );
}

/** Writes the test models into `dir` as a catalog-style model directory layout. */
export function writeSyntheticModels(dir: string): { ctc: string; diarization: string } {
  const ctc = path.join(dir, 'test-ctc');
  const diarization = path.join(dir, 'test-diarization');
  fs.mkdirSync(ctc, { recursive: true });
  fs.mkdirSync(diarization, { recursive: true });
  fs.writeFileSync(path.join(ctc, 'model.onnx'), nemoCtcModel());
  fs.writeFileSync(path.join(ctc, 'tokens.txt'), ctcTokensFile());
  fs.writeFileSync(path.join(diarization, 'segmentation.onnx'), pyannoteSegmentationModel());
  fs.writeFileSync(path.join(diarization, 'embedding.onnx'), speakerEmbeddingModel());
  return { ctc, diarization };
}
