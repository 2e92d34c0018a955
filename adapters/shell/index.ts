/** The terminal chat (Hubot's Shell adapter as the model): a prompt, answers with their sources, help, exit, history. */
import { appendFileSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Bot } from '../../src/bot.js';
import { renderText } from './render.js';

export interface ShellOptions {
  bot: Bot;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where to keep the history between sessions; none when omitted. */
  historyFile?: string;
  /** Shown once at start. */
  banner?: string;
}

function readHistory(file: string | undefined): string[] {
  if (!file) return [];
  try { return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, 500); } catch { return []; }
}

/** Runs the chat until `exit` or end of input. */
export async function runShell(options: ShellOptions): Promise<void> {
  const { bot, output } = options;
  const terminal = (output as NodeJS.WriteStream).isTTY === true;
  const rl = createInterface({ input: options.input, output, terminal, history: readHistory(options.historyFile), historySize: 500, prompt: 'attache> ' });
  if (options.banner) output.write(`${options.banner}\n`);
  output.write('Ask about the releases; "help" lists commands, "exit" quits.\n');
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (/^(exit|quit|\\q)$/i.test(text)) break;
    if (text) {
      if (options.historyFile) { try { appendFileSync(options.historyFile, `${text.replace(/\n/g, ' ')}\n`); } catch { /* history is a convenience */ } }
      try {
        const reply = await bot.handle(text, { platform: 'shell', channelId: 'shell' }, '');
        output.write(`${renderText(reply)}\n`);
      } catch (err) {
        output.write(`Sorry, something went wrong: ${(err as Error).message}\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
}
