using CelebGen.AvatarTrainer.Nn;
using CelebGen.Onnx;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Model;

/// <summary>
/// The demo model's "VAE": a deterministic autoencoder, 256×256×3 ↔ 32×32×4 (8× down like SD's VAE).
/// The encoder is a cheap patch embedding; the decoder upsamples with nearest-neighbour + convolutions and
/// learns to redraw crisp cartoon edges. Latents are normalised per channel with statistics measured after
/// training (<see cref="LatentStats"/>), so the diffusion model sees unit-variance latents.
/// </summary>
internal sealed class AutoEncoder
{
    public const int LatentChannels = 4;
    public ParamStore Params { get; }
    private readonly Conv _e1, _e2, _e3, _e4;
    private readonly Conv _dIn, _dOut;
    private readonly ResBlock _r1, _r2;
    private readonly Conv _u1, _u2, _u3;

    public AutoEncoder(int seed)
    {
        var p = Params = new ParamStore("vae", seed);
        _e1 = new Conv(p, "enc.1", 3, 32, 4, 4);
        _e2 = new Conv(p, "enc.2", 32, 64, 2, 2);
        _e3 = new Conv(p, "enc.3", 64, 64, 3);
        _e4 = new Conv(p, "enc.4", 64, LatentChannels, 1);
        _dIn = new Conv(p, "dec.in", LatentChannels, 96, 3);
        _r1 = new ResBlock(p, "dec.r1", 96, 96, 0, norm: false);
        _r2 = new ResBlock(p, "dec.r2", 96, 96, 0, norm: false);
        _u1 = new Conv(p, "dec.u1", 96, 64, 3);
        _u2 = new Conv(p, "dec.u2", 64, 32, 3);
        _u3 = new Conv(p, "dec.u3", 32, 16, 3);
        _dOut = new Conv(p, "dec.out", 16, 3, 3);
    }

    /// <summary>Raw (un-normalised) latents of images in [-1, 1].</summary>
    public Tensor Encode(Tensor x)
    {
        x = Act.Silu(_e1.Forward(x));
        x = Act.Silu(_e2.Forward(x));
        x = Act.Silu(_e3.Forward(x));
        return _e4.Forward(x);
    }

    public Tensor Decode(Tensor z)
    {
        var x = _dIn.Forward(z);
        x = _r2.Forward(_r1.Forward(x, null), null);
        x = Act.Silu(_u1.Forward(Act.Up2(x)));
        x = Act.Silu(_u2.Forward(Act.Up2(x)));
        x = Act.Silu(_u3.Forward(Act.Up2(x)));
        return _dOut.Forward(x);
    }

    public string ExportEncode(OnnxGraph g, string x)
    {
        x = Act.Silu(g, _e1.Export(g, x));
        x = Act.Silu(g, _e2.Export(g, x));
        x = Act.Silu(g, _e3.Export(g, x));
        return _e4.Export(g, x);
    }

    public string ExportDecode(OnnxGraph g, string z)
    {
        var x = _dIn.Export(g, z);
        x = _r2.Export(g, _r1.Export(g, x, null), null);
        x = Act.Silu(g, _u1.Export(g, Act.Up2(g, x)));
        x = Act.Silu(g, _u2.Export(g, Act.Up2(g, x)));
        x = Act.Silu(g, _u3.Export(g, Act.Up2(g, x)));
        return _dOut.Export(g, x);
    }
}
