/** The path of the file a unified plugin is transforming (`file.path`, else the first of its history), or `''`. */
export function vfilePath(file: { path?: string; history: string[] }): string {
  return file.path ?? file.history[0] ?? '';
}
