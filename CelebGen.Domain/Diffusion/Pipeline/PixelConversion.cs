using SkiaSharp;

namespace CelebGen.Domain.Diffusion.Pipeline;

/// <summary>Moves pictures between RGBA bytes and the NCHW float tensors the VAE and safety checker use.</summary>
internal static class PixelConversion
{
    /// <summary>VAE output [1,3,H,W] in [-1, 1] → RGBA bytes, as diffusers: (x/2 + 0.5).clamp(0, 1) · 255, rounded.</summary>
    public static byte[] ToRgba(ReadOnlySpan<float> chw, int width, int height)
    {
        var rgba = new byte[width * height * 4];
        int plane = width * height;
        for (int p = 0; p < plane; p++)
        {
            for (int c = 0; c < 3; c++)
                rgba[p * 4 + c] = (byte)Math.Round(Math.Clamp(chw[c * plane + p] / 2f + 0.5f, 0f, 1f) * 255f, MidpointRounding.ToEven);
            rgba[p * 4 + 3] = 255;
        }
        return rgba;
    }

    /// <summary>RGBA picture → [1,3,H,W] in [-1, 1] at the target size (high-quality resize when sizes differ).</summary>
    public static float[] ToVaeInput(DiffusionImageInput image, int width, int height)
    {
        var rgba = Resize(image, width, height);
        var chw = new float[3 * width * height];
        int plane = width * height;
        for (int p = 0; p < plane; p++)
            for (int c = 0; c < 3; c++)
                chw[c * plane + p] = rgba[p * 4 + c] / 127.5f - 1f;
        return chw;
    }

    /// <summary>The RGBA bytes resized to width×height (a copy of the input when the size already matches).</summary>
    public static byte[] Resize(DiffusionImageInput image, int width, int height)
    {
        if (image.Rgba.Length != image.Width * image.Height * 4)
            throw new ArgumentException($"The reference picture has {image.Rgba.Length} bytes; {image.Width}x{image.Height} RGBA needs {image.Width * image.Height * 4}.");
        if (image.Width == width && image.Height == height) return (byte[])image.Rgba.Clone();
        using var source = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        System.Runtime.InteropServices.Marshal.Copy(image.Rgba, 0, source.GetPixels(), image.Rgba.Length);
        using var resized = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul),
            new SKSamplingOptions(SKCubicResampler.CatmullRom));
        return resized.Bytes;
    }
}
