using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CelebGen.Domain.Diffusion.Execution;

/// <summary>Builds inputs in whatever element type a session declares and reads outputs back as float32.</summary>
internal static class TensorIo
{
    /// <summary>An OrtValue of <paramref name="type"/> holding <paramref name="data"/> (converted when not float32).</summary>
    public static OrtValue FromFloats(float[] data, long[] shape, TensorElementType type) => type switch
    {
        TensorElementType.Float => OrtValue.CreateTensorValueFromMemory(data, shape),
        TensorElementType.Float16 => OrtValue.CreateTensorValueFromMemory(data.Select(v => (Float16)v).ToArray(), shape),
        TensorElementType.Double => OrtValue.CreateTensorValueFromMemory(data.Select(v => (double)v).ToArray(), shape),
        _ => throw new NotSupportedException($"element type {type} is not supported for this input; export it as float32 or float16."),
    };

    /// <summary>Token ids as int32 or int64, as the text encoder declares.</summary>
    public static OrtValue FromIds(int[] ids, long[] shape, TensorElementType type) => type switch
    {
        TensorElementType.Int32 => OrtValue.CreateTensorValueFromMemory(ids, shape),
        TensorElementType.Int64 => OrtValue.CreateTensorValueFromMemory(ids.Select(i => (long)i).ToArray(), shape),
        _ => throw new NotSupportedException($"input_ids of type {type} is not supported; export it as int32 or int64."),
    };

    /// <summary>
    /// The UNet timestep: int64 (truncated toward zero, as numpy's astype in diffusers' ONNX pipelines),
    /// float32 or float16, shaped [batch] or rank 0 as the export declares.
    /// </summary>
    public static OrtValue Timestep(double t, int batch, TensorElementType type, bool scalar)
    {
        long[] shape = scalar ? [] : [batch];
        int count = scalar ? 1 : batch;
        return type switch
        {
            TensorElementType.Int64 => OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat((long)t, count).ToArray(), shape),
            TensorElementType.Int32 => OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat((int)t, count).ToArray(), shape),
            TensorElementType.Float => OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat((float)t, count).ToArray(), shape),
            TensorElementType.Float16 => OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat((Float16)(float)t, count).ToArray(), shape),
            _ => throw new NotSupportedException($"timestep of type {type} is not supported."),
        };
    }

    /// <summary>Copies a float32/float16 output into <paramref name="target"/> (allocated when null or too small).</summary>
    public static float[] ToFloats(OrtValue value, float[]? target = null)
    {
        var info = value.GetTensorTypeAndShape();
        var count = (int)info.ElementCount;
        if (target is null || target.Length != count) target = new float[count];
        switch (info.ElementDataType)
        {
            case TensorElementType.Float:
                value.GetTensorDataAsSpan<float>().CopyTo(target);
                break;
            case TensorElementType.Float16:
                var half = value.GetTensorDataAsSpan<Float16>();
                for (int i = 0; i < count; i++) target[i] = (float)half[i];
                break;
            default:
                throw new NotSupportedException($"output of type {info.ElementDataType} cannot be read as float.");
        }
        return target;
    }

    public static long[] Shape(OrtValue value) => value.GetTensorTypeAndShape().Shape;
}
