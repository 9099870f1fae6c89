namespace CelebGen.Tests.Diffusion.TinyModels;

/// <summary>
/// The tiny models' weights and the same functions in C#, so tests can compute what a correct pipeline
/// must produce. UNet: ε = A·sample + B·(mean(encoder_hidden_states) − Center) + C·timestep, per batch row.
/// </summary>
public static class TinyMath
{
    public const float A = 0.3f, B = 0.8f, C = 0.0004f, Gain = 100f, Center = -3.5f;

    /// <summary>Text encoder: h[s, k] = Gain · sin(ids[s] · 0.01 · W[k]) + P[s, k] (sin so that every token id moves the mean).</summary>
    public static float W(int k, int hidden) => 1f + k / (float)hidden;
    public static float P(int s, int k) => 0.01f * (s % 7 - k % 5);

    /// <summary>VAE decoder: pixel[c] = tanh(Σ D[c, k] · latent[k] + Db[c]), nearest ×8 upsampling.</summary>
    public static readonly float[,] D = { { 0.05f, 0.02f, -0.03f, 0.01f }, { -0.02f, 0.04f, 0.02f, -0.01f }, { 0.01f, -0.03f, 0.05f, 0.02f } };
    public static readonly float[] Db = [0.1f, -0.05f, 0.02f];

    /// <summary>VAE encoder: 8×8 average pool then mean[k] = Σ E[k, c] · pooled[c] (+ logvar rows in latent_parameters).</summary>
    public static readonly float[,] E = { { 0.5f, 0.1f, -0.2f }, { -0.3f, 0.4f, 0.1f }, { 0.2f, -0.1f, 0.6f }, { 0.1f, 0.3f, -0.4f } };

    public static float ContextMean(int[] ids, int hidden)
    {
        double sum = 0;
        for (int s = 0; s < 77; s++)
            for (int k = 0; k < hidden; k++)
                sum += Gain * MathF.Sin((float)ids[s] * 0.01f * W(k, hidden)) + P(s, k);
        return (float)(sum / (77 * hidden));
    }

    public static float[] Unet(ReadOnlySpan<float> sample, float context, float timestep)
    {
        var result = new float[sample.Length];
        for (int i = 0; i < sample.Length; i++) result[i] = A * sample[i] + B * (context - Center) + C * timestep;
        return result;
    }

    /// <summary>Decoded RGBA for latents already divided by the VAE scaling factor.</summary>
    public static byte[] Decode(ReadOnlySpan<float> latents, int width, int height)
    {
        int lw = width / 8, lh = height / 8, plane = lw * lh;
        var rgba = new byte[width * height * 4];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                int l = (y / 8) * lw + x / 8, p = (y * width + x) * 4;
                for (int c = 0; c < 3; c++)
                {
                    float v = Db[c];
                    for (int k = 0; k < 4; k++) v += D[c, k] * latents[k * plane + l];
                    rgba[p + c] = (byte)Math.Round(Math.Clamp(MathF.Tanh(v) / 2f + 0.5f, 0f, 1f) * 255f, MidpointRounding.ToEven);
                }
                rgba[p + 3] = 255;
            }
        return rgba;
    }

    /// <summary>The latent mean of an RGBA picture already at the output size.</summary>
    public static float[] EncodeMean(byte[] rgba, int width, int height)
    {
        int lw = width / 8, lh = height / 8, plane = lw * lh;
        var latents = new float[4 * plane];
        for (int ly = 0; ly < lh; ly++)
            for (int lx = 0; lx < lw; lx++)
            {
                var pooled = new float[3];
                for (int y = 0; y < 8; y++)
                    for (int x = 0; x < 8; x++)
                        for (int c = 0; c < 3; c++)
                            pooled[c] += rgba[((ly * 8 + y) * width + lx * 8 + x) * 4 + c] / 127.5f - 1f;
                for (int k = 0; k < 4; k++)
                    for (int c = 0; c < 3; c++)
                        latents[k * plane + ly * lw + lx] += E[k, c] * pooled[c] / 64f;
            }
        return latents;
    }
}
