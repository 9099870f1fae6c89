using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Nn;

/// <summary>
/// Named parameters of one network, created in a fixed order from a seeded generator, saved as a plain
/// binary checkpoint (name, shape, float32 data) that the exporter reads back.
/// </summary>
internal sealed class ParamStore(string prefix, int seed)
{
    private readonly Dictionary<string, Parameter> _params = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Generator _rng = new Generator((ulong)seed, device: CPU);

    public IEnumerable<Parameter> All => _order.Select(n => _params[n]);
    public long Count => _params.Values.Sum(p => p.numel());

    public Parameter Uniform(string name, long[] shape, double bound) =>
        Add(name, (torch.rand(shape, generator: _rng) * 2 - 1) * bound);

    public Parameter Zeros(string name, params long[] shape) => Add(name, torch.zeros(shape));
    public Parameter Ones(string name, params long[] shape) => Add(name, torch.ones(shape));
    public Parameter Normal(string name, long[] shape, double std) => Add(name, torch.randn(shape, generator: _rng) * std);

    private Parameter Add(string name, Tensor value)
    {
        var full = $"{prefix}.{name}";
        if (_params.ContainsKey(full)) throw new InvalidOperationException($"Parameter '{full}' declared twice.");
        var p = new Parameter(value.detach().contiguous(), requires_grad: true);
        _params[full] = p;
        _order.Add(full);
        return p;
    }

    /// <summary>Saves the parameters, or other values of the same shapes in the same order (an EMA copy).</summary>
    public void Save(string path, IReadOnlyList<Tensor>? values = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        using (var w = new BinaryWriter(File.Create(tmp)))
        {
            w.Write(_order.Count);
            for (int i = 0; i < _order.Count; i++)
            {
                var name = _order[i];
                var t = (values?[i] ?? _params[name]).detach().contiguous();
                w.Write(name);
                w.Write(t.shape.Length);
                foreach (var d in t.shape) w.Write(d);
                foreach (var v in t.data<float>()) w.Write(v);
            }
        }
        File.Move(tmp, path, overwrite: true);
    }

    public void Load(string path)
    {
        using var r = new BinaryReader(File.OpenRead(path));
        int n = r.ReadInt32();
        for (int i = 0; i < n; i++)
        {
            var name = r.ReadString();
            var shape = new long[r.ReadInt32()];
            for (int d = 0; d < shape.Length; d++) shape[d] = r.ReadInt64();
            var data = new float[shape.Aggregate(1L, (a, b) => a * b)];
            for (int k = 0; k < data.Length; k++) data[k] = r.ReadSingle();
            if (!_params.TryGetValue(name, out var p)) throw new InvalidDataException($"Checkpoint {path} has unknown parameter '{name}'.");
            if (!p.shape.SequenceEqual(shape)) throw new InvalidDataException($"Checkpoint {path}: '{name}' has shape [{string.Join(",", shape)}], model wants [{string.Join(",", p.shape)}].");
            using (torch.no_grad()) p.copy_(torch.tensor(data, shape));
        }
    }

    public static float[] Floats(Tensor t) => t.detach().contiguous().data<float>().ToArray();
}
