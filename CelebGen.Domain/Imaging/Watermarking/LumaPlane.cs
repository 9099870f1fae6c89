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
        using var rgba = Rgba.Flatten(bitmap);
        var bytes = rgba.GetPixelSpan();
        var pixels = new float[rgba.Width * rgba.Height];
        for (int i = 0, p = 0; i < pixels.Length; i++, p += 4)
            pixels[i] = 0.299f * bytes[p] + 0.587f * bytes[p + 1] + 0.114f * bytes[p + 2];
        return new LumaPlane(rgba.Width, rgba.Height, pixels);
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
