using CelebGen.Domain.Diffusion.Execution;

namespace CelebGen.Domain.Diffusion.Models;

/// <summary>The input/output names each component must have (diffusers' ONNX export names) and how they must agree.</summary>
internal static class ModelContract
{
    public static void Check(LoadedModel m)
    {
        Require(m.TextEncoder, inputs: ["input_ids"], outputs: ["last_hidden_state"]);
        Require(m.Unet, inputs: ["sample", "timestep", "encoder_hidden_states"], outputs: ["out_sample"]);
        Require(m.VaeDecoder, inputs: ["latent_sample"], outputs: ["sample"]);
        if (m.VaeEncoder is { } encoder)
        {
            Require(encoder, inputs: ["sample"], outputs: []);
            if (!encoder.OutputNames.Contains("latent_sample") && !encoder.OutputNames.Contains("latent_parameters"))
                throw new ModelFolderException(encoder.File, "has neither a 'latent_sample' nor a 'latent_parameters' output.");
        }
        if (m.SafetyChecker is { } checker)
            Require(checker, inputs: ["clip_input", "images"], outputs: ["out_images", "has_nsfw_concepts"]);

        var timestepRank = m.Unet.InputDims("timestep").Length;
        if (timestepRank > 1)
            throw new ModelFolderException(m.Unet.File, $"input 'timestep' has rank {timestepRank}; expected a scalar or [batch].");
        var sampleDims = m.Unet.InputDims("sample");
        if (sampleDims.Length != 4 || (sampleDims[1] > 0 && sampleDims[1] != 4))
            throw new ModelFolderException(m.Unet.File, $"input 'sample' is [{string.Join(",", sampleDims)}]; expected [batch, 4, height/8, width/8].");
    }

    /// <summary>The text hidden size (768 for SD 1.5, 1024 for SD 2.x/Turbo), which both models must agree on.</summary>
    public static int HiddenSize(LoadedModel m)
    {
        int text = OutputDim(m.TextEncoder, "last_hidden_state", 2);
        var unetDims = m.Unet.InputDims("encoder_hidden_states");
        int unet = unetDims.Length == 3 ? unetDims[2] : -1;
        if (text > 0 && unet > 0 && text != unet)
            throw new ModelFolderException(m.Unet.File,
                $"encoder_hidden_states has hidden size {unet} but text_encoder/model.onnx produces {text}; the components come from different models.");
        return text > 0 ? text : unet;
    }

    private static int OutputDim(OnnxModel model, string output, int axis)
    {
        var dims = model.Session.OutputMetadata[output].Dimensions;
        return dims.Length > axis ? dims[axis] : -1;
    }

    private static void Require(OnnxModel model, string[] inputs, string[] outputs)
    {
        foreach (var input in inputs)
            if (!model.HasInput(input))
                throw new ModelFolderException(model.File,
                    $"has no input '{input}' (it has {string.Join(", ", model.Session.InputMetadata.Keys)}); export it with diffusers/Optimum names.");
        foreach (var output in outputs)
            if (!model.OutputNames.Contains(output))
                throw new ModelFolderException(model.File,
                    $"has no output '{output}' (it has {string.Join(", ", model.OutputNames)}); export it with diffusers/Optimum names.");
    }
}
