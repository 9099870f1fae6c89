using CelebGen.Onnx;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CelebGen.Tests.Onnx;

public class OnnxModelWriterTests
{
    [Fact]
    public void A_written_model_runs_in_onnx_runtime_with_its_declared_names_and_shapes()
    {
        var g = new OnnxGraph("affine");
        g.Input("x", OnnxDataType.Float, "batch", 3);
        var scaled = g.Op("Mul", "x", g.Weight([1f, 2f, 3f], [3]));
        var shifted = g.Op("Add", scaled, g.Constant(OnnxTensor.Float("bias", [10f], 1)));
        g.Output(shifted, "y", OnnxDataType.Float, "batch", 3);

        using var session = new InferenceSession(OnnxModelWriter.ToBytes(g));
        using var input = OrtValue.CreateTensorValueFromMemory(new float[] { 1, 1, 1, 2, 2, 2 }, new long[] { 2, 3 });
        using var outputs = session.Run(new RunOptions(), ["x"], [input], ["y"]);

        Assert.Equal(new float[] { 11, 12, 13, 12, 14, 16 }, outputs[0].GetTensorDataAsSpan<float>().ToArray());
        Assert.Equal(TensorElementType.Float, session.InputMetadata["x"].ElementDataType);
        Assert.Equal(new[] { -1, 3 }, session.InputMetadata["x"].Dimensions);
        Assert.Equal("batch", session.InputMetadata["x"].SymbolicDimensions[0]);
    }

    [Fact]
    public void Fp16_weights_and_external_data_load_from_disk()
    {
        var dir = Directory.CreateTempSubdirectory("onnx-writer-").FullName;
        var g = new OnnxGraph("half");
        g.Input("x", OnnxDataType.Float16, 4);
        g.Output(g.Op("Mul", "x", g.Weight([0.5f, 1f, 2f, 4f], [4], OnnxDataType.Float16)), "y", OnnxDataType.Float16, 4);
        var path = Path.Combine(dir, "model.onnx");
        OnnxModelWriter.Save(g, path, externalDataThreshold: 1);

        Assert.True(File.Exists(path + ".data"));
        using var session = new InferenceSession(path);
        using var input = OrtValue.CreateTensorValueFromMemory(new[] { (Float16)2f, (Float16)2f, (Float16)2f, (Float16)2f }, new long[] { 4 });
        using var outputs = session.Run(new RunOptions(), ["x"], [input], ["y"]);

        Assert.Equal(new float[] { 1, 2, 4, 8 }, outputs[0].GetTensorDataAsSpan<Float16>().ToArray().Select(h => (float)h));
    }
}
