/**
 * The second process of `npm run bench:decisions`: signs the agents in, fires resolution requests for a
 * fixed time with a fixed concurrency, and listens as the approver on an event stream. Prints one JSON
 * object: request latencies and, for each approval pushed to the approver, commit-to-arrival time.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';

import { HttpSession } from '../../server/testing/http-client.ts';

type Job = {
  requestUrl: string;
  approverUrl: string;
  agents: string[];
  approver: string;
  password: string;
  contacts: string[][];
  concurrency: number;
  durationMs: number;
  overLimitEvery: number;
};

// The job arrives on stdin: the contact ids of a large centre are more than a command line holds.
const job = JSON.parse(
  await new Response(process.stdin as unknown as ReadableStream).text(),
) as Job;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function listenAsApprover(
  session: HttpSession,
  latencies: number[],
  signal: AbortSignal,
): Promise<void> {
  const response = await session.stream('/api/events', signal);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const arrived = Date.now();
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.split('\n').find((line) => line.startsWith('data: '));
        if (!data || !frame.includes('event: approval.requested')) continue;
        const event = JSON.parse(data.slice(6)) as { createdAt: string };
        latencies.push(arrived - Date.parse(event.createdAt));
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

/**
 * The hot loop's client: node:http over kept-alive sockets costs the driver about half the CPU of
 * fetch, which shares the two cores with the server and PostgreSQL being measured.
 */
function postJson(
  agent: http.Agent,
  url: URL,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

async function main() {
  const approver = await HttpSession.signIn(job.approverUrl, job.approver, job.password);
  const eventLatencies: number[] = [];
  const stop = new AbortController();
  const listening = listenAsApprover(approver, eventLatencies, stop.signal);

  // One at a time: a server hashes only LOGIN_CONCURRENT_HASHES passwords at once and answers 429 past it.
  const agents: HttpSession[] = [];
  for (const email of job.agents)
    agents.push(await HttpSession.signIn(job.requestUrl, email, job.password));

  const keepAlive = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const headers = agents.map((agent) => agent.authHeaders('POST'));
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let sent = 0;
  const deadline = Date.now() + job.durationMs;
  const worker = async (w: number) => {
    // Each worker is one rep at a time; reps are spread across workers, and each moves on to their next contact.
    let n = 0;
    while (Date.now() < deadline) {
      const index = (w + n * job.concurrency) % agents.length;
      const own = job.contacts[index]!;
      const contact = own[Math.floor((n * job.concurrency) / agents.length) % own.length]!;
      n++;
      const overLimit = ++sent % job.overLimitEvery === 0;
      const amount = overLimit ? 150_00 : 1_00 + ((sent * 7919) % 90_00);
      const started = performance.now();
      const url = new URL(`/api/contacts/${contact}/resolutions`, job.requestUrl);
      const response = await postJson(keepAlive, url, headers[index]!, {
        type: 'refund',
        amount,
        currency: 'USD',
        reason: 'bench',
        idempotencyKey: randomUUID(),
      });
      latencies.push(performance.now() - started);
      const status =
        response.status === 201
          ? (JSON.parse(response.body) as { resolution: { status: string } }).resolution.status
          : `http_${response.status}`;
      outcomes[status] = (outcomes[status] ?? 0) + 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: job.concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  // Give the last pushes a moment to arrive before closing the stream.
  await new Promise((r) => setTimeout(r, 300));
  stop.abort();
  await listening;
  keepAlive.destroy();

  latencies.sort((a, b) => a - b);
  eventLatencies.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      requests: latencies.length,
      seconds,
      decisionsPerSec: latencies.length / seconds,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      outcomes,
      approverEvents: eventLatencies.length,
      approverEventP50Ms: percentile(eventLatencies, 50),
      approverEventP99Ms: percentile(eventLatencies, 99),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
