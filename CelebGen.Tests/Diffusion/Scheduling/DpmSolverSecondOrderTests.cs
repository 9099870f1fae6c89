using CelebGen.Domain.Diffusion.Scheduling;

namespace CelebGen.Tests.Diffusion.Scheduling;

public class DpmSolverSecondOrderTests
{
    [Fact]
    public void The_middle_steps_use_the_second_order_multistep_update_of_diffusers()
    {
        // scheduling_dpmsolver_multistep.py, dpmsolver++ with solver_order 2 (midpoint):
        //   step 0: first order (no history); last step: first order (final_sigmas_type "zero");
        //   others: x_t = (σ_t/σ_s0)·x − α_t(e^{−h} − 1)·D0 − ½·α_t(e^{−h} − 1)·D1, D1 = (m0 − m1)/r0, r0 = h_0/h,
        //   where m = x0 predictions, α = 1/√(σ²+1), σ_t = σ·α, λ = ln α − ln σ_t.
        var config = new SchedulerConfig();
        var scheduler = SchedulerNames.Create(SchedulerKind.DpmPlusPlus2MKarras, config, new NoiseSchedule(config), 4);
        double[] eps = [0.3, -0.2, 0.5, 0.1];
        var sample = new[] { 2.5f };
        double x = 2.5;
        var predictions = new List<double>();

        for (int i = 0; i < 4; i++)
        {
            scheduler.Step([(float)eps[i]], i, sample, new NoiseSource(0));

            var (aS, sS) = AlphaSigma(scheduler.Sigmas[i]);
            var (aT, sT) = AlphaSigma(scheduler.Sigmas[i + 1]);
            double m0 = (x - sS * eps[i]) / aS;
            double h = Lambda(aT, sT) - Lambda(aS, sS);
            double coefficient = aT * (Math.Exp(-h) - 1);
            double next = sT / sS * x - coefficient * m0;
            if (i > 0 && i < 3)
            {
                var (aP, sP) = AlphaSigma(scheduler.Sigmas[i - 1]);
                double r0 = (Lambda(aS, sS) - Lambda(aP, sP)) / h;
                next -= 0.5 * coefficient * (m0 - predictions[^1]) / r0;
            }
            predictions.Add(m0);
            x = next;
            Assert.Equal(x, sample[0], 3);
        }
    }

    private static (double Alpha, double Sigma) AlphaSigma(double sigma)
    {
        double alpha = 1 / Math.Sqrt(sigma * sigma + 1);
        return (alpha, sigma * alpha);
    }

    private static double Lambda(double alpha, double sigma) => Math.Log(alpha) - Math.Log(sigma);
}
