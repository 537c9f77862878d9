/** Where the CLI writes: the only place in `lib/` that prints. The stages below it return data and problems; the CLI decides what to say. */

/** Line-oriented output streams for commands; tests pass a recorder instead of the console. */
export interface Output {
  line(text: string): void;
  error(text: string): void;
}

/** Output to the process's stdout and stderr. */
export const consoleOutput: Output = {
  line: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};
