using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Notices;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Authorities;
using ComplianceEngine.Notices.Documents;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Rendering;
using ComplianceEngine.Notices.Templates;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Extensions;

/// <summary>Notices: the templates (checked at start), the PostgreSQL outbox and the delivery channel.</summary>
public static class ComplianceNoticesExtensions
{
    public static IServiceCollection AddComplianceNotices(this IServiceCollection services)
    {
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<NoticeOptions>>().Value;
            return NoticeRenderer.Load(options.Directory ?? Path.Combine(sp.GetRequiredService<RuleSetHolder>().Directory, "notices"));
        });
        services.AddSingleton<NoticeOutbox>();
        // Decisions: drafted by the jobs, issued by a named officer through the documents API.
        services.AddSingleton<DecisionDrafts>();
        // Retrying a POST is safe here: every send carries the notice's Idempotency-Key. The total timeout bounds a
        // drain against a receiver that accepts the connection and never answers.
        services.AddHttpClient(NoticeOptions.WebhookChannel).AddStandardResilienceHandler().Configure((resilience, sp) =>
        {
            var timeout = sp.GetRequiredService<IOptions<NoticeOptions>>().Value.WebhookTimeout;
            resilience.TotalRequestTimeout.Timeout = timeout;
            resilience.AttemptTimeout.Timeout = timeout / 3;
            resilience.Retry.MaxRetryAttempts = 2;
            // The circuit breaker refuses a sampling window shorter than two attempts.
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(resilience.CircuitBreaker.SamplingDuration.Ticks, 2 * resilience.AttemptTimeout.Timeout.Ticks));
        });
        services.AddSingleton<INoticeChannel>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<NoticeOptions>>().Value;
            return options.Channel switch
            {
                NoticeOptions.FileChannel => new FileDropChannel(Path.GetFullPath(options.DropFolder), options.DropFormat),
                NoticeOptions.WebhookChannel => new WebhookChannel(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(NoticeOptions.WebhookChannel),
                    options.WebhookUrl ?? throw new InvalidOperationException("Notices:WebhookUrl is required when Notices:Channel is 'webhook'")),
                _ => throw new InvalidOperationException($"Notices:Channel '{options.Channel}' is not one of '{NoticeOptions.FileChannel}', '{NoticeOptions.WebhookChannel}'"),
            };
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<NoticeOptions>>().Value;
            var delivery = new DeliveryOptions { BaseDelay = options.RetryBaseDelay, MaxDelay = options.RetryMaxDelay };
            // A live drainer must not lose its lease to a slow receiver: the lease outlasts a whole batch of timeouts.
            var batchOfTimeouts = options.WebhookTimeout * delivery.BatchSize + TimeSpan.FromMinutes(1);
            delivery = delivery with { Lease = batchOfTimeouts > delivery.Lease ? batchOfTimeouts : delivery.Lease };
            // The store's pieces come from Data's registrations, so the host names no Npgsql type.
            return ActivatorUtilities.CreateInstance<NoticeDelivery>(sp, sp.GetRequiredService<INoticeChannel>(), delivery, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    /// <summary>Parses and probes every template, and builds the channel, before the host listens; a problem stops it.</summary>
    public static WebApplication LoadNoticeTemplates(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceEngine.Host.Notices");
        var options = app.Services.GetRequiredService<IOptions<NoticeOptions>>().Value;
        if (!NoticeLanguage.All.Contains(options.Language))
        {
            throw new InvalidOperationException($"Notices:Language '{options.Language}' is not one of {string.Join(", ", NoticeLanguage.All)}");
        }

        try
        {
            var renderer = app.Services.GetRequiredService<NoticeRenderer>();
            var channel = app.Services.GetRequiredService<INoticeChannel>();
            logger.LogInformation("notice templates {Directory} loaded; notices in '{Language}' delivered by {Channel}",
                renderer.Templates.Directory, options.Language, channel is FileDropChannel f ? $"file drop to {f.Folder}" : $"webhook {options.WebhookUrl}");
        }
        catch (Exception e) when (e is NoticeTemplateException or NoticeConfigurationException)
        {
            logger.LogCritical("refusing to start: {Problem}", e.Message);
            throw;
        }

        return app;
    }
}
