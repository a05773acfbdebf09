// A scripted `fetch` for client tests: records every request and answers from a handler.
export interface SeenRequest {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

export type Answer = Response | 'network-error' | 'hang';

export function reply(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function envelope(code: number, data: unknown = code === 200 || code === 201 ? {} : []): Response {
  return reply({ meta: { code, type: 'x', message: 'x' }, data });
}

export function fakeFetch(handler: (req: SeenRequest, index: number) => Answer) {
  const seen: SeenRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = await request.text();
    const req: SeenRequest = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    seen.push(req);
    const answer = handler(req, seen.length - 1);
    if (answer === 'network-error') throw new TypeError('fetch failed');
    if (answer === 'hang') {
      return new Promise((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    }
    return answer;
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}
