// A worker thread of the articles loader: checks and renders the part of the content folder it is given
// (`checkAndRenderInParallel`), and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkAndRender, type CheckAndRenderTask } from './check-and-render.ts';

parentPort?.postMessage(checkAndRender(workerData as CheckAndRenderTask));
