/** A local HTTP server standing in for Slack's Web API (chat.postMessage) and Discord's REST (channel messages). */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One post the stand-in received. */
export interface ReceivedPost {
  platform: 'slack' | 'discord';
  channel: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface PlatformStandIn {
  /** For SLACK_API_URL. */
  slackApiUrl: string;
  /** For DISCORD_API_URL. */
  discordApiUrl: string;
  posts: ReceivedPost[];
  /** Milliseconds to wait before answering a post to a channel (keeps a claim open while other processes arrive). */
  delays: Map<string, number>;
  /** Every request path, to catch calls we did not expect. */
  paths: string[];
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage): Promise<string> => new Promise((resolve, reject) => {
  let data = '';
  req.setEncoding('utf8');
  req.on('data', (c: string) => { data += c; });
  req.on('end', () => resolve(data));
  req.on('error', reject);
});

function parse(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? JSON.parse(raw) as Record<string, unknown> : {};
  return Object.fromEntries(new URLSearchParams(raw));
}

/** Starts the stand-in on 127.0.0.1 and a free port. */
export async function startPlatformStandIn(): Promise<PlatformStandIn> {
  const posts: ReceivedPost[] = [];
  const paths: string[] = [];
  const delays = new Map<string, number>();
  const pause = (channel: string): Promise<void> => new Promise((r) => setTimeout(r, delays.get(channel) ?? 0));
  let seq = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      paths.push(`${req.method} ${url.pathname}`);
      const body = parse(await readBody(req), req.headers['content-type']);
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/slack/api/chat.postMessage') {
        const channel = String(body.channel);
        posts.push({ platform: 'slack', channel, body, authorization: req.headers.authorization });
        await pause(channel);
        res.end(JSON.stringify({ ok: true, channel, ts: `1700000000.${String(++seq).padStart(6, '0')}`, message: {} }));
        return;
      }
      const discord = /^\/discord\/v10\/channels\/(\d+)\/messages$/.exec(url.pathname);
      if (discord && req.method === 'POST') {
        posts.push({ platform: 'discord', channel: discord[1]!, body, authorization: req.headers.authorization });
        res.end(JSON.stringify({ id: `9${String(++seq).padStart(17, '0')}`, channel_id: discord[1], content: body.content ?? '' }));
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ ok: false, error: 'unknown_method', message: 'Unknown' }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    slackApiUrl: `http://127.0.0.1:${port}/slack/api/`,
    discordApiUrl: `http://127.0.0.1:${port}/discord`,
    posts,
    delays,
    paths,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
