namespace CelebGen.AvatarTrainer.Training;

/// <summary>
/// Stable Diffusion's training schedule ("scaled_linear": betas from 0.00085 to 0.012 over 1000 steps,
/// linear in sqrt), so diffusers' DDIM/Euler configs for SD describe this model exactly.
/// </summary>
internal static class NoiseSchedule
{
    public const int Steps = 1000;
    public const double BetaStart = 0.00085, BetaEnd = 0.012;

    public static readonly double[] AlphasCumprod = Build();

    private static double[] Build()
    {
        var ac = new double[Steps];
        double prod = 1, a = Math.Sqrt(BetaStart), b = Math.Sqrt(BetaEnd);
        for (int i = 0; i < Steps; i++)
        {
            double s = a + (b - a) * i / (Steps - 1);
            prod *= 1 - s * s;
            ac[i] = prod;
        }
        return ac;
    }
}
