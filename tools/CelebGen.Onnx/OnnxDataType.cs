namespace CelebGen.Onnx;

/// <summary>ONNX tensor element types (values of <c>TensorProto.DataType</c> in onnx.proto).</summary>
public enum OnnxDataType
{
    Float = 1,
    UInt8 = 2,
    Int8 = 3,
    Int32 = 6,
    Int64 = 7,
    Bool = 9,
    Float16 = 10,
    Double = 11,
}
