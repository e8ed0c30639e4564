/** Saves a file on the user's device (the only way data leaves the app: the user asks for it). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
