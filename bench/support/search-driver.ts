/**
 * The second process of `npm run bench:knowledge`: signs a rep in, runs the searches it is given
 * over HTTP with a fixed number in flight, then the suggestions as a rep types them. Prints one
 * JSON object of latencies.
 */
import http from 'node:http';

import { HttpSession } from '../../server/testing/http-client.ts';

type Job = {
  url: string;
  email: string;
  password: string;
  searches: string[];
  suggestions: string[];
  concurrency: number;
};

const job = JSON.parse(
  await new Response(process.stdin as unknown as ReadableStream).text(),
) as Job;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** node:http over kept-alive sockets: fetch costs the driver more of the two cores being shared. */
function get(agent: http.Agent, url: URL, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get(url, { agent, headers }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

async function run(path: string, queries: string[], headers: Record<string, string>) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const latencies: number[] = [];
  let results = 0;
  let next = 0;
  const worker = async () => {
    while (next < queries.length) {
      const q = queries[next++]!;
      const started = performance.now();
      const response = await get(
        agent,
        new URL(`${path}?q=${encodeURIComponent(q)}`, job.url),
        headers,
      );
      latencies.push(performance.now() - started);
      if (response.status !== 200)
        throw new Error(`${path} "${q}": ${response.status} ${response.body}`);
      results += (JSON.parse(response.body) as { results: unknown[] }).results.length;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    results: results / queries.length,
  };
}

const session = await HttpSession.signIn(job.url, job.email, job.password);
const headers = session.authHeaders('GET');
// Warm-up: the first search loads WordNet's index into the server; not what a rep waits for after.
await run('/api/knowledge/search', job.searches.slice(0, 16), headers);
const search = await run('/api/knowledge/search', job.searches, headers);
const suggest = await run('/api/knowledge/suggest', job.suggestions, headers);
console.log(JSON.stringify({ search, suggest }));
