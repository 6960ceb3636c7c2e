// Starting a worker thread on a module of this project, compiled or not.

import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker running the entry `name` (without extension) beside the module at `callerUrl`. Compiled
 * (dist/, bin/compile.mjs), it runs the compiled entry. From the TypeScript sources it runs them
 * through tsx as this process does; tsx's loader does not reach worker threads by itself, so the
 * worker registers it before importing its entry. The worker's own failures are the caller's to
 * handle (through its port or its silence): an 'error' event here does not end the process, and the
 * worker does not keep the process alive.
 */
export function startModuleWorker(callerUrl: string, name: string, options: WorkerOptions): Worker {
  const worker = callerUrl.endsWith('.js')
    ? new Worker(new URL(`./${name}.js`, callerUrl), options)
    : new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL(`./${name}.ts`, callerUrl).href)}); })`,
        { ...options, eval: true },
      );
  worker.on('error', () => {});
  worker.unref();
  return worker;
}
