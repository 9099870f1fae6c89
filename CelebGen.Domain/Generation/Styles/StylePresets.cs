namespace CelebGen.Domain.Generation.Styles;

/// <summary>The styles offered on the generate page. Free prompt mode uses none of them.</summary>
public static class StylePresets
{
    private const string CommonNegative = "blurry, lowres, deformed, disfigured, extra limbs, bad anatomy, watermark, text";

    public static readonly IReadOnlyList<StylePreset> All =
    [
        new("studio-headshot", "Studio headshot", "professional studio headshot of {subject}, soft key light, neutral grey backdrop, 85mm, sharp focus", CommonNegative + ", harsh shadows"),
        new("cinematic", "Cinematic", "cinematic film still of {subject}, dramatic lighting, shallow depth of field, anamorphic, color graded", CommonNegative + ", flat lighting"),
        new("watercolor", "Watercolor", "watercolor painting of {subject}, loose brush strokes, soft washes, paper texture", CommonNegative + ", photo, 3d render"),
        new("anime", "Anime", "anime illustration of {subject}, clean line art, cel shading, vibrant colors", CommonNegative + ", photo, realistic"),
        new("oil-painting", "Oil painting", "classical oil painting portrait of {subject}, rich impasto, warm palette, museum quality", CommonNegative + ", photo, cartoon"),
        new("cyberpunk", "Cyberpunk", "cyberpunk portrait of {subject}, neon lights, rainy city at night, reflective surfaces", CommonNegative + ", daylight"),
        new("fantasy", "Fantasy", "epic fantasy portrait of {subject}, ornate armor, magical glow, detailed background", CommonNegative + ", modern clothing"),
        new("astronaut", "Astronaut", "portrait of {subject} as an astronaut in a white space suit, helmet visor reflecting earth, stars", CommonNegative + ", underwater"),
        new("cartoon-avatar", "Cartoon avatar", "a cartoon avatar of {subject}", CommonNegative),
    ];

    public static StylePreset? Find(string? id) => All.FirstOrDefault(s => s.Id == id);
}
