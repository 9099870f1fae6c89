using CelebGen.Domain.Diffusion;
using CelebGen.Onnx;
using CelebGen.Tests.Diffusion.TinyModels;

namespace CelebGen.Tests.Diffusion.Models;

public class ModelFolderTests
{
    private static async Task<ModelFolderException> LoadFails(Action<string> breakIt, TinyModelSpec? spec = null)
    {
        var folder = TinyModelFolder.Write(spec ?? new TinyModelSpec());
        breakIt(folder);
        using var engine = TinyEngine.Create(folder);
        return await Assert.ThrowsAsync<ModelFolderException>(() => engine.LoadAsync());
    }

    [Fact]
    public async Task A_missing_unet_is_named_in_the_error()
    {
        var error = await LoadFails(f => File.Delete(Path.Combine(f, "unet", "model.onnx")));

        Assert.EndsWith(Path.Combine("unet", "model.onnx"), error.File);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public async Task A_scheduler_config_that_is_not_json_is_named_in_the_error()
    {
        var error = await LoadFails(f => File.WriteAllText(Path.Combine(f, "scheduler", "scheduler_config.json"), "{ not json"));

        Assert.EndsWith("scheduler_config.json", error.File);
        Assert.Contains("not valid JSON", error.Problem);
    }

    [Fact]
    public async Task A_missing_merges_file_is_named_in_the_error()
    {
        var error = await LoadFails(f => File.Delete(Path.Combine(f, "tokenizer", "merges.txt")));

        Assert.EndsWith("merges.txt", error.File);
    }

    [Fact]
    public async Task A_corrupt_onnx_file_is_named_in_the_error()
    {
        var error = await LoadFails(f => File.WriteAllBytes(Path.Combine(f, "vae_decoder", "model.onnx"), [1, 2, 3, 4, 5]));

        Assert.EndsWith(Path.Combine("vae_decoder", "model.onnx"), error.File);
        Assert.Contains("cannot load", error.Problem);
    }

    [Fact]
    public async Task A_text_encoder_from_another_model_size_is_reported_against_the_unet()
    {
        var error = await LoadFails(f => OnnxModelWriter.Save(TinyModelFolder.TextEncoder(1024), Path.Combine(f, "text_encoder", "model.onnx")));

        Assert.EndsWith(Path.Combine("unet", "model.onnx"), error.File);
        Assert.Contains("hidden size 32", error.Problem);
        Assert.Contains("1024", error.Problem);
    }

    [Fact]
    public async Task A_unet_exported_with_other_input_names_lists_what_it_has()
    {
        var error = await LoadFails(f =>
        {
            var g = new OnnxGraph("unet");
            g.Input("x", OnnxDataType.Float, 1, 4, 8, 8);
            g.Output("x", "out_sample", OnnxDataType.Float, 1, 4, 8, 8);
            OnnxModelWriter.Save(g, Path.Combine(f, "unet", "model.onnx"));
        });

        Assert.Contains("no input 'sample'", error.Problem);
        Assert.Contains("it has x", error.Problem);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_says_which_setting_to_check()
    {
        using var engine = TinyEngine.Create("/nonexistent/celebgen-model");

        var error = await Assert.ThrowsAsync<ModelFolderException>(() => engine.LoadAsync());

        Assert.Contains("Diffusion:Models:<name>:Path", error.Message);
    }

    [Fact]
    public async Task A_fixed_folder_loads_after_a_failed_attempt_without_a_restart()
    {
        var folder = TinyModelFolder.Write(new TinyModelSpec());
        var unet = Path.Combine(folder, "unet", "model.onnx");
        File.Move(unet, unet + ".away");
        using var engine = TinyEngine.Create(folder);
        await Assert.ThrowsAsync<ModelFolderException>(() => engine.LoadAsync());

        File.Move(unet + ".away", unet);
        await engine.LoadAsync();
    }
}
