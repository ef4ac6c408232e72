/** Where the FaceLandmarker bundle comes from: the extension package, or bytes an administrator gave. */
export type ModelSource = { modelUrl: string } | { modelAssetBuffer: ArrayBuffer };

/** The bundle's bytes, fetched once so that every stream's landmarker is made from the same copy. */
export async function loadModelBytes(source: ModelSource): Promise<Uint8Array> {
  if ('modelAssetBuffer' in source) return new Uint8Array(source.modelAssetBuffer);
  const response = await fetch(source.modelUrl);
  if (!response.ok) throw new Error(`Could not load the face model from ${source.modelUrl}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
