using CelebGen.AvatarTrainer.Nn;
using CelebGen.Onnx;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Model;

/// <summary>
/// A small UNet on 4×32×32 latents predicting the noise (epsilon), like SD's: widths 48/96/128 at 32/16/8,
/// a sinusoidal timestep embedding (cos first, as diffusers' flip_sin_to_cos), and cross-attention to the
/// text at every resolution. (The first shipped model attended at 16×16 and 8×8 only; the 32×32 layers, where a
/// hair region is more than a few cells, were added later and start at zero.)
/// </summary>
internal sealed class UNet
{
    private const int Base = 48, TimeDim = 128, FreqDim = 64;
    private readonly Linear _t1, _t2;
    private readonly Conv _in, _down1, _down2, _out;
    private readonly ResBlock _r1, _r2, _m1, _m2, _u2, _u1;
    private readonly SpatialCrossAttention _a2, _am, _au2, _a1, _au1;
    private readonly GroupNorm _outNorm;

    public UNet(ParamStore p, int contextDim)
    {
        _t1 = new Linear(p, "unet.t1", FreqDim, TimeDim);
        _t2 = new Linear(p, "unet.t2", TimeDim, TimeDim);
        _in = new Conv(p, "unet.in", AutoEncoder.LatentChannels, Base, 3);
        _r1 = new ResBlock(p, "unet.r1", Base, Base, TimeDim);
        _down1 = new Conv(p, "unet.down1", Base, 96, 3, 2);
        _r2 = new ResBlock(p, "unet.r2", 96, 96, TimeDim);
        _a2 = new SpatialCrossAttention(p, "unet.a2", 96, contextDim);
        _down2 = new Conv(p, "unet.down2", 96, 128, 3, 2);
        _m1 = new ResBlock(p, "unet.m1", 128, 128, TimeDim);
        _am = new SpatialCrossAttention(p, "unet.am", 128, contextDim);
        _m2 = new ResBlock(p, "unet.m2", 128, 128, TimeDim);
        _u2 = new ResBlock(p, "unet.u2", 128 + 96, 96, TimeDim);
        _au2 = new SpatialCrossAttention(p, "unet.au2", 96, contextDim);
        _u1 = new ResBlock(p, "unet.u1", 96 + Base, Base, TimeDim);
        _outNorm = new GroupNorm(p, "unet.outnorm", 8, Base);
        _out = new Conv(p, "unet.out", Base, AutoEncoder.LatentChannels, 3, zeroInit: true);
        _a1 = new SpatialCrossAttention(p, "unet.a1", Base, contextDim);
        _au1 = new SpatialCrossAttention(p, "unet.au1", Base, contextDim);
    }

    private static float[] Frequencies() =>
        Enumerable.Range(0, FreqDim / 2).Select(i => (float)Math.Exp(-Math.Log(10000) * i / (FreqDim / 2))).ToArray();

    /// <param name="t">float timesteps [T], T = 1 or the batch size.</param>
    public Tensor Forward(Tensor x, Tensor t, Tensor context)
    {
        var args = t.view(-1, 1) * tensor(Frequencies()).view(1, -1);
        var temb = Act.Silu(_t2.Forward(Act.Silu(_t1.Forward(cat([cos(args), sin(args)], 1)))));
        var h1 = _a1.Forward(_r1.Forward(_in.Forward(x), temb), context);
        var h2 = _a2.Forward(_r2.Forward(_down1.Forward(h1), temb), context);
        var m = _m1.Forward(_down2.Forward(h2), temb);
        m = _m2.Forward(_am.Forward(m, context), temb);
        var u = _au2.Forward(_u2.Forward(cat([Act.Up2(m), h2], 1), temb), context);
        u = _au1.Forward(_u1.Forward(cat([Act.Up2(u), h1], 1), temb), context);
        return _out.Forward(Act.Silu(_outNorm.Forward(u)));
    }

    public string Export(OnnxGraph g, string x, string t, string context)
    {
        var tf = g.Op("Reshape", g.Op("Cast", [t], OnnxAttribute.Int("to", (long)OnnxDataType.Float)), g.Int64s(-1, 1));
        var args = g.Op("Mul", tf, g.Weight(Frequencies(), [1, FreqDim / 2]));
        var freq = g.Op("Concat", [g.Op("Cos", args), g.Op("Sin", args)], OnnxAttribute.Int("axis", 1));
        var temb = Act.Silu(g, _t2.Export(g, Act.Silu(g, _t1.Export(g, freq))));
        var h1 = _a1.Export(g, _r1.Export(g, _in.Export(g, x), temb), context);
        var h2 = _a2.Export(g, _r2.Export(g, _down1.Export(g, h1), temb), context);
        var m = _m1.Export(g, _down2.Export(g, h2), temb);
        m = _m2.Export(g, _am.Export(g, m, context), temb);
        var u = _au2.Export(g, _u2.Export(g, g.Op("Concat", [Act.Up2(g, m), h2], OnnxAttribute.Int("axis", 1)), temb), context);
        u = _au1.Export(g, _u1.Export(g, g.Op("Concat", [Act.Up2(g, u), h1], OnnxAttribute.Int("axis", 1)), temb), context);
        return _out.Export(g, Act.Silu(g, _outNorm.Export(g, u)));
    }
}
