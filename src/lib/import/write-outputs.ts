import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import {
  contentHash,
  decideWrite,
  manifestName,
  manifestToText,
  type ImportManifest,
} from './import-manifest.ts';
import type { ImportRun } from './import-summary.ts';
import { writeWhole } from '../write-whole.ts';

/** What an import run has to write: articles by path, images by destination → source file. */
export interface ImportOutputs {
  out: string;
  outputs: Map<string, string>;
  copies: Map<string, string>;
  manifest: ImportManifest;
  force: boolean;
  dryRun: boolean;
}

/**
 * Writes articles and images, each whole (a temp file, then a rename), and records them in the manifest.
 * A file already there is replaced only when the manifest says this importer wrote it and nobody changed it
 * since, or with `force`; otherwise it is left alone and reported (rule `would-overwrite`), naming the file.
 * A symlink in the way is never followed. On a dry run nothing is written, conflicts are still reported.
 */
export function writeImportOutputs(outputs: ImportOutputs, run: ImportRun): void {
  const { out, manifest } = outputs;
  const items: Array<{ path: string; data: () => string | Buffer; isImage: boolean }> = [
    ...[...outputs.outputs].map(([path, text]) => ({ path, data: () => text, isImage: false })),
    ...[...outputs.copies].map(([path, from]) => ({
      path,
      data: () => readFileSync(from),
      isImage: true,
    })),
  ];
  let changed = false;
  for (const item of items) {
    const key = posix.relative(out, item.path);
    const isLink = lstatOrUndefined(item.path)?.isSymbolicLink() ?? false;
    const data = item.data();
    const existing = isLink
      ? Buffer.from('')
      : existsSync(item.path)
        ? readFileSync(item.path)
        : undefined;
    const decision =
      isLink && !outputs.force
        ? 'conflict'
        : decideWrite(existing, data, manifest.files[key], outputs.force);
    if (decision === 'conflict') {
      run.failures.push({
        file: item.path,
        rule: 'would-overwrite',
        message: isLink
          ? 'is a symbolic link: not replaced'
          : `exists and was not written by the importer${manifest.files[key] ? ' (or was edited since)' : ''}: not overwritten`,
        fix: 'move it away or merge by hand, or import again with --force to replace it',
      });
      continue;
    }
    if (item.isImage) run.images.push(item.path);
    else (decision === 'unchanged' ? run.unchanged : run.written).push(item.path);
    const hash = contentHash(data);
    if (manifest.files[key] !== hash) [manifest.files[key], changed] = [hash, true];
    if (!outputs.dryRun && decision !== 'unchanged') writeWhole(item.path, data);
  }
  if (!outputs.dryRun && changed) writeWhole(join(out, manifestName), manifestToText(manifest));
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
