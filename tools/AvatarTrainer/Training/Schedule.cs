namespace CelebGen.AvatarTrainer.Training;

internal static class Schedule
{
    /// <summary>Short linear warm-up, then cosine decay to 5% of the peak rate.</summary>
    public static double Cosine(double peak, int step, int steps)
    {
        int warm = Math.Max(1, steps / 50);
        if (step < warm) return peak * step / warm;
        double t = (double)(step - warm) / Math.Max(1, steps - warm);
        return peak * (0.05 + 0.95 * 0.5 * (1 + Math.Cos(Math.PI * t)));
    }
}
