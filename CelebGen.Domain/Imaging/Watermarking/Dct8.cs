namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>The orthonormal 8x8 DCT-II basis; coefficient (u, v) is horizontal frequency u, vertical v.</summary>
internal static class Dct8
{
    public const int N = 8;

    /// <summary>Basis image for (u, v), row-major 8x8, so a coefficient is the dot product with a block.</summary>
    public static float[] Basis(int u, int v)
    {
        var basis = new float[N * N];
        for (int y = 0; y < N; y++)
            for (int x = 0; x < N; x++)
                basis[y * N + x] = (float)(Cos(u, x) * Cos(v, y));
        return basis;
    }

    /// <summary>The 1-D basis vector of frequency k.</summary>
    public static float[] Cosines(int k) => Enumerable.Range(0, N).Select(x => (float)Cos(k, x)).ToArray();

    private static double Cos(int k, int x) =>
        (k == 0 ? Math.Sqrt(1.0 / N) : Math.Sqrt(2.0 / N)) * Math.Cos((2 * x + 1) * k * Math.PI / (2 * N));
}
