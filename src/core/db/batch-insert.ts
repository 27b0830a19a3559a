import type Database from 'better-sqlite3';

/**
 * Multi-row INSERTs through one reused parameter array: far fewer native calls than one
 * statement per row, and no per-row allocation. Rows left over at the end go one by one.
 */
export class BatchInsert {
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;
  private readonly values: unknown[];
  private pos = 0;
  rows = 0;

  constructor(db: Database.Database, table: string, private readonly width: number, rowsPerStatement = 32) {
    const row = `(${new Array<string>(width).fill('?').join(',')})`;
    this.many = db.prepare(`INSERT INTO ${table} VALUES ${new Array<string>(rowsPerStatement).fill(row).join(',')}`);
    this.one = db.prepare(`INSERT INTO ${table} VALUES ${row}`);
    this.values = new Array<unknown>(width * rowsPerStatement);
  }

  /** Any width; allocates the argument list, so keep the fixed-width methods for hot paths. */
  row(...values: unknown[]): void {
    const v = this.values;
    let p = this.pos;
    for (let i = 0; i < this.width; i++) v[p++] = values[i];
    this.advance(p);
  }

  row4(a: unknown, b: unknown, c: unknown, d: unknown): void {
    const v = this.values;
    let p = this.pos;
    v[p++] = a;
    v[p++] = b;
    v[p++] = c;
    v[p++] = d;
    this.advance(p);
  }

  /** A row written straight into the shared buffer: `write` fills `width` values from `at`. */
  fill(write: (buffer: unknown[], at: number) => void): void {
    write(this.values, this.pos);
    this.advance(this.pos + this.width);
  }

  row8(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown, g: unknown, h: unknown): void {
    const v = this.values;
    let p = this.pos;
    v[p++] = a;
    v[p++] = b;
    v[p++] = c;
    v[p++] = d;
    v[p++] = e;
    v[p++] = f;
    v[p++] = g;
    v[p++] = h;
    this.advance(p);
  }

  private advance(p: number): void {
    this.rows++;
    if (p === this.values.length) {
      this.many.run(this.values);
      p = 0;
    }
    this.pos = p;
  }

  flush(): void {
    for (let start = 0; start < this.pos; start += this.width) {
      this.one.run(this.values.slice(start, start + this.width));
    }
    this.pos = 0;
  }
}
