/** Says loudly, once per run, which database engines the suite covers. */
export default function setup(): void {
  if (process.env.TEST_DATABASE_URL) {
    console.log(
      `\nDatabase tests run on SQLite and on PostgreSQL (${redact(process.env.TEST_DATABASE_URL)}).\n`,
    );
  } else {
    console.warn(
      '\n' +
        '!!! TEST_DATABASE_URL is not set: PostgreSQL tests were SKIPPED; only SQLite was tested.\n' +
        '!!! Set TEST_DATABASE_URL=postgres://user@host:5432/db to run them (see README).\n',
    );
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
