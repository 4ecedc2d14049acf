using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Notices.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Extensions;

public sealed class ComplianceNoticesExtensionsTests
{
    [Fact]
    public async Task WebhookChannel_FailsWithinItsTimeout_WhenTheReceiverAcceptsAndNeverAnswers()
    {
        // A receiver that takes the connection and the request and never says anything back.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<TcpClient>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                held.Add(await silent.AcceptTcpClientAsync(stop.Token));
            }
        });
        var host = new HostFactory
        {
            ExtraSettings =
            {
                ["Notices:Channel"] = "webhook",
                ["Notices:WebhookUrl"] = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/notices/",
                ["Notices:WebhookTimeout"] = "00:00:03",
            },
        };
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            var channel = host.Services.GetRequiredService<INoticeChannel>();
            var clock = Stopwatch.StartNew();

            var failure = await Record.ExceptionAsync(() => channel.SendAsync(Notice(), CancellationToken.None));

            Assert.IsType<WebhookChannel>(channel);
            Assert.IsType<Polly.Timeout.TimeoutRejectedException>(failure);
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(20));
            Assert.NotEmpty(held);
        }
        finally
        {
            await stop.CancelAsync();
            await Record.ExceptionAsync(() => accepting);
            held.ForEach(c => c.Dispose());
            await host.DisposeDatabaseAsync();
        }
    }

    private static OutboxNotice Notice() => new()
    {
        Id = 1,
        SubjectKind = "enterprise",
        SubjectId = "E-0000001",
        NoticeType = "rectification",
        Period = "2026-11",
        Language = "zh",
        Number = "赣环改〔2026〕1号",
        AsOf = new DateOnly(2026, 11, 23),
        Text = "责令改正通知书",
        Html = "<p>责令改正通知书</p>",
        Status = "pending",
        Attempts = 0,
    };
}
