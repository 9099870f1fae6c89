namespace CelebGen.AvatarData;

/// <summary>Draws avatar specs from a seeded <see cref="Random"/>: the same seed always gives the same avatar.</summary>
public static class AvatarSampler
{
    /// <summary>Number of distinct specs the sampler can produce.</summary>
    public static long CombinationCount =>
        3L * 4 * 4 * Palette.HairColours.Length * 3 * 4 * (1 + 2 * Palette.HatColours.Length) * 3
        * Palette.ShirtColours.Length * Palette.BackgroundColours.Length * 2;

    public static AvatarSpec FromSeed(int seed) => Sample(new Random(Scramble(seed)));

    // Random(seed) with neighbouring seeds starts with correlated values; SplitMix64 decorrelates them.
    private static int Scramble(int seed)
    {
        ulong z = (ulong)seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    public static AvatarSpec Sample(Random rng)
    {
        T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];
        T PickEnum<T>() where T : struct, Enum => Pick(Enum.GetValues<T>());
        // Half the avatars go bare-headed and 40% without glasses, so hair and eyes are seen often enough.
        var hat = rng.NextDouble() < 0.5 ? Hat.None : Pick([Hat.Cap, Hat.Beanie]);
        var glasses = rng.NextDouble() < 0.4 ? Glasses.None : Pick([Glasses.Round, Glasses.Square, Glasses.Sunglasses]);
        return new AvatarSpec(
            Face: PickEnum<FaceShape>(),
            Skin: PickEnum<SkinTone>(),
            HairStyle: PickEnum<HairStyle>(),
            HairColour: Pick(Palette.HairColours),
            Eyes: PickEnum<EyeColour>(),
            Glasses: glasses,
            Hat: hat,
            HatColour: hat == Hat.None ? NamedColour.Red : Pick(Palette.HatColours),
            Expression: PickEnum<Expression>(),
            Shirt: Pick(Palette.ShirtColours),
            Background: Pick(Palette.BackgroundColours),
            GradientBackground: rng.Next(2) == 1);
    }
}
