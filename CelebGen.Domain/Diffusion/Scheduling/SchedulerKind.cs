namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>The schedulers the engine implements; configuration names in brackets.</summary>
public enum SchedulerKind
{
    /// <summary>EulerDiscreteScheduler ("euler").</summary>
    Euler,
    /// <summary>EulerAncestralDiscreteScheduler ("euler-ancestral").</summary>
    EulerAncestral,
    /// <summary>DDIMScheduler, eta 0 ("ddim").</summary>
    Ddim,
    /// <summary>LCMScheduler ("lcm").</summary>
    Lcm,
    /// <summary>DPMSolverMultistepScheduler, dpmsolver++ order 2 with Karras sigmas ("dpm++2m-karras").</summary>
    DpmPlusPlus2MKarras,
}

public static class SchedulerNames
{
    public static SchedulerKind Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "euler" or "eulerdiscretescheduler" => SchedulerKind.Euler,
        "euler-ancestral" or "euler_a" or "eulerancestraldiscretescheduler" => SchedulerKind.EulerAncestral,
        "ddim" or "ddimscheduler" => SchedulerKind.Ddim,
        "lcm" or "lcmscheduler" => SchedulerKind.Lcm,
        "dpm++2m-karras" or "dpm++2m" or "dpmsolvermultistepscheduler" => SchedulerKind.DpmPlusPlus2MKarras,
        _ => throw new ArgumentException($"Unknown scheduler '{name}'. Use euler, euler-ancestral, ddim, lcm or dpm++2m-karras."),
    };

    /// <summary>The scheduler a model folder asks for, or Euler for classes we do not implement (PNDM).</summary>
    public static SchedulerKind FromClassName(string className) =>
        className.ToLowerInvariant() switch
        {
            "eulerancestraldiscretescheduler" => SchedulerKind.EulerAncestral,
            "ddimscheduler" => SchedulerKind.Ddim,
            "lcmscheduler" => SchedulerKind.Lcm,
            "dpmsolvermultistepscheduler" => SchedulerKind.DpmPlusPlus2MKarras,
            _ => SchedulerKind.Euler,
        };

    public static IDiffusionScheduler Create(SchedulerKind kind, SchedulerConfig config, NoiseSchedule schedule, int steps) => kind switch
    {
        SchedulerKind.Euler => new EulerScheduler(config, schedule, steps, ancestral: false),
        SchedulerKind.EulerAncestral => new EulerScheduler(config, schedule, steps, ancestral: true),
        SchedulerKind.Ddim => new DdimScheduler(config, schedule, steps),
        SchedulerKind.Lcm => new LcmScheduler(config, schedule, steps),
        SchedulerKind.DpmPlusPlus2MKarras => new DpmSolverScheduler(config, schedule, steps),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
