/**
 * Field numbers and enum values of the two flatbuffer schemas a MediaPipe model uses, for the fields
 * this code reads or writes. A union takes two fields: its type, then its value.
 */

export const TFLITE_IDENTIFIER = 'TFL3';
export const METADATA_IDENTIFIER = 'M001';
/** Name of the `Model.metadata` entry whose buffer holds the ModelMetadata flatbuffer. */
export const METADATA_ENTRY_NAME = 'TFLITE_METADATA';

/**
 * tensorflow/lite/schema/schema.fbs
 * https://github.com/tensorflow/tensorflow/blob/master/tensorflow/lite/schema/schema.fbs
 */
export const TFLITE = {
  Model: { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, metadataBuffer: 5, metadata: 6, signatureDefs: 7 },
  SubGraph: { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 },
  Tensor: { shape: 0, type: 1, buffer: 2, name: 3 },
  Operator: { opcodeIndex: 0, inputs: 1, outputs: 2, builtinOptionsType: 3, builtinOptions: 4 },
  OperatorCode: { deprecatedBuiltinCode: 0, version: 2, builtinCode: 3 },
  /** `offset` and `size` place data outside the flatbuffer (models over 2 GB); a rewrite would break them. */
  Buffer: { data: 0, offset: 1, size: 2 },
  Metadata: { name: 0, buffer: 1 },
  GatherOptions: { axis: 0 },
  TensorType: { FLOAT32: 0, INT32: 2 },
  BuiltinOperator: { GATHER: 36 },
  BuiltinOptions: { GatherOptions: 23 },
} as const;

/**
 * tensorflow_lite_support/metadata/metadata_schema.fbs
 * https://github.com/tensorflow/tflite-support/blob/master/tensorflow_lite_support/metadata/metadata_schema.fbs
 */
export const METADATA = {
  ModelMetadata: { name: 0, description: 1, version: 2, subgraphMetadata: 3, author: 4, license: 5, minParserVersion: 7 },
  SubGraphMetadata: { name: 0, inputTensorMetadata: 2 },
  TensorMetadata: { name: 0, description: 1, content: 3, processUnits: 4 },
  Content: { contentPropertiesType: 0, contentProperties: 1 },
  ImageProperties: { colorSpace: 0 },
  ProcessUnit: { optionsType: 0, options: 1 },
  NormalizationOptions: { mean: 0, std: 1 },
  ContentProperties: { ImageProperties: 2 },
  ColorSpaceType: { RGB: 1 },
  ProcessUnitOptions: { NormalizationOptions: 1 },
} as const;
