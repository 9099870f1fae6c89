using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain.Moderation;

public static class ModerationServices
{
    public static IHostApplicationBuilder AddModeration(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PromptPolicyOptions.Section);
        if (section.Exists())
        {
            // A configured list replaces the starter list instead of being merged into it.
            builder.Services.Configure<PromptPolicyOptions>(o => o.BlockedTerms = section.GetSection(nameof(PromptPolicyOptions.BlockedTerms)).Get<Dictionary<string, string[]>>() ?? []);
        }
        builder.Services.AddSingleton<IPromptPolicy, ConfiguredPromptPolicy>();
        builder.Services.AddScoped<Matching.ImageMatcher>();
        return builder;
    }
}
