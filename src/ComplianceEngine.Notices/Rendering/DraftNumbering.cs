using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// Sequences for notices rendered without a database: by position in the batch, counted per issuing authority,
/// kind and year (as the outbox counts them), so the numbers look like real ones but are marked as drafts in the footer.
/// The same batch in the same order always gets the same numbers.
/// </summary>
public static class DraftNumbering
{
    public static int[] Assign(NoticeRenderer renderer, IReadOnlyList<NoticeRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var next = new Dictionary<(string Authority, NoticeType Type, int Year), int>();
        var sequences = new int[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var key = (renderer.AuthorityFor(requests[i]).City, requests[i].Type, requests[i].AsOf.Year);
            sequences[i] = next[key] = next.GetValueOrDefault(key) + 1;
        }

        return sequences;
    }
}
