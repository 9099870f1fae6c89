namespace CelebGen.AvatarData;

/// <summary>
/// Writes the plain-English caption of a spec. Only lower-case words and spaces, so that every word is one
/// token of the demo model's vocabulary. Training drops some phrases at random so that the model also
/// follows short prompts that name only a few attributes; the expression too ("a cartoon avatar of a person
/// with ..." is how most prompts start). What the person wears (glasses, hat) is never dropped: every face
/// has a shape and a skin tone whether or not the prompt says so, but a hat the prompt does not name should
/// not be there, and one drawn over the hair hides the hair colour the prompt asked for.
/// </summary>
public static class AvatarCaption
{
    /// <summary>The full caption, naming every attribute.</summary>
    public static string Describe(AvatarSpec s) => Describe(s, null);

    /// <summary>A caption that keeps each optional phrase with a probability (hair and background most often).</summary>
    /// <param name="detail">scales the keep probability of the phrases other than hair and background (1 = default).</param>
    public static string DescribeSome(AvatarSpec s, Random rng, double detail = 1.0) => Describe(s, rng, detail);

    private static string Describe(AvatarSpec s, Random? rng, double detail = 1.0)
    {
        bool Keep(double p) => rng is null || rng.NextDouble() < (p < 0.9 ? p * detail : p);
        var with = new List<string>();
        if (Keep(0.5)) with.Add($"{A(Word(s.Face))} face");
        if (Keep(0.6)) with.Add($"{Word(s.Skin)} skin");
        if (Keep(0.9)) with.Add($"{Word(s.HairStyle)} {Palette.Word(s.HairColour)} hair");
        if (Keep(0.5)) with.Add($"{Word(s.Eyes)} eyes");
        var wearing = new List<string>();
        if (s.Glasses != Glasses.None) wearing.Add(GlassesPhrase(s.Glasses));
        if (s.Hat != Hat.None) wearing.Add($"{A(Palette.Word(s.HatColour))} {Word(s.Hat)}");
        if (Keep(0.6)) wearing.Add($"{A(Palette.Word(s.Shirt))} shirt");

        var text = Keep(0.7) ? $"a cartoon avatar of a {ExpressionWord(s.Expression)} person" : "a cartoon avatar of a person";
        if (with.Count > 0) text += " with " + string.Join(" and ", with);
        if (wearing.Count > 0) text += " wearing " + string.Join(" and ", wearing);
        if (Keep(0.9)) text += $" on {A(Palette.Word(s.Background))}{(s.GradientBackground ? " gradient" : "")} background";
        return text;
    }

    /// <summary>The word with its indefinite article: "an orange", "a blue".</summary>
    public static string A(string word) => ("aeiou".Contains(word[0]) ? "an " : "a ") + word;

    private static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string GlassesPhrase(Glasses g) => g switch
    {
        Glasses.Round => "round glasses",
        Glasses.Square => "square glasses",
        Glasses.Sunglasses => "sunglasses",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    private static string ExpressionWord(Expression e) => e switch
    {
        Expression.Smiling => "smiling",
        Expression.Serious => "serious",
        Expression.Surprised => "surprised",
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    /// <summary>Every word any caption can contain: the demo model's vocabulary.</summary>
    public static IReadOnlyList<string> Vocabulary { get; } = BuildVocabulary();

    private static string[] BuildVocabulary()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal)
        {
            "a", "an", "cartoon", "avatar", "of", "person", "with", "and", "face", "skin", "hair", "eyes", "wearing",
            "glasses", "sunglasses", "shirt", "on", "background", "gradient",
        };
        foreach (var n in Enum.GetValues<NamedColour>()) words.Add(Palette.Word(n));
        foreach (var w in Enum.GetNames<FaceShape>().Concat(Enum.GetNames<SkinTone>()).Concat(Enum.GetNames<HairStyle>())
                     .Concat(Enum.GetNames<EyeColour>()).Concat(Enum.GetNames<Hat>()))
            words.Add(w.ToLowerInvariant());
        words.UnionWith(["smiling", "serious", "surprised"]);
        words.Remove("none");
        return [.. words];
    }
}
