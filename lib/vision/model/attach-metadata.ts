import { readString, readTables } from './flatbuffer-table';
import { alignedBytes, offsetVector } from './flatbuffer-write';
import { finishModelRewrite, originalTables, startModelRewrite } from './model-rewrite';
import { METADATA_ENTRY_NAME, TFLITE } from './tflite-schema';

/**
 * Stores a ModelMetadata flatbuffer in a TFLite model the way the metadata tools do: as a new model
 * buffer, named by a `TFLITE_METADATA` entry in `Model.metadata`. An existing entry of that name is
 * replaced (its buffer stays, unreferenced); other entries such as `min_runtime_version` are kept.
 */
export function attachModelMetadata(model: Uint8Array, metadata: Uint8Array): Uint8Array {
  const r = startModelRewrite(model);
  const { b } = r;
  const buffers = originalTables(r, r.model, TFLITE.Model.buffers);

  const data = alignedBytes(b, metadata, 16);
  b.startObject(1);
  b.addFieldOffset(TFLITE.Buffer.data, data, 0);
  const metadataBuffer = b.endObject();

  const kept = readTables(r.model, TFLITE.Model.metadata).filter((m) => readString(m, TFLITE.Metadata.name) !== METADATA_ENTRY_NAME);
  const name = b.createString(METADATA_ENTRY_NAME);
  b.startObject(2);
  b.addFieldOffset(TFLITE.Metadata.name, name, 0);
  b.addFieldInt32(TFLITE.Metadata.buffer, buffers.length, 0);
  const entry = b.endObject();

  return finishModelRewrite(r, {
    buffers: offsetVector(b, [...buffers, metadataBuffer]),
    metadata: offsetVector(b, [...kept.map((m) => r.at(m.pos)), entry]),
  });
}
