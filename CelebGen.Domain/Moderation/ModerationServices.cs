using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Moderation.Matching;
using CelebGen.Domain.Moderation.Policy;
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
            // A configured starter list replaces the built-in one instead of being merged into it.
            builder.Services.Configure<PromptPolicyOptions>(o => o.BlockedTerms = section.GetSection(nameof(PromptPolicyOptions.BlockedTerms)).Get<Dictionary<string, string[]>>() ?? []);
        }
        builder.Services.AddSingleton<ManagedPromptPolicy>();
        builder.Services.AddSingleton<IPromptPolicy>(sp => sp.GetRequiredService<ManagedPromptPolicy>());
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddScoped<BlockedTerms>();
        builder.Services.AddScoped<ImageMatcher>();
        builder.Services.Configure<Takedowns.TakedownOptions>(builder.Configuration.GetSection(Takedowns.TakedownOptions.Section));
        builder.Services.AddScoped<Takedowns.TakedownIntake>();
        builder.Services.AddScoped<Takedowns.TakedownMatchingJob>();
        builder.Services.AddScoped<Takedowns.TakedownQueue>();
        builder.Services.AddScoped<Takedowns.TakedownDetails>();
        builder.Services.AddScoped<Takedowns.TakedownReview>();
        builder.Services.AddScoped<ModerationMail>();
        builder.Services.AddScoped<Suspension.AccountSuspensions>();
        builder.Services.AddScoped<Takedowns.Actions.DecisionRecorder>();
        builder.Services.AddScoped<Takedowns.Actions.ImageRemoval>();
        builder.Services.AddScoped<Takedowns.Actions.AutoSuspension>();
        builder.Services.AddScoped<Takedowns.Actions.Upholding>();
        builder.Services.AddScoped<Takedowns.Actions.ImageTakedowns>();
        builder.Services.AddScoped<Takedowns.Actions.AccountTakedown>();
        builder.Services.AddScoped<Takedowns.Actions.PolicyTakedown>();
        builder.Services.AddScoped<Takedowns.Actions.TakedownDecisions>();
        builder.Services.AddHostedService<StarterTermsSeeder>();
        return builder;
    }
}
