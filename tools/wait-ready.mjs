// Waits until every URL given answers 2xx (a health endpoint), or fails after the timeout.
//   node tools/wait-ready.mjs --timeout 120 http://localhost:8081/q/health/ready ...
const args = process.argv.slice(2);
const t = args.indexOf('--timeout');
const timeoutMs = (t >= 0 ? Number(args.splice(t, 2)[1]) : 120) * 1000;
const deadline = Date.now() + timeoutMs;

async function ready(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

for (const url of args) {
  while (!(await ready(url))) {
    if (Date.now() > deadline) {
      console.error(`wait-ready: ${url} not ready after ${timeoutMs / 1000}s`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`wait-ready: ${url} is ready`);
}
