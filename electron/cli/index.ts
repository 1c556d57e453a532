#!/usr/bin/env node
import { runCli } from './main';

// A reader that stops early (`steadfast analyze d.steadfast | head`) closes the pipe. What is left
// to print has nowhere to go, which is no error of the command: further output is dropped, and the
// command finishes (an export still completes its pack) with its own exit code, without a stack trace.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed.add(stream);
    else throw err;
  });
}
const writer = (stream: NodeJS.WriteStream) => (line: string) => {
  if (!closed.has(stream)) stream.write(`${line}\n`);
};

// No top-level await: the bundle is CommonJS (see scripts/steadfast.mjs).
void runCli(process.argv.slice(2), {
  out: writer(process.stdout),
  err: writer(process.stderr),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
