using SkiaSharp;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Sampling;

/// <summary>Lays images ([N, 3, H, W] in [-1, 1]) out in a grid.</summary>
internal static class Grid
{
    public static SKBitmap FromTensor(Tensor images, int cols)
    {
        var (n, h, w) = ((int)images.shape[0], (int)images.shape[2], (int)images.shape[3]);
        var data = ((images.clamp(-1, 1) + 1) * 127.5).round().to_type(ScalarType.Byte).contiguous().data<byte>().ToArray();
        return FromPlanes(data, n, h, w, cols);
    }

    /// <param name="data">n × 3 × h × w bytes, planar RGB</param>
    public static SKBitmap FromPlanes(byte[] data, int n, int h, int w, int cols)
    {
        int rows = (n + cols - 1) / cols;
        var bmp = new SKBitmap(cols * w, rows * h, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var px = bmp.GetPixelSpan();
        int plane = h * w, stride = cols * w;
        for (int i = 0; i < n; i++)
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++)
                {
                    int o = 4 * (((i / cols) * h + y) * stride + (i % cols) * w + x);
                    int s = i * 3 * plane + y * w + x;
                    px[o] = data[s]; px[o + 1] = data[s + plane]; px[o + 2] = data[s + 2 * plane]; px[o + 3] = 255;
                }
        return bmp;
    }
}
