// `npm run sandbox`: starts the sandbox on 127.0.0.1 and prints what a person needs to use it.
import { DEMO_KEYS } from './demo-keys';
import { startSandbox } from './server';

function portFromArgs(): number {
  const i = process.argv.indexOf('--port');
  const raw = i >= 0 ? process.argv[i + 1] : (process.argv.find((a) => a.startsWith('--port='))?.slice(7) ?? process.env.PORT);
  const port = Number(raw ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${raw}`);
  return port;
}

const sandbox = await startSandbox({ port: portFromArgs(), host: '127.0.0.1' });
console.log(`Trackpin sandbox listening on ${sandbox.url}
  TrackingMore v2: ${sandbox.trackingmoreUrl}   (header Trackingmore-Api-Key)
  TrackingMore v4: ${sandbox.trackingmoreV4Url}   (header Tracking-Api-Key)
  TrackRU v1:      ${sandbox.trackruUrl}   (header Api-Key)
  Demo shop:       ${sandbox.url}/shop/
  Test hooks:      ${sandbox.url}/__sandbox/{advance,faults,log,reset,config}
  API keys:        ${Object.entries(DEMO_KEYS).map(([k, v]) => `${k}=${v}`).join('  ')}
Press Ctrl-C to stop.`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void sandbox.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
