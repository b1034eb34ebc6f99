/**
 * A file's bytes as base64, as the archive's API takes a file; `onProgress` hears the fraction
 * read so far, for a big file that takes a while.
 */
export function readFileBase64(
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.onload = () => {
      // A data URL: `data:<type>;base64,<bytes>`.
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
