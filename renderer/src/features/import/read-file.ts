// Reads a picked file as base64 for import.preview (the renderer never names a path).
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      // "data:<type>;base64,<data>": keep what follows the first comma.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
