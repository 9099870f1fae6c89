using SkiaSharp;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>A single-channel float image (row-major), used for luminance work.</summary>
internal sealed class LumaPlane(int width, int height, float[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public float[] Pixels { get; } = pixels;

    public float this[int x, int y] => Pixels[y * Width + x];

    /// <summary>BT.601 luma of a bitmap (flattened over white first if it has transparency).</summary>
    public static LumaPlane FromBitmap(SKBitmap bitmap)
    {
        if (Opaque8888(bitmap) is { } red) return Read(bitmap, red);
        using var rgba = Rgba.Flatten(bitmap);
        return Read(rgba, 0);
    }

    /// <summary>
    /// Decoded JPEGs and our own output are opaque 8-bit RGBA or BGRA: their luma can be read in place instead
    /// of through a flattened copy (which costs more than the rest of a decode). Returns the red byte's index.
    /// </summary>
    private static int? Opaque8888(SKBitmap bitmap)
    {
        int? red = bitmap.ColorType switch { SKColorType.Rgba8888 => 0, SKColorType.Bgra8888 => 2, _ => null };
        if (red is null || bitmap.AlphaType == SKAlphaType.Opaque) return red;
        var bytes = bitmap.GetPixelSpan();
        for (int p = 3; p < bytes.Length; p += 4) if (bytes[p] != 255) return null;
        return red;
    }

    private static LumaPlane Read(SKBitmap bitmap, int red)
    {
        int blue = 2 - red;
        var bytes = bitmap.GetPixelSpan();
        int width = bitmap.Width, height = bitmap.Height, stride = bitmap.RowBytes;
        var pixels = new float[width * height];
        for (int y = 0, i = 0; y < height; y++)
            for (int x = 0, p = y * stride; x < width; x++, i++, p += 4)
                pixels[i] = 0.299f * bytes[p + red] + 0.587f * bytes[p + 1] + 0.114f * bytes[p + blue];
        return new LumaPlane(width, height, pixels);
    }

    /// <summary>
    /// Returns an opaque copy of the bitmap with the delta added to every channel: adding the same amount to
    /// R, G and B changes luma by exactly that amount and leaves the chroma alone.
    /// </summary>
    public static SKBitmap AddToBitmap(SKBitmap bitmap, LumaPlane delta)
    {
        if (delta.Width != bitmap.Width || delta.Height != bitmap.Height)
            throw new ArgumentException("The delta plane must match the bitmap size.", nameof(delta));
        var result = Rgba.Flatten(bitmap);
        var bytes = result.GetPixelSpan();
        var d = delta.Pixels;
        for (int i = 0, p = 0; i < d.Length; i++, p += 4) AddLuma(bytes.Slice(p, 3), d[i]);
        return result;
    }

    private static readonly float[] LumaWeights = [0.299f, 0.587f, 0.114f];

    /// <summary>
    /// Adds <paramref name="amount"/> of luma to one pixel. Saturated colours (a channel at 0 or 255) would
    /// clip and lose part of the change, so what one channel cannot take is handed to the others.
    /// </summary>
    private static void AddLuma(Span<byte> rgb, float amount)
    {
        Span<float> value = [rgb[0], rgb[1], rgb[2]];
        float remaining = amount;
        for (int pass = 0; pass < 3 && MathF.Abs(remaining) > 0.05f; pass++)
        {
            float free = 0;
            for (int c = 0; c < 3; c++)
                if (remaining > 0 ? value[c] < 255 : value[c] > 0) free += LumaWeights[c];
            if (free <= 0) break;
            float step = remaining / free, applied = 0;
            for (int c = 0; c < 3; c++)
            {
                if (remaining > 0 ? value[c] >= 255 : value[c] <= 0) continue;
                float next = Math.Clamp(value[c] + step, 0, 255);
                applied += (next - value[c]) * LumaWeights[c];
                value[c] = next;
            }
            remaining -= applied;
        }
        for (int c = 0; c < 3; c++) rgb[c] = (byte)Math.Clamp((int)MathF.Round(value[c]), 0, 255);
    }
}
