using CelebGen.AvatarData;
using SkiaSharp;

namespace CelebGen.Tests.DemoModel;

public class AvatarGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_avatar_pixel_for_pixel()
    {
        var a = AvatarSampler.FromSeed(42);
        var b = AvatarSampler.FromSeed(42);
        Assert.Equal(a, b);
        using var imgA = AvatarRenderer.Render(a, 64);
        using var imgB = AvatarRenderer.Render(b, 64);
        Assert.Equal(imgA.Bytes, imgB.Bytes);
    }

    [Fact]
    public void Different_seeds_give_different_avatars()
    {
        using var imgA = AvatarRenderer.Render(AvatarSampler.FromSeed(1), 64);
        using var imgB = AvatarRenderer.Render(AvatarSampler.FromSeed(2), 64);
        Assert.NotEqual(imgA.Bytes, imgB.Bytes);
    }

    [Fact]
    public void Twenty_thousand_seeds_give_more_than_ten_thousand_distinct_avatars()
    {
        var distinct = Enumerable.Range(0, 20_000).Select(AvatarSampler.FromSeed).ToHashSet();
        Assert.True(distinct.Count > 10_000, $"only {distinct.Count} distinct specs");
        Assert.True(AvatarSampler.CombinationCount > 10_000);
    }

    [Fact]
    public void Every_attribute_value_turns_up_across_seeds()
    {
        var specs = Enumerable.Range(0, 2_000).Select(AvatarSampler.FromSeed).ToList();
        Assert.Equal(Palette.HairColours.Length, specs.Select(s => s.HairColour).Distinct().Count());
        Assert.Equal(Palette.BackgroundColours.Length, specs.Select(s => s.Background).Distinct().Count());
        Assert.Equal(Enum.GetValues<Glasses>().Length, specs.Select(s => s.Glasses).Distinct().Count());
        Assert.Equal(Enum.GetValues<Hat>().Length, specs.Select(s => s.Hat).Distinct().Count());
        Assert.Equal(Enum.GetValues<HairStyle>().Length, specs.Select(s => s.HairStyle).Distinct().Count());
    }

    [Fact]
    public void The_full_caption_names_the_attributes_the_avatar_was_drawn_with()
    {
        var spec = new AvatarSpec(FaceShape.Oval, SkinTone.Tan, HairStyle.Short, NamedColour.Red, EyeColour.Green,
            Glasses.Round, Hat.Beanie, NamedColour.Yellow, Expression.Smiling, NamedColour.Orange, NamedColour.Blue, GradientBackground: true);
        Assert.Equal(
            "a cartoon avatar of a smiling person with an oval face and tan skin and short red hair and green eyes " +
            "wearing round glasses and a yellow beanie and an orange shirt on a blue gradient background",
            AvatarCaption.Describe(spec));
    }

    [Fact]
    public void Shortened_captions_only_use_words_of_the_vocabulary_and_never_name_a_wrong_colour()
    {
        var rng = new Random(7);
        var vocabulary = AvatarCaption.Vocabulary.ToHashSet();
        for (int seed = 0; seed < 500; seed++)
        {
            var spec = AvatarSampler.FromSeed(seed);
            var caption = AvatarCaption.DescribeSome(spec, rng);
            Assert.All(caption.Split(' '), w => Assert.Contains(w, vocabulary));
            Assert.StartsWith("a cartoon avatar of a", caption);
            if (caption.Contains(" hair")) Assert.Contains($"{Palette.Word(spec.HairColour)} hair", caption);
            if (caption.Contains(" background")) Assert.Contains($"a{(spec.Background is NamedColour.Orange ? "n" : "")} {Palette.Word(spec.Background)}", caption);
        }
    }

    [Fact]
    public void Shortened_captions_always_name_what_the_person_wears_so_an_unnamed_hat_means_no_hat()
    {
        var rng = new Random(11);
        for (int seed = 0; seed < 500; seed++)
        {
            var spec = AvatarSampler.FromSeed(seed);
            var caption = AvatarCaption.DescribeSome(spec, rng, detail: 0.2);
            Assert.Equal(spec.Hat != Hat.None, caption.Contains(" cap") || caption.Contains(" beanie"));
            Assert.Equal(spec.Glasses != Glasses.None, caption.Contains("glasses"));
            if (spec.Hat != Hat.None) Assert.Contains($"{Palette.Word(spec.HatColour)} {spec.Hat.ToString().ToLowerInvariant()}", caption);
        }
    }

    [Fact]
    public void Short_captions_often_leave_the_expression_out_like_most_prompts()
    {
        var rng = new Random(5);
        var captions = Enumerable.Range(0, 400).Select(s => AvatarCaption.DescribeSome(AvatarSampler.FromSeed(s), rng, detail: 0.2)).ToList();
        int plain = captions.Count(c => c.StartsWith("a cartoon avatar of a person"));
        Assert.InRange(plain, 300, 380); // expression kept with probability 0.7 × 0.2
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(29)]
    public void The_background_and_hair_regions_show_the_named_colours(int seed)
    {
        var spec = AvatarSampler.FromSeed(seed) with { GradientBackground = false, Hat = Hat.None };
        using var image = AvatarRenderer.Render(spec, 128);
        var regions = AvatarRenderer.Regions(spec, 128);

        var background = regions.Interior(AvatarPart.Background).ToList();
        var hair = regions.Interior(AvatarPart.Hair).ToList();
        Assert.True(background.Count > 128 * 128 / 4, "background should cover a good part of the image");
        Assert.True(hair.Count > 200, "hair should cover a visible area");
        Assert.All(background, p => Assert.Equal(Palette.Rgb(spec.Background), Opaque(image.GetPixel(p.X, p.Y))));
        Assert.All(hair, p => Assert.Equal(Palette.Rgb(spec.HairColour), Opaque(image.GetPixel(p.X, p.Y))));
    }

    [Fact]
    public void The_nearest_palette_colour_of_each_named_colour_is_itself()
    {
        foreach (var c in Palette.HairColours) Assert.Equal(c, Palette.Nearest(Palette.Rgb(c), Palette.HairColours));
        foreach (var c in Palette.BackgroundColours) Assert.Equal(c, Palette.Nearest(Palette.Rgb(c), Palette.BackgroundColours));
    }

    private static SKColor Opaque(SKColor c) => c.WithAlpha(255);
}
