using CelebGen.Domain.Generation;
using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Moderation.Policy;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Moderation;

public sealed class PolicyAdminTests(QueueOnlyAppFactory app) : IClassFixture<QueueOnlyAppFactory>
{
    private T Get<T>() where T : notnull => app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task TheStarterListIsSeededOnTheFirstStartAndAudited()
    {
        var terms = await Get<BlockedTerms>().ListAsync();
        Assert.Contains(terms, t => t.Term == "nude" && t.Category == "sexual content");
        Assert.Contains(terms, t => t.Term == "underage" && t.Category == "minors");
        Assert.Single(await Get<AuditLog>().SearchAsync(new AuditFilter(Action: StarterTermsSeeder.SeededAction)));
    }

    [Fact]
    public async Task ANewTermRefusesPromptsAtOnceAndRemovingItAllowsThemAgain()
    {
        var userId = await GenerationAppFactory.NewUserAsync(app);
        var generation = Get<GenerationService>();
        Assert.IsType<SubmitResult.Accepted>(await generation.SubmitAsync(userId, new GenerationForm { Prompt = "a portrait with a sombrero" }));

        Assert.Null(await Get<BlockedTerms>().AddAsync("Sombrero", "hats", "admin@test.local"));
        var refused = Assert.IsType<SubmitResult.Refused>(await generation.SubmitAsync(userId, new GenerationForm { Prompt = "a SOMBRÉRO portrait" }));
        Assert.Contains("(hats)", refused.Message);

        var term = (await Get<BlockedTerms>().ListAsync()).Single(t => t.Term == "Sombrero");
        Assert.True(await Get<BlockedTerms>().RemoveAsync(term.Id, "admin@test.local"));
        Assert.IsType<SubmitResult.Accepted>(await generation.SubmitAsync(userId, new GenerationForm { Prompt = "a sombrero portrait" }));

        var trail = await Get<AuditLog>().SearchAsync(new AuditFilter(Target: term.Id.ToString()));
        Assert.Equal(["policy.term-removed", "policy.term-added"], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("admin@test.local", e.Actor));
    }

    [Fact]
    public async Task DuplicateAndEmptyTermsAreRefusedWithAReason()
    {
        var terms = Get<BlockedTerms>();
        Assert.Contains("already blocked", await terms.AddAsync("  NÚDE ", "sexual content", "a@test.local"));
        Assert.Contains("at least one letter", await terms.AddAsync("!!!", "x", "a@test.local"));
    }

    [Fact]
    public async Task AStarterTermAnAdminRemovedDoesNotComeBackAfterARestart()
    {
        using var folder = new TempFolder();
        await using (var first = AppFactory.OverFolder(folder.Path))
        {
            var terms = first.Services.CreateScope().ServiceProvider.GetRequiredService<BlockedTerms>();
            var teen = (await terms.ListAsync()).Single(t => t.Term == "teen");
            await terms.RemoveAsync(teen.Id, "admin@test.local");
        }
        await using var second = AppFactory.OverFolder(folder.Path);
        var after = await second.Services.CreateScope().ServiceProvider.GetRequiredService<BlockedTerms>().ListAsync();
        Assert.DoesNotContain(after, t => t.Term == "teen");
        Assert.Contains(after, t => t.Term == "nude");
    }
}
