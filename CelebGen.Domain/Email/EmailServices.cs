using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain.Email;

public static class EmailServices
{
    public static IHostApplicationBuilder AddEmail(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(EmailOptions.Section);
        builder.Services.Configure<EmailOptions>(section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        if ((section.Get<EmailOptions>() ?? new()).SmtpConfigured)
        {
            builder.Services.AddSingleton<IEmailDelivery, SmtpEmailDelivery>();
        }
        else
        {
            builder.Services.AddSingleton<IEmailDelivery, OutboxEmailDelivery>();
        }
        return builder;
    }
}
