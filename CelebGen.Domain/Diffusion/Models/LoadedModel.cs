using CelebGen.Domain.Diffusion.Execution;
using CelebGen.Domain.Diffusion.Scheduling;
using CelebGen.Domain.Diffusion.Tokenization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CelebGen.Domain.Diffusion.Models;

/// <summary>
/// A model folder with its sessions open: created once per configured model and kept for the life of the
/// process. Session.Run is thread-safe, so requests share it.
/// </summary>
public sealed class LoadedModel : IDisposable
{
    private readonly List<OnnxModel> _opened = [];

    private LoadedModel(string name, DiffusionModelOptions options, ModelFolder folder)
    {
        (Name, Options, Folder) = (name, options, folder);
        Schedule = new NoiseSchedule(folder.Scheduler);
    }

    public string Name { get; }
    public DiffusionModelOptions Options { get; }
    public ModelFolder Folder { get; }
    public NoiseSchedule Schedule { get; }
    public ClipTokenizer Tokenizer { get; private set; } = null!;
    public OnnxModel TextEncoder { get; private set; } = null!;
    public OnnxModel Unet { get; private set; } = null!;
    public OnnxModel VaeDecoder { get; private set; } = null!;
    public OnnxModel? VaeEncoder { get; private set; }
    public OnnxModel? SafetyChecker { get; private set; }
    public int HiddenSize { get; private set; }
    public string Provider { get; private set; } = "cpu";

    /// <summary>Reads and checks the folder, opens every session and checks that they fit together.</summary>
    public static LoadedModel Load(string name, DiffusionModelOptions options, SessionFactory sessions)
    {
        var model = new LoadedModel(name, options, ModelFolder.Read(options.Path));
        try
        {
            model.Open(sessions);
            return model;
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    private void Open(SessionFactory sessions)
    {
        Provider = sessions.Provider;
        try { Tokenizer = ClipTokenizer.Load(Folder.TokenizerFolder); }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or ArgumentException)
        {
            throw new ModelFolderException(Folder.TokenizerFolder, $"the tokenizer files cannot be read ({e.Message}).", e);
        }
        TextEncoder = OpenOnnx(sessions, Folder.TextEncoder);
        Unet = OpenOnnx(sessions, Folder.Unet);
        VaeDecoder = OpenOnnx(sessions, Folder.VaeDecoder);
        VaeEncoder = Folder.VaeEncoder is { } encoder ? OpenOnnx(sessions, encoder) : null;
        SafetyChecker = Folder.SafetyChecker is { } checker ? OpenOnnx(sessions, checker) : null;
        ModelContract.Check(this);
        HiddenSize = ModelContract.HiddenSize(this);
    }

    private OnnxModel OpenOnnx(SessionFactory sessions, string file)
    {
        try
        {
            var model = new OnnxModel(sessions.Create(file), file);
            _opened.Add(model);
            return model;
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelFolderException(file, $"ONNX Runtime cannot load it ({e.Message}).", e);
        }
    }

    /// <summary>The element type of a named input, or null when the model lacks it.</summary>
    public static TensorElementType? TypeOf(OnnxModel model, string input) => model.HasInput(input) ? model.InputType(input) : null;

    public void Dispose()
    {
        foreach (var model in _opened) model.Dispose();
        _opened.Clear();
    }
}
