using System.Net.Http.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Outbox;

namespace ComplianceEngine.Notices.Outbox;

/// <summary>
/// Delivers a notice by POSTing it as JSON to a receiver (a bureau's document system). Any answer other than 2xx
/// throws, so the outbox retries it with back-off. The <c>Idempotency-Key</c> header is the notice's outbox id: a
/// resend after a crash carries the same key, so the receiver can drop the copy. The JSON is the product's one style
/// (<see cref="ResultJson"/>): Chinese text as is, not <c>\uXXXX</c>.
/// </summary>
public sealed class WebhookChannel(HttpClient http, Uri endpoint) : INoticeChannel
{
    public Uri Endpoint { get; } = endpoint;

    public async Task SendAsync(OutboxNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = JsonContent.Create(new
            {
                notice.Id,
                notice.Number,
                notice.SubjectKind,
                notice.SubjectId,
                notice.NoticeType,
                notice.Period,
                notice.Language,
                asOf = notice.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                notice.Text,
                notice.Html,
            }, options: ResultJson.Compact),
        };
        request.Headers.Add("Idempotency-Key", $"notice-{notice.Id}");
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"webhook {Endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase} for notice {notice.Number}", null, response.StatusCode);
        }
    }
}
