using CelebGen.AvatarData;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Training;

/// <summary>Renders training avatars straight into a float tensor in [-1, 1] (NCHW), with their specs.</summary>
internal static class AvatarBatch
{
    public const int ImageSize = 256;

    public static (Tensor Images, AvatarSpec[] Specs) Render(Random rng, int count)
    {
        var specs = new AvatarSpec[count];
        var data = new float[count * 3 * ImageSize * ImageSize];
        const int plane = ImageSize * ImageSize;
        for (int i = 0; i < count; i++)
        {
            specs[i] = AvatarSampler.Sample(rng);
            using var bmp = AvatarRenderer.Render(specs[i], ImageSize);
            var px = bmp.GetPixelSpan();
            int o = i * 3 * plane;
            for (int k = 0; k < plane; k++)
            {
                data[o + k] = px[4 * k] / 127.5f - 1f;
                data[o + plane + k] = px[4 * k + 1] / 127.5f - 1f;
                data[o + 2 * plane + k] = px[4 * k + 2] / 127.5f - 1f;
            }
        }
        return (tensor(data, [count, 3, ImageSize, ImageSize]), specs);
    }
}
