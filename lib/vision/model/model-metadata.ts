import { Builder } from 'flatbuffers';
import { float32Vector, offsetVector } from './flatbuffer-write';
import { METADATA, METADATA_IDENTIFIER } from './tflite-schema';

/**
 * Builds the TFLite ModelMetadata flatbuffer MediaPipe Tasks needs to feed an image model: one
 * subgraph with one RGB image input and the normalisation that maps 0..255 pixels to the model's
 * input range. Without it Tasks refuses a float32 input ("requires specifying NormalizationOptions
 * metadata"). Outputs need no metadata: the face graphs decode them by position.
 */

export interface ImageModelMetadata {
  name: string;
  description: string;
  version: string;
  author: string;
  license: string;
  input: {
    name: string;
    description: string;
    /** Per-channel (or one shared) mean and standard deviation: model input = (pixel - mean) / std. */
    mean: number[];
    std: number[];
  };
}

/** Every field written here exists since metadata schema 1.0.0. */
const MIN_PARSER_VERSION = '1.0.0';

export function buildModelMetadata(spec: ImageModelMetadata): Uint8Array {
  const { ModelMetadata, SubGraphMetadata, TensorMetadata, Content, ImageProperties, ProcessUnit, NormalizationOptions } = METADATA;
  const b = new Builder(512);

  const mean = float32Vector(b, spec.input.mean);
  const std = float32Vector(b, spec.input.std);
  b.startObject(2);
  b.addFieldOffset(NormalizationOptions.mean, mean, 0);
  b.addFieldOffset(NormalizationOptions.std, std, 0);
  const normalization = b.endObject();

  b.startObject(2);
  b.addFieldInt8(ProcessUnit.optionsType, METADATA.ProcessUnitOptions.NormalizationOptions, 0);
  b.addFieldOffset(ProcessUnit.options, normalization, 0);
  const processUnits = offsetVector(b, [b.endObject()]);

  b.startObject(1);
  b.addFieldInt8(ImageProperties.colorSpace, METADATA.ColorSpaceType.RGB, 0);
  const image = b.endObject();
  b.startObject(2);
  b.addFieldInt8(Content.contentPropertiesType, METADATA.ContentProperties.ImageProperties, 0);
  b.addFieldOffset(Content.contentProperties, image, 0);
  const content = b.endObject();

  const inputName = b.createString(spec.input.name);
  const inputDescription = b.createString(spec.input.description);
  b.startObject(5);
  b.addFieldOffset(TensorMetadata.name, inputName, 0);
  b.addFieldOffset(TensorMetadata.description, inputDescription, 0);
  b.addFieldOffset(TensorMetadata.content, content, 0);
  b.addFieldOffset(TensorMetadata.processUnits, processUnits, 0);
  const inputs = offsetVector(b, [b.endObject()]);

  b.startObject(3);
  b.addFieldOffset(SubGraphMetadata.inputTensorMetadata, inputs, 0);
  const subgraphs = offsetVector(b, [b.endObject()]);

  const strings = {
    name: b.createString(spec.name),
    description: b.createString(spec.description),
    version: b.createString(spec.version),
    author: b.createString(spec.author),
    license: b.createString(spec.license),
    minParserVersion: b.createString(MIN_PARSER_VERSION),
  };
  b.startObject(8);
  b.addFieldOffset(ModelMetadata.name, strings.name, 0);
  b.addFieldOffset(ModelMetadata.description, strings.description, 0);
  b.addFieldOffset(ModelMetadata.version, strings.version, 0);
  b.addFieldOffset(ModelMetadata.subgraphMetadata, subgraphs, 0);
  b.addFieldOffset(ModelMetadata.author, strings.author, 0);
  b.addFieldOffset(ModelMetadata.license, strings.license, 0);
  b.addFieldOffset(ModelMetadata.minParserVersion, strings.minParserVersion, 0);
  b.finish(b.endObject(), METADATA_IDENTIFIER);
  return b.asUint8Array();
}
