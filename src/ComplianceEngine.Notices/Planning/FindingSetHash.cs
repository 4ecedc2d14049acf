using System.Security.Cryptography;
using System.Text;

namespace ComplianceEngine.Notices.Planning;

/// <summary>
/// SHA-256 of what a notice covers: each finding's rule, facility and deadline (and for inspection lists each
/// enterprise with them). Messages are left out on purpose: they carry monthly measured values, and a plant still
/// over the same limit should not get a new notice because the number moved.
/// </summary>
public static class FindingSetHash
{
    public static string Compute(NoticeRequest request)
    {
        var lines = new List<string>();
        foreach (var f in request.Findings)
        {
            lines.Add(Line(request.Subject.Id, f));
        }

        foreach (var e in request.Entries)
        {
            foreach (var f in e.Findings)
            {
                lines.Add(Line(e.Enterprise.Id, f));
            }

            if (e.Findings.Count == 0)
            {
                lines.Add(e.Enterprise.Id);
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    private static string Line(string subject, Core.Evaluation.Finding f) =>
        $"{subject}|{f.RuleId}|{f.FacilityId}|{f.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
