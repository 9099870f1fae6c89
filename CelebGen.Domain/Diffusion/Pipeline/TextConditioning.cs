using CelebGen.Domain.Diffusion.Execution;
using CelebGen.Domain.Diffusion.Models;
using CelebGen.Domain.Diffusion.Tokenization;

namespace CelebGen.Domain.Diffusion.Pipeline;

/// <summary>Prompt embeddings [77, hidden] from the text encoder, one prompt per run (fixed-batch exports work too).</summary>
internal static class TextConditioning
{
    public static (float[] Embedding, TokenizedPrompt Tokens) Encode(LoadedModel model, string text, RunClock clock, CancellationToken ct)
    {
        var tokens = model.Tokenizer.Encode(text);
        var encoder = model.TextEncoder;
        var embedding = encoder.Run(
            [("input_ids", TensorIo.FromIds(tokens.Ids, [1, ClipTokenizer.MaxLength], encoder.InputType("input_ids")))],
            ["last_hidden_state"],
            outputs => TensorIo.ToFloats(outputs[0]),
            ref clock.TextEncoder, ct);
        return (embedding, tokens);
    }
}
