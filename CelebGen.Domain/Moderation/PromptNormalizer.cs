using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CelebGen.Domain.Moderation;

/// <summary>
/// Reduces text to lower-case letters and digits separated by single spaces: accents removed (NFKD),
/// zero-width and other format characters dropped, letters spelled out with dots or dashes joined,
/// punctuation and runs of spaces collapsed. Matching
/// on " term " in the padded result then matches whole words whatever the spelling tricks.
/// </summary>
public static partial class PromptNormalizer
{
    public static string Normalize(string text)
    {
        var decomposed = SpelledOut().Replace(text.Normalize(NormalizationForm.FormKD), "");
        var builder = new StringBuilder(decomposed.Length + 2).Append(' ');
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }
        return builder.ToString();
    }

    /// <summary>A separator between single letters ("n.u.d.e", "n-u-d-e"), removed so the letters read as one word.</summary>
    [GeneratedRegex(@"(?<=\b\p{L})[.\-_*](?=\p{L}\b)")]
    private static partial Regex SpelledOut();

    /// <summary>True when <paramref name="term"/> occurs in <paramref name="text"/> as whole words, both normalised.</summary>
    public static bool ContainsTerm(string normalizedText, string term)
    {
        var normalizedTerm = Normalize(term);
        return normalizedTerm.Trim().Length > 0 && normalizedText.Contains(normalizedTerm, StringComparison.Ordinal);
    }
}
