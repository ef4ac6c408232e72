/**
 * Saves `blob` as a download named `fileName` through a temporary Blob URL, so a list of any size
 * is written without being copied into a data: URL or leaving the machine.
 */
export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL can go once it has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
