// Types for the CommonJS `unbzip2-stream` package, which ships none.
declare module 'unbzip2-stream' {
  import type { Duplex } from 'node:stream';
  export default function unbzip2Stream(): Duplex;
}
