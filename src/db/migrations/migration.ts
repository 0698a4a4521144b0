/** A schema change. Never edit one that has shipped; add the next number instead. */
export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}
